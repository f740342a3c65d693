"""The "What changed" part: figures this quarter and last, the quarter-on-quarter change
(derived, marked so, with the prior call's sentence), guidance then and now, segments and
Q&A topics that appeared or vanished. Display text in both languages, as the context's."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from callbrief.formatting import amount_text
from callbrief.lang.en import wording as en
from callbrief.lang.zh import wording as zh
from callbrief.model import Changes, GuidanceChange
from callbrief.model.values import Unit
from callbrief.render.bilingual import Text, pct


@dataclass(frozen=True, slots=True)
class ChangeLine:
    id: str
    what: Text
    """Measure, and the business when not the group."""
    now: Text
    then: Text
    change: str
    """``+4.2%`` or ``+0.7 pp``: derived."""
    prior_sentence: str
    """The prior call's sentence, as its file writes it."""


@dataclass(frozen=True, slots=True)
class GuidanceLine:
    what: Text
    status: Text
    status_key: str
    then: Text | None
    now: Text | None


@dataclass(frozen=True, slots=True)
class ChangesView:
    prior: Text
    """The prior call's period."""
    lines: tuple[ChangeLine, ...]
    guidance: tuple[GuidanceLine, ...]
    segments_new: tuple[Text, ...]
    segments_gone: tuple[Text, ...]
    topics_new: tuple[Text, ...]
    topics_gone: tuple[Text, ...]


def changes_view(c: Changes | None) -> ChangesView | None:
    if c is None:
        return None
    lines = tuple(
        ChangeLine(
            m.id,
            _what(m.measure_zh, m.measure_en, m.subject_zh, m.subject_en, m.subject),
            _amount(m.value, m.unit),
            _amount(m.prior_value, m.unit),
            pct(m.qoq_pct) if m.qoq_pct is not None else pct(m.qoq_points, " pp"),
            m.inputs[1].text,
        )
        for m in c.metrics
    )
    return ChangesView(
        Text(c.prior_period_zh or "", c.prior_period_en or c.prior_period_zh or ""),
        lines,
        tuple(_guidance(g) for g in c.guidance),
        tuple(Text(zh_, en_) for _, zh_, en_ in c.segments_new),
        tuple(Text(zh_, en_) for _, zh_, en_ in c.segments_gone),
        tuple(Text(t.zh, t.en) for t in c.topics_new),
        tuple(Text(t.zh, t.en) for t in c.topics_gone),
    )


def _what(measure_zh: str, measure_en: str, zh_: str, en_: str, key: str) -> Text:
    """收入（国内零售） / Revenue (Domestic retail); the group's measure alone."""
    if key == "group":
        return Text(measure_zh, measure_en)
    return Text(zh.of_business(measure_zh, zh_), en.of_business(measure_en, en_))


def _amount(value: Decimal, unit: Unit | None) -> Text:
    return Text(amount_text(value, unit, "zh"), amount_text(value, unit, "en"))


def _range(ends: tuple[Decimal | None, Decimal | None] | None, unit: Unit | None) -> Text | None:
    if ends is None:
        return None
    low, high = ends
    if low is None or high is None:
        one = low if low is not None else high
        return _amount(one, unit) if one is not None else None
    a, b = _amount(low, unit), _amount(high, unit)
    return Text(zh.value_range(a.zh or "", b.zh or ""), en.value_range(a.en or "", b.en or ""))


def _guidance(g: GuidanceChange) -> GuidanceLine:
    what = _what(g.measure_zh, g.measure_en, g.subject_zh, g.subject_en, g.subject)
    return GuidanceLine(
        Text(
            zh.of_business(what.zh or "", g.period_zh), en.of_business(what.en or "", g.period_en)
        ),
        Text(zh.GUIDANCE_STATUS[g.status], en.GUIDANCE_STATUS[g.status]),
        g.status,
        _range(g.then, g.unit),
        _range(g.now, g.unit),
    )
