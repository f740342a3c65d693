"""The context handed to briefing templates: one typed object with documented fields.

Everything a template shows is prepared here as display text in both languages; templates
choose which languages to show and in what order, and lay it out.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from babel.numbers import format_decimal

from callbrief.formatting import amount_text, describe, divisor, scale_label, table_units
from callbrief.model import (
    Briefing,
    Metric,
    QAExchange,
    Quote,
    Role,
    SegmentRow,
    Speaker,
    Statement,
    Transcript,
)
from callbrief.render.audience import Audience, AudienceError
from callbrief.render.bilingual import Text, name_text, pct
from callbrief.render.changes import ChangesView, changes_view
from callbrief.render.chart import Chart, segment_chart
from callbrief.render.figure_lines import MetricGroup, metric_groups
from callbrief.render.provenance import Provenance


@dataclass(frozen=True, slots=True)
class Kpi:
    """A headline figure on the cover."""

    label: Text
    value: Text
    """Formatted amount, or "not stated"."""
    change: str | None
    """Year-over-year change, signed: ``+5%``."""
    direction: str
    """``up``, ``down``, ``flat``, ``unknown`` (no change stated) or ``missing`` (no figure)."""


@dataclass(frozen=True, slots=True)
class SegmentLine:
    """A row of the segment table; cells are display text in the table's one scale."""

    name: Text
    level: int
    is_total: bool
    revenue: str
    revenue_stated: bool
    revenue_yoy: str
    ebita: str
    ebita_stated: bool
    ebita_yoy: str
    margin: str
    notes: tuple[Text, ...]


@dataclass(frozen=True, slots=True)
class QuoteLine:
    speaker: Text
    title: Text
    topic: Text
    text: str
    """Verbatim, in the transcript's language, as the file writes it."""
    translation: str | None
    """The paired transcript's sentence (the company's own translation), or None (never
    invented)."""


@dataclass(frozen=True, slots=True)
class QALine:
    number: int
    analyst: Text
    firm: Text
    topics: tuple[Text, ...]
    question: str
    """An excerpt of the question (verbatim, shortened with an ellipsis)."""
    translation: str | None
    """The paired transcript's sentences for it, or None."""
    answerers: tuple[Text, ...]


@dataclass(frozen=True, slots=True)
class Participant:
    name: Text
    detail: Text
    """Title for management and hosts; firm for analysts."""
    role: Text
    is_analyst: bool


@dataclass(frozen=True, slots=True)
class BriefingContext:
    """Everything a briefing template can use (``StrictUndefined``: nothing else exists)."""

    languages: tuple[str, ...]
    """Languages to show, in order: ("zh", "en"), ("en", "zh"), ("zh",) or ("en",)."""
    primary: str
    """The first language: the document's language and the table scale's."""
    call_language: str
    """The transcript's language: what quotes and sentences are in (``translation``s are in
    the other)."""
    parts: tuple[str, ...]
    """The audience's parts, in order (cover, takeaways, segments, ...)."""
    labels: Mapping[str, Text]
    """Fixed wording from ``labels.toml`` (base, then audience overrides)."""
    title: str
    """Document title (PDF metadata)."""
    company: Text
    period: Text
    fiscal: Text | None
    call_date: str | None
    kpis: tuple[Kpi, ...]
    takeaways: tuple[Text, ...]
    segment_unit: Text
    """The one scale of the segment table, e.g. 人民币亿元 / RMB 100mn."""
    segments: tuple[SegmentLine, ...]
    chart: Chart
    metric_groups: tuple[MetricGroup, ...]
    changes: ChangesView | None
    """What changed since the prior quarter's call; None without one."""
    quotes: tuple[QuoteLine, ...]
    qa: tuple[QALine, ...]
    participants: tuple[Participant, ...]
    brand_name: str | None
    brand_color: str
    logo: str | None
    """file:// URL of the audience's logo."""
    disclaimer_html: Text
    """The audience's disclaimer per language, rendered from Markdown (raw HTML escaped)."""
    notes_html: str | None
    """The user's notes, rendered from Markdown, if given."""
    provenance: Provenance


