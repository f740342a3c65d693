"""The analysed call handed from analyze to render: metrics, segments, quotes, statements."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from callbrief.model.transcript import Transcript
from callbrief.model.values import FiscalPeriod, PeriodRef, Unit

HEADLINE = (
    "revenue", "adjusted_ebita", "operating_income", "adjusted_ebitda", "net_income",
    "non_gaap_net_income", "eps", "non_gaap_eps", "free_cash_flow",
)  # fmt: skip
"""The group's headline measures, in the order briefings and workbooks show them."""


@dataclass(frozen=True, slots=True)
class MetricSource:
    """A sentence that states a metric, and who said it in which turn."""

    turn: int
    """Index of the turn in ``Transcript.turns``."""
    speaker: str
    """Speaker id."""
    text: str
    """The sentence, verbatim (after ingest normalisation)."""
    written: str = ""
    """The sentence as the original file writes it (full-width forms kept): what a briefing
    quotes. Set by analyze (``analyze/excerpts.py``); empty only before that."""
    translation: str | None = None
    """The sentence of the paired transcript (the company's own translation) that says the
    same, as that file writes it; None without a pair or when no sentence pairs with it."""


@dataclass(frozen=True, slots=True)
class PairCheck:
    """A figure looked for in the paired transcript."""

    status: str
    """``confirmed`` (stated alike in both), ``one_side`` (found in one version only) or
    ``different`` (the other version states another value)."""
    value: Decimal | None
    """The other version's value (its change when it states no value); None if not found."""
    text: str | None
    """The other version's sentence; None if not found."""
    field: str | None = None
    """For a different figure: which it states otherwise (``value``, ``yoy_pct``,
    ``prior_value``, ``low``, ``high`` or ``qoq_pct``); ``value`` holds the other's."""

    def here(self, m: Metric) -> Decimal | None:
        """This version's figure of ``field`` (of ``value`` when nothing differs)."""
        field = self.field or ("value" if m.value is not None else "yoy_pct")
        found: Decimal | None = getattr(m, field)
        return found

    @property
    def is_change(self) -> bool:
        """Whether the figure that differs is a change in percent (YoY, QoQ)."""
        return self.field in ("yoy_pct", "qoq_pct")


@dataclass(frozen=True, slots=True)
class Pairing:
    """What pairing with the other version of the call gave."""

    path: str
    language: str
    turns_paired: int
    unpaired: tuple[int, ...]
    """Turns of this version with no counterpart (an operator line, a greeting)."""
    unpaired_other: tuple[int, ...]
    """Turns of the other version with no counterpart."""
    sentences_paired: int


@dataclass(frozen=True, slots=True)
class ChangeInput:
    """One call's sentence a derived change is made from."""

    call: str
    """The transcript's path, as given."""
    turn: int
    text: str


@dataclass(frozen=True, slots=True)
class Change:
    """A figure in this call and the prior quarter's, and the change between them: derived
    (never stated by either call), with both inputs."""

    id: str
    """This call's metric id."""
    subject: str
    subject_zh: str
    subject_en: str
    measure: str
    measure_zh: str
    measure_en: str
    value: Decimal
    prior_value: Decimal
    unit: Unit | None
    qoq_pct: Decimal | None
    """(value - prior) / |prior|, in percent, one decimal; None for a ratio (its change is in
    ``qoq_points``) or a prior of zero."""
    qoq_points: Decimal | None
    """For a ratio (a margin in percent): the change in percentage points."""
    inputs: tuple[ChangeInput, ChangeInput]
    """This call's sentence, then the prior call's."""


@dataclass(frozen=True, slots=True)
class GuidanceChange:
    """What management expected for one measure and period, then and now."""

    id: str
    subject: str
    subject_zh: str
    subject_en: str
    measure_zh: str
    measure_en: str
    period_zh: str
    period_en: str
    status: str
    """``raised`` / ``lowered`` (the range's middle), ``narrowed`` / ``widened`` (the same
    middle), ``reaffirmed`` (the same range), ``dropped`` (given last quarter, not now) or
    ``new`` (given now, not last quarter)."""
    unit: Unit | None
    then: tuple[Decimal | None, Decimal | None] | None
    """The prior call's low and high; None when it gave none."""
    now: tuple[Decimal | None, Decimal | None] | None
    inputs: tuple[ChangeInput, ...]


