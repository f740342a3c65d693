"""The typed, frozen values handed between stages: the parsed call (``transcript``), the
analysed call (``briefing``) and the values both use (``values``)."""

from callbrief.model.briefing import (
    HEADLINE,
    Briefing,
    Business,
    Fallback,
    Metric,
    MetricSource,
    PairCheck,
    Pairing,
    Quote,
    SegmentRow,
    Statement,
    TopicName,
)
from callbrief.model.transcript import (
    Call,
    Delivery,
    Footnote,
    QAExchange,
    Role,
    Section,
    SectionKind,
    Source,
    Speaker,
    Transcript,
    Turn,
)
from callbrief.model.values import FiscalPeriod, PeriodRef

__all__ = [
    "HEADLINE", "Briefing", "Business", "Call", "Delivery", "Fallback", "FiscalPeriod",
    "Footnote", "Metric", "MetricSource", "PairCheck", "Pairing", "PeriodRef", "QAExchange",
    "Quote", "Role", "Section", "SectionKind", "SegmentRow", "Source", "Speaker", "Statement",
    "TopicName", "Transcript", "Turn",
]  # fmt: skip
