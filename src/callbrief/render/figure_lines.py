"""The list of every figure, grouped (group results, cash and capital, each segment), with
where each was said: the "all figures" part of a briefing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from callbrief.formatting import amount_text, basis_en, own_words
from callbrief.lang.en import wording as en
from callbrief.lang.en.wording import guidance_measure as en_guidance
from callbrief.lang.en.wording import guidance_range as en_guidance_range
from callbrief.lang.zh import wording as zh
from callbrief.lang.zh.wording import guidance_measure as zh_guidance
from callbrief.lang.zh.wording import guidance_range as zh_guidance_range
from callbrief.model import Briefing, Metric, Speaker, Transcript
from callbrief.render.bilingual import Text, pct

_GROUP_RESULTS = (
    "revenue",
    "adjusted_ebita",
    "adjusted_ebita_margin",
    "adjusted_ebita_margin_change",
    "adjusted_ebitda",
    "operating_income",
    "operating_margin",
    "operating_margin_change",
    "gross_margin",
    "gross_margin_change",
    "gross_profit",
    "net_income",
    "non_gaap_net_income",
    "eps",
    "non_gaap_eps",
    "arr",
    "bookings",
)
"""The group's results of the quarter (or guided): the first group of figures; cash, capital
return and the rest of the group's figures are the second."""


@dataclass(frozen=True, slots=True)
class Quoted:
    """A source sentence, verbatim as the file writes it, and where it was said."""

    speaker: Text
    section: Text
    text: str
    translation: str | None = None
    """The paired transcript's sentence (the company's translation), if any."""


@dataclass(frozen=True, slots=True)
class MetricLine:
    """One metric: what, how much, change, and where it was said."""

    id: str
    subject: Text
    show_subject: bool
    """False when the group heading already names the subject."""
    measure: Text
    value: Text | None
    """Formatted amount, or the words of a qualitative statement; None: only a change stated."""
    yoy: str
    prior: Text | None
    period: Text | None
    basis: Text | None
    """A stated basis (若不考虑…的影响) that sets this figure apart, verbatim."""
    quoted: tuple[Quoted, ...]
    """The sentences that state what the line shows (usually one), with who said them where."""
    more: Text | None
    """How many more sentences state it again, if any."""
    same_source_as_previous: bool
    """The sentences are the previous line's: shown once."""
    pair: Text | None = None
    """What the paired transcript says of the figure (confirmed, one version only, or its
    other value); None without a pair."""
    pair_status: str | None = None
    """``confirmed``, ``one_side`` or ``different``; None without a pair."""
    pair_text: str | None = None
    """The other version's sentence for a different figure, unless it is the translation
    already shown beside the source."""


@dataclass(frozen=True, slots=True)
class MetricGroup:
    title: Text
    lines: tuple[MetricLine, ...]


def _quoted(
    m: Metric, t: Transcript, speakers: Mapping[str, Speaker]
) -> tuple[tuple[Quoted, ...], Text | None]:
    """The sentences stating the figures shown (a value from one, its change from another),
    and how many more restate them."""
    quoted = []
    for i in m.stated_in:
        source = m.sources[i]
        speaker = speakers[source.speaker]
        section = next(s for s in t.sections if s.id == t.turns[source.turn].section)
        quoted.append(
            Quoted(
                Text(speaker.name, speaker.name_en),
                Text(section.title, section.title_en),
                source.written,
                source.translation,
            )
        )
    extra = len(m.sources) - len(quoted)
    more = Text(zh.more_mentions(extra), en.more_mentions(extra))
    return tuple(quoted), more if extra else None


def metric_groups(
    b: Briefing, speakers: Mapping[str, Speaker], labels: Mapping[str, Text], units: str | None
) -> tuple[MetricGroup, ...]:
    """Figures grouped: group results, cash and capital return, then each top-level segment."""
    rows = {r.key: r for r in b.segments}
    groups: dict[str, list[Metric]] = {}
    titles: dict[str, Text] = {}
    for metric in b.metrics:
        if metric.subject == "group":
            in_results = metric.measure in _GROUP_RESULTS and (
                metric.period is None or metric.kind == "guidance"
            )
            key = "group_results" if in_results else "capital"
            titles[key] = labels[key]
        else:
            top = _top_segment(metric.subject, b)
            key = top or "other"
            titles[key] = (
                Text(rows[top].name_zh, rows[top].name_en) if top in rows else labels["other"]
            )
        groups.setdefault(key, []).append(metric)
    order = ["group_results", "capital", *[r.key for r in b.segments if r.level == 0], "other"]
    return tuple(
        MetricGroup(titles[k], _metric_lines(groups[k], k, b.transcript, speakers, units))
        for k in order
        if k in groups
    )


