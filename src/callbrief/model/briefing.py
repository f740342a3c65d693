"""The analysed call handed from analyze to render: metrics, segments, quotes, statements."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from callbrief.model.transcript import Transcript
from callbrief.model.values import FiscalPeriod, PeriodRef, Unit

if TYPE_CHECKING:
    from callbrief.analyze.glossary import Glossary


@dataclass(frozen=True, slots=True)
class MetricSource:
    turn: int
    speaker: str
    text: str
    """The sentence, verbatim (after ingest normalisation)."""


@dataclass(frozen=True, slots=True)
class Metric:
    """One figure: which business, what measure, its value, change and sources."""

    id: str
    subject: str
    subject_zh: str
    subject_en: str
    measure: str
    measure_zh: str
    measure_en: str
    value: Decimal | None
    """In base units: yuan, dollars, shares, members; percent for ratios."""
    unit: Unit | None
    yoy_pct: Decimal | None
    prior_value: Decimal | None
    qualitative: str | None
    """A magnitude stated in words (三位数增长), verbatim; never turned into a number."""
    qualitative_en: str | None
    period: PeriodRef | None
    """None: the call's own quarter."""
    basis: str | None
    """A stated exclusion (若不考虑…的影响) that makes this a different figure."""
    sources: tuple[MetricSource, ...]
    stated_in: tuple[int, ...] = (0,)
    """Indices in ``sources`` of the sentences that state the figures kept (value, change,
    prior value, words), in order: what to quote beside them."""

    @property
    def source(self) -> MetricSource:
        """The sentence that states the figure (all of it, when one sentence does)."""
        return self.sources[self.stated_in[0]]

    @property
    def is_current(self) -> bool:
        """Stated for the call's own quarter, on the reported basis (what tables and KPIs show)."""
        return self.period is None and self.basis is None


@dataclass(frozen=True, slots=True)
class Statement:
    """One generated sentence in both languages, and the metrics it is made from."""

    zh: str
    en: str
    metrics: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SegmentRow:
    """One row of the segment table. ``None`` means the call does not state it."""

    key: str
    name_zh: str
    name_en: str
    parent: str | None
    level: int
    """0 for a segment, 1 for its sub-segment...; the group total row is 0 too."""
    is_total: bool
    revenue: Decimal | None
    revenue_yoy_pct: Decimal | None
    revenue_prior: Decimal | None
    adjusted_ebita: Decimal | None
    adjusted_ebita_yoy_pct: Decimal | None
    adjusted_ebita_prior: Decimal | None
    adjusted_ebita_margin_pct: Decimal | None
    currency: Unit | None
    notes: tuple[Statement, ...]
    metrics: tuple[str, ...]
    """Ids of the metrics the cells come from."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A verbatim sentence by a member of management."""

    turn: int
    speaker: str
    text: str
    text_en: str | None
    """The other-language version, only from a real source (a paired transcript); else None."""
    topic: str


@dataclass(frozen=True, slots=True)
class Fallback:
    """A name no glossary knows, given a pinyin English form a user may want to fix."""

    kind: str
    """``person``, ``title``, ``firm``, ``company`` or ``section``."""
    zh: str
    en: str


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything a briefing shows, in both languages, each figure with its sources."""

    transcript: Transcript
    """The call; speakers and sections carry their English names, Q&A its topics."""
    company_en: str
    fiscal: FiscalPeriod | None
    """The fiscal quarter, when the company's fiscal-year end is known."""
    metrics: tuple[Metric, ...]
    segments: tuple[SegmentRow, ...]
    quotes: tuple[Quote, ...]
    takeaways: tuple[Statement, ...]
    """Generated sentences on the headline figures and each segment's revenue."""
    fallbacks: tuple[Fallback, ...]
    """Names no glossary knew: pinyin stands in; a user may add them to a glossary."""
    glossaries: tuple[str, ...]
    """User glossary files used."""
    glossary: Glossary
    """The names and terms the call was read with (topics, segment parents...)."""

    def metric(self, metric_id: str) -> Metric:
        return next(m for m in self.metrics if m.id == metric_id)
