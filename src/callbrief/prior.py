"""What changed since the prior quarter (``--prior``): two calls of one company, the other an
earlier period. Figures of the call's own quarter are joined by business and measure, and the
quarter-on-quarter change is derived (marked so, with both sentences); guidance is compared
measure by measure and period by period; segments and Q&A topics that appeared or vanished
are listed."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from callbrief.analyze.naming import name_key
from callbrief.errors import InputError
from callbrief.model import (
    Briefing,
    Change,
    ChangeInput,
    Changes,
    GuidanceChange,
    Metric,
    TopicName,
)
from callbrief.model.values import Unit

_RATIOS = {Unit.PERCENT, Unit.PERCENTAGE_POINTS}


class PriorError(InputError):
    """A prior call that is not an earlier quarter of the same company."""


def with_changes(this: Briefing, prior: Briefing) -> Briefing:
    """``this`` briefing with what changed since ``prior`` (``Briefing.changes``)."""
    check_prior(this, prior)
    return dataclasses.replace(this, changes=changes(this, prior))


def check_prior(this: Briefing, prior: Briefing) -> None:
    a, b = this.transcript, prior.transcript
    what = f"{b.source.path} is not an earlier call of {a.source.path}"
    if not same_company(this, prior):
        raise PriorError(
            f"{what}: another company ({prior.company_en or b.call.company or 'not named'})"
        )
    end, before = a.call.period_end, b.call.period_end
    if end is None or before is None:
        which = b.source.path if before is None else a.source.path
        raise PriorError(f"{what}: {which} states no period")
    if before >= end:
        raise PriorError(
            f"{what}: its period ({b.call.period_en or before}) is not before this one's "
            f"({a.call.period_en or end})"
        )


PREVIOUS_QUARTER_DAYS = 125
"""How far before a call's quarter end the previous quarter's end may be (one quarter, with
room for 52-53-week years)."""


def previous_quarter(b: Briefing, others: Iterable[Briefing]) -> Briefing | None:
    """The same company's previous quarter among ``others``: the latest earlier period, at
    most about one quarter before; of two versions of it, the one in ``b``'s language."""
    end = b.transcript.call.period_end
    if end is None:
        return None
    earlier = [
        p for p in others
        if same_company(b, p) and (before := p.transcript.call.period_end) is not None
        and 0 < (end - before).days <= PREVIOUS_QUARTER_DAYS
    ]  # fmt: skip
    if not earlier:
        return None
    language = b.transcript.source.language
    return max(
        earlier,
        key=lambda p: (p.transcript.call.period_end, p.transcript.source.language == language),
    )


def same_company(a: Briefing, b: Briefing) -> bool:
    return bool(_company(a)) and _company(a) == _company(b)


def _company(b: Briefing) -> str:
    name = b.company_en or b.transcript.call.company or ""
    return name_key(name)


def changes(this: Briefing, prior: Briefing) -> Changes:
    a, b = this.transcript, prior.transcript
    before = _one_each(m for m in prior.metrics if m.is_current and m.value is not None)
    now = _one_each(m for m in this.metrics if m.is_current and m.value is not None)
    joined = []
    for m in this.metrics:
        if m.unit is Unit.PERCENTAGE_POINTS or m.subject == "unknown":
            continue  # a change on the year (+30 bp); a figure of no business we can name
        p = before.get(_key(m)) if now.get(_key(m)) is m else None
        if p is None or p.value is None or m.value is None:
            continue
        ratio = m.unit in _RATIOS
        qoq = None if ratio or p.value == 0 else _pct((m.value - p.value) / abs(p.value) * 100)
        joined.append(
            Change(
                m.id, m.subject, m.subject_zh, m.subject_en, m.measure, m.measure_zh,
                m.measure_en, m.value, p.value, m.unit, qoq,
                _pct(m.value - p.value) if ratio else None,
                (_input(a.source.path, m), _input(b.source.path, p)),
            )
        )  # fmt: skip
    now_rows, then_rows = _rows(this), _rows(prior)
    now_topics, then_topics = _topics(this), _topics(prior)
    return Changes(
        prior_path=b.source.path,
        prior_period_zh=prior.period_zh or b.call.period,
        prior_period_en=b.call.period_en,
        metrics=tuple(joined),
        guidance=_guidance(this, prior),
        segments_new=tuple(v for k, v in now_rows.items() if k not in then_rows),
        segments_gone=tuple(v for k, v in then_rows.items() if k not in now_rows),
        topics_new=tuple(t for k, t in now_topics.items() if k not in then_topics),
        topics_gone=tuple(t for k, t in then_topics.items() if k not in now_topics),
    )