def _pair(m: Metric, units: str | None) -> Text | None:
    """The figure in the paired transcript, in words."""
    if m.pair is None:
        return None
    if m.pair.status == "confirmed":
        return Text(zh.PAIR_CONFIRMED, en.PAIR_CONFIRMED)
    if m.pair.status == "one_side":
        return Text(zh.PAIR_ONE_SIDE, en.PAIR_ONE_SIDE)
    if m.pair.is_change:
        other = pct(m.pair.value)
        value = Text(other, other)
    else:
        value = _amounts(m.pair.value, m, units) or Text("", "")
    return Text(zh.pair_different(value.zh or ""), en.pair_different(value.en or ""))


def _other_sentence(m: Metric, quoted: Sequence[Quoted]) -> str | None:
    if m.pair is None or m.pair.status != "different" or not m.pair.text:
        return None
    return None if any(q.translation == m.pair.text for q in quoted) else m.pair.text


def _top_segment(subject: str, b: Briefing) -> str | None:
    businesses = {e.key: e for e in b.businesses}
    key: str | None = subject
    while key in businesses and businesses[key].parent:
        key = businesses[key].parent
    return key if key in businesses else None


def _metric_lines(
    metrics: Sequence[Metric],
    group: str,
    t: Transcript,
    speakers: Mapping[str, Speaker],
    units: str | None,
) -> tuple[MetricLine, ...]:
    lines: list[MetricLine] = []
    previous = None
    ids = {m.id for m in metrics}
    for m in _headline_first(metrics, group):
        quoted, more = _quoted(m, t, speakers)
        # net_cash.usd restates net_cash in another unit (约合, 相当于): shown as ≈
        restates = m.id.rpartition(".")[0] in ids
        value = _value(m, units)
        lines.append(
            MetricLine(
                id=m.id,
                subject=Text(m.subject_zh, m.subject_en),
                show_subject=m.subject not in (group, "group"),
                measure=_measure(m),
                value=Text(f"≈ {value.zh}", f"≈ {value.en}") if value and restates else value,
                yoy=pct(m.yoy_pct),
                prior=_amounts(m.prior_value, m, units),
                period=Text(m.period.zh, m.period.en) if m.period else None,
                basis=Text(zh.basis_label(m.basis), m.basis_en or basis_en(m.basis))
                if m.basis
                else None,
                quoted=quoted,
                more=more,
                same_source_as_previous=quoted == previous,
                pair=_pair(m, units),
                pair_status=m.pair.status if m.pair else None,
                pair_text=_other_sentence(m, quoted),
            )
        )
        previous = quoted
    return tuple(lines)


def _headline_first(metrics: Sequence[Metric], group: str) -> list[Metric]:
    """The group's or segment's own results first (revenue, adjusted EBITA, its margin, net
    income...), then its parts', then everything else; each in the order it was said."""

    def rank(m: Metric) -> tuple[int, int]:
        own = m.subject in (group, "group")
        headline = _GROUP_RESULTS.index(m.measure) if m.measure in _GROUP_RESULTS else 99
        return (0 if own and headline < 99 else 1 if headline < 99 else 2, headline)

    return sorted(metrics, key=rank)


def _amounts(value: Decimal | None, m: Metric, units: str | None) -> Text | None:
    if value is None:
        return None
    return Text(amount_text(value, m.unit, "zh", units), amount_text(value, m.unit, "en", units))


def _measure(m: Metric) -> Text:
    if m.kind == "guidance":
        return Text(zh_guidance(m.measure_zh), en_guidance(m.measure_en))
    return Text(m.measure_zh, m.measure_en)


def _value(m: Metric, units: str | None) -> Text | None:
    low, high = _amounts(m.low, m, units), _amounts(m.high, m, units)
    if m.kind == "guidance" and low and high:  # what management expects: a range or a point
        change = m.guidance_change
        return Text(
            zh_guidance_range(low.zh or "", high.zh or "", change),
            en_guidance_range(low.en or "", high.en or "", change),
        )
    if m.value is not None:
        shown = _amounts(m.value, m, units)
        if shown and m.measure.endswith("_change") and m.value > 0:  # a rise: +4 个百分点
            return Text(f"+{shown.zh}", f"+{shown.en}")
        return shown
    if m.qualitative:
        return Text(own_words(m.qualitative), m.qualitative_en)
    return None