# The cover's four boxes: in each, the first measure of its list the call states for the
# group (a Chinese issuer's adjusted EBITA; an English call's operating income or EPS...).
_KPIS = (
    ("revenue",),
    ("adjusted_ebita", "adjusted_ebitda", "operating_income", "adjusted_operating_income"),
    ("net_income", "non_gaap_net_income", "eps", "non_gaap_eps"),
    ("free_cash_flow", "operating_cash_flow"),
)


def load_labels(chain: Sequence[Path]) -> dict[str, Text]:
    """``labels.toml`` of the base, overridden by each audience folder's own."""
    labels: dict[str, Text] = {}
    for folder in reversed(chain):
        path = folder / "labels.toml"
        if path.is_file():
            try:
                table = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
                raise AudienceError(f"cannot read labels ({e})", source=str(path)) from None
            wrong = [k for k, v in table.items() if not isinstance(v, dict)]
            if wrong:
                raise AudienceError(
                    f"each label is {{ zh = ..., en = ... }}; not so: {', '.join(wrong)}",
                    source=str(path),
                )
            for key, pair in table.items():
                labels[key] = Text(pair.get("zh"), pair.get("en"))
    return labels


def build_context(
    b: Briefing,
    audience: Audience,
    languages: tuple[str, ...],
    provenance: Provenance,
    *,
    disclaimer_html: Text,
    notes_html: str | None,
) -> BriefingContext:
    """The template context of a briefing for one audience and language order."""
    t = b.transcript
    labels = load_labels(audience.chain)
    if t.source.language == "en":  # the quotes of an English call are in English
        labels["quotes_original"] = labels.get("quotes_original_english", labels["quotes_original"])
    primary = languages[0]
    # One scale per table: 亿元 reads naturally in Chinese; English tables use millions, so a
    # column never mixes 99 with 0.055.
    scale = table_units(audience.units, b.currency, primary)
    by = divisor(scale)
    unit_zh, unit_en = scale_label(scale)
    current = [m for m in b.metrics if m.is_current]
    speakers = {s.id: s for s in t.speakers}
    nd = labels["not_disclosed"]
    lines = [_segment(b, r, by, primary, nd, audience.units) for r in b.segments]
    # The chart shows the table's own texts for each segment's revenue and growth.
    value_text = {r.key: line.revenue for r, line in zip(b.segments, lines, strict=True)}
    growth_text = {r.key: line.revenue_yoy for r, line in zip(b.segments, lines, strict=True)}
    return BriefingContext(
        languages=languages,
        primary=primary,
        call_language=t.source.language,
        parts=audience.sections,
        labels=labels,
        title=" ".join(
            x for x in (t.call.company, t.call.period, b.company_en, t.call.period_en) if x
        ),
        company=Text(b.company_zh or t.call.company, b.company_en)
        if t.call.company
        else labels["company_not_stated"],
        period=Text(b.period_zh or t.call.period, t.call.period_en),
        fiscal=Text(b.fiscal.zh, b.fiscal.en) if b.fiscal else None,
        call_date=t.call.date.isoformat() if t.call.date else None,
        kpis=tuple(_kpi(current, keys, labels, audience.units) for keys in _KPIS),
        takeaways=tuple(_restated(b, s, audience.units) for s in b.takeaways),
        segment_unit=Text(unit_zh, unit_en),
        segments=tuple(lines),
        chart=segment_chart(b.segments, value_text, growth_text),
        metric_groups=metric_groups(b, speakers, labels, audience.units),
        changes=changes_view(b.changes),
        quotes=tuple(_quote(b, q, speakers) for q in b.quotes[: audience.max_quotes]),
        qa=tuple(
            _qa(b, q, asked, other, speakers)
            for q, asked, other in zip(
                t.qa, b.questions, b.question_translations or (None,) * len(t.qa), strict=True
            )
        ),
        participants=_participants(t, labels),
        brand_name=audience.branding.name,
        brand_color=audience.branding.color,
        logo=audience.branding.logo.as_uri() if audience.branding.logo else None,
        disclaimer_html=disclaimer_html,
        notes_html=notes_html,
        provenance=provenance,
    )