@dataclass(frozen=True, slots=True)
class Changes:
    """What changed since the prior quarter's call (``--prior``)."""

    prior_path: str
    prior_period_zh: str | None
    prior_period_en: str | None
    metrics: tuple[Change, ...]
    guidance: tuple[GuidanceChange, ...]
    segments_new: tuple[tuple[str, str, str], ...]
    """Segments reported now, not last quarter: (key, zh, en)."""
    segments_gone: tuple[tuple[str, str, str], ...]
    topics_new: tuple[TopicName, ...]
    """Q&A topics asked about now, not last quarter."""
    topics_gone: tuple[TopicName, ...]


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
    kind: str = "actual"
    """``actual`` (a result) or ``guidance`` (what management expects)."""
    low: Decimal | None = None
    """Guidance: the low end of the range (equal to ``high`` for a point)."""
    high: Decimal | None = None
    qoq_pct: Decimal | None = None
    """Change on the previous quarter, in percent (``down 2% sequentially``), when stated."""
    guidance_change: str | None = None
    """Guidance: ``raised``, ``lowered``, ``reaffirmed`` or ``new``, as the call says."""
    pair: PairCheck | None = None
    """The figure looked for in the paired transcript; None without a pair."""
    basis_en: str | None = None
    """The stated basis in English: as said, from a glossary's ``[bases]``, or composed
    (flagged); None when there is no basis."""

    @property
    def source(self) -> MetricSource:
        """The sentence that states the figure (all of it, when one sentence does)."""
        return self.sources[self.stated_in[0]]

    @property
    def is_current(self) -> bool:
        """A result for the call's own quarter, on the reported basis (what tables and KPIs
        show)."""
        return self.period is None and self.basis is None and self.kind == "actual"


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
    """Index of the turn in ``Transcript.turns``."""
    speaker: str
    """Speaker id."""
    text: str
    """The sentence, verbatim (after ingest normalisation)."""
    translation: str | None
    """The other-language version, only from a real source (the paired transcript, as its
    file writes it: the company's own translation); else None."""
    topic: str
    """Key of its topic (``Briefing.topics``)."""
    written: str = ""
    """The sentence as the original file writes it (full-width forms kept): what a briefing
    shows. Set by analyze (``analyze/excerpts.py``); empty only before that."""


@dataclass(frozen=True, slots=True)
class Fallback:
    """A name no glossary knows: a Chinese name given a pinyin English form, or an English
    name shown in English on the Chinese side; a user may want to fix it in a glossary."""

    kind: str
    """``person``, ``title``, ``firm``, ``company``, ``section``, ``segment`` or ``basis``."""
    zh: str
    en: str
    shown: str = "pinyin"
    """``pinyin`` (the English side is pinyin), ``english`` (the Chinese side shows the
    English name: no Chinese name is invented), ``composed`` (from common words and pinyin) or
    ``paired`` (the name the paired transcript gives)."""


@dataclass(frozen=True, slots=True)
class TopicName:
    """A topic a question or quote may be about, named in both languages."""

    key: str
    """As in ``QAExchange.topics`` and ``Quote.topic``."""
    zh: str
    en: str


@dataclass(frozen=True, slots=True)
class Business:
    """The group, one of its segments or a product line, as the glossaries name it."""

    key: str
    """As in ``Metric.subject`` and ``SegmentRow.key``."""
    zh: str
    en: str
    kind: str
    """``group``, ``segment`` or ``product``."""
    parent: str | None
    """Key of the business it belongs to; None at the top."""
    aliases: tuple[str, ...] = ()
    """Other names the call gives a business found in the text (星云云业务 for 星云云集团)."""


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything a briefing shows, in both languages, each figure with its sources."""

    transcript: Transcript
    """The call; speakers and sections carry their English names, Q&A its topics."""
    company_en: str | None
    """The company's English name; None when the call does not name the company."""
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
    topics: tuple[TopicName, ...]
    """Every topic the call was read with, in the glossary's order."""
    businesses: tuple[Business, ...]
    """Every business the glossaries name (the group first when known, then segments and
    products in the company file's order): what the figures are grouped under."""
    questions: tuple[str, ...]
    """The excerpt of each Q&A exchange's question, in the order of ``transcript.qa``:
    verbatim as the file writes it, shortened with an ellipsis."""
    period_zh: str | None = None
    """The call's period in Chinese: as written for a Chinese call, generated from data for
    a call in another language; None when not stated."""
    company_zh: str | None = None
    """The company's Chinese name: as written for a Chinese call, the glossary's for a call in
    another language (else the name as written); None when the call names no company."""
    currency: Unit | None = None
    """The reporting currency (of the group's revenue, else of most figures): the segment
    table's; None when the call states no amount of money."""
    question_translations: tuple[str | None, ...] = ()
    """The paired transcript's sentences for each question excerpt (``questions``), as that
    file writes them; empty without a pair, None where none pairs."""
    pairing: Pairing | None = None
    """What pairing with the other version of the call gave; None without ``--pair``."""
    changes: Changes | None = None
    """What changed since the prior quarter's call; None without ``--prior``."""

    def metric(self, metric_id: str) -> Metric:
        return next(m for m in self.metrics if m.id == metric_id)

    def topic(self, key: str) -> TopicName | None:
        """The topic of that key, if the call was read with one."""
        return next((t for t in self.topics if t.key == key), None)
