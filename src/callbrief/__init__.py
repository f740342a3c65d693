"""callbrief: earnings-call transcripts -> bilingual briefings (PDF, Excel, JSON)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from callbrief.analyze.briefing import Briefing, analyze
from callbrief.errors import CallbriefError, InputError, ParseError
from callbrief.ingest import Text, read_source
from callbrief.model import (
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
from callbrief.parse import parse
from callbrief.pipeline import brief, extract

try:
    __version__ = version("callbrief")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "Briefing",
    "Call",
    "CallbriefError",
    "Delivery",
    "Footnote",
    "InputError",
    "ParseError",
    "QAExchange",
    "Role",
    "Section",
    "SectionKind",
    "Source",
    "Speaker",
    "Text",
    "Transcript",
    "Turn",
    "__version__",
    "analyze",
    "brief",
    "extract",
    "parse",
    "read_source",
]