def _quote(b: Briefing, q: Quote, speakers: Mapping[str, Speaker]) -> QuoteLine:
    who = speakers[q.speaker]
    return QuoteLine(
        name_text(who),
        Text(who.title, who.title_en),
        _topic(b, q.topic),
        q.written,
        q.translation,
    )


def _qa(
    b: Briefing, q: QAExchange, asked: str, other: str | None, speakers: Mapping[str, Speaker]
) -> QALine:
    analyst = speakers[q.analyst]
    return QALine(
        number=q.index + 1,
        analyst=name_text(analyst),
        firm=Text(q.firm, analyst.firm_en or q.firm),
        topics=tuple(_topic(b, k) for k in q.topics),
        question=asked,
        translation=other,
        answerers=tuple(name_text(speakers[a]) for a in q.answerers),
    )


def _scaled(value: Decimal | None, divisor: Decimal, lang: str, nd: Text) -> str:
    if value is None:
        return (nd.zh if lang == "zh" else nd.en) or "—"
    locale = "zh_CN" if lang == "zh" else "en"
    return format_decimal((value / divisor).normalize(), locale=locale, decimal_quantization=False)


def _restated(b: Briefing, s: Statement, units: str | None) -> Text:
    """A generated sentence, restated with amounts in the audience's one unit if it has one."""
    if units and len(s.metrics) == 1:
        s = describe(b.metric(s.metrics[0]), units)
    return Text(s.zh, s.en)


def _segment(
    b: Briefing, r: SegmentRow, divisor: Decimal, lang: str, nd: Text, units: str | None
) -> SegmentLine:
    return SegmentLine(
        name=Text(r.name_zh, r.name_en),
        level=r.level,
        is_total=r.is_total,
        revenue=_scaled(r.revenue, divisor, lang, nd),
        revenue_stated=r.revenue is not None,
        revenue_yoy=pct(r.revenue_yoy_pct),
        ebita=_scaled(r.adjusted_ebita, divisor, lang, nd),
        ebita_stated=r.adjusted_ebita is not None,
        ebita_yoy=pct(r.adjusted_ebita_yoy_pct),
        margin=pct(r.adjusted_ebita_margin_pct).lstrip("+"),
        notes=tuple(_restated(b, n, units) for n in r.notes),
    )


def _kpi(
    metrics: Sequence[Metric],
    measures: Sequence[str],
    labels: Mapping[str, Text],
    units: str | None,
) -> Kpi:
    stated = [x for x in metrics if x.subject == "group" and x.value is not None]
    m = next((x for key in measures for x in stated if x.measure == key), None)
    measure = m.measure if m else measures[0]
    label = labels.get(f"kpi_{measure}") or (Text(m.measure_zh, m.measure_en) if m else None)
    label = label or labels[f"kpi_{measures[0]}"]
    if m is None or m.value is None:
        return Kpi(label, labels["not_stated"], None, "missing")
    change = None
    direction = "unknown"
    if m.yoy_pct is not None:
        direction = "up" if m.yoy_pct > 0 else "down" if m.yoy_pct < 0 else "flat"
        change = pct(m.yoy_pct)
    return Kpi(
        label,
        Text(amount_text(m.value, m.unit, "zh", units), amount_text(m.value, m.unit, "en", units)),
        change,
        direction,
    )


def _topic(b: Briefing, key: str) -> Text:
    topic = b.topic(key)
    return Text(topic.zh, topic.en) if topic else Text(key, key)


def _participants(t: Transcript, labels: Mapping[str, Text]) -> tuple[Participant, ...]:
    order = (Role.MANAGEMENT, Role.HOST, Role.OPERATOR, Role.ANALYST)
    return tuple(
        Participant(
            name_text(s),
            Text(s.firm_zh or s.firm or s.title_zh or s.title or "", s.firm_en or s.title_en or ""),
            labels[f"role_{s.role.value}"],
            s.role is Role.ANALYST,
        )
        for role in order
        for s in t.speakers
        if s.role is role
    )