def _rows(b: Briefing) -> dict[str, tuple[str, str, str]]:
    return {r.key: (r.key, r.name_zh, r.name_en) for r in b.segments if not r.is_total}


def _one_each(metrics: Iterable[Metric]) -> dict[tuple[str, str, str | None], Metric]:
    """Figures by business, measure and unit, leaving out a key two figures share (which of
    them is last quarter's counterpart cannot be told)."""
    found: dict[tuple[str, str, str | None], Metric] = {}
    shared = set()
    for m in metrics:
        if _key(m) in found:
            shared.add(_key(m))
        found[_key(m)] = m
    return {k: m for k, m in found.items() if k not in shared}


def _key(m: Metric) -> tuple[str, str, str | None]:
    return (m.subject, m.measure, m.unit.value if m.unit else None)


def _pct(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _input(call: str, m: Metric) -> ChangeInput:
    return ChangeInput(call, m.source.turn, m.source.written or m.source.text)


def _topics(b: Briefing) -> dict[str, TopicName]:
    asked = dict.fromkeys(k for q in b.transcript.qa for k in q.topics)
    return {k: t for k in asked if (t := b.topic(k)) is not None}


def _guidance(this: Briefing, prior: Briefing) -> tuple[GuidanceChange, ...]:
    """Guidance now against guidance then, for the same measure and period; a period the prior
    call guided that this call reports (last quarter's guide for this quarter) is neither
    dropped nor kept: it is now a result."""
    now = {_guided(m): m for m in this.metrics if _guidance_of_business(m)}
    then = {_guided(m): m for m in prior.metrics if _guidance_of_business(m)}
    a, b = this.transcript, prior.transcript
    reported = a.call.period_end
    out = []
    for key in dict.fromkeys([*then, *now]):
        m, p = now.get(key), then.get(key)
        if m is None and p is not None and p.period and _reported(p, reported):
            continue
        if m is not None and p is not None:
            status = _compared(m, p)
        else:
            status = "new" if p is None else "dropped"
        shown = m or p
        assert shown is not None and shown.period is not None
        inputs = [_input(a.source.path, m)] if m else []
        inputs += [_input(b.source.path, p)] if p else []
        out.append(
            GuidanceChange(
                shown.id, shown.subject, shown.subject_zh, shown.subject_en,
                shown.measure_zh, shown.measure_en, shown.period.zh,
                shown.period.en, status, shown.unit,
                (p.low, p.high) if p else None, (m.low, m.high) if m else None, tuple(inputs),
            )
        )  # fmt: skip
    return tuple(out)


def _guidance_of_business(m: Metric) -> bool:
    return m.kind == "guidance" and m.period is not None and m.subject != "unknown"


def _guided(m: Metric) -> tuple[str, str, str, str | None, str | None]:
    assert m.period is not None
    return (m.subject, m.measure, m.period.key, m.unit.value if m.unit else None, m.basis_en)


def _reported(p: Metric, end: object) -> bool:
    """Whether a guided period is the quarter this call reports (``quarter:2025-09``)."""
    return bool(p.period and end is not None and p.period.key == f"quarter:{end:%Y-%m}")


def _width(x: Metric) -> Decimal:
    return (x.high or Decimal(0)) - (x.low or Decimal(0))


def _compared(m: Metric, p: Metric) -> str:
    def mid(x: Metric) -> Decimal | None:
        ends = [v for v in (x.low, x.high) if v is not None]
        return sum(ends, Decimal(0)) / len(ends) if ends else None

    if (m.low, m.high) == (p.low, p.high):
        return "reaffirmed"
    now, then = mid(m), mid(p)
    if now is None or then is None:
        return "new"  # nothing to compare them by
    if now == then:  # the same middle, another range
        return "narrowed" if _width(m) < _width(p) else "widened"
    return "raised" if now > then else "lowered"
