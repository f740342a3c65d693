"""The parsed call: typed, frozen dataclasses handed from the parse stage onwards."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Role(StrEnum):
    """What part a speaker plays in the call."""

    MANAGEMENT = "management"
    ANALYST = "analyst"
    HOST = "host"
    OPERATOR = "operator"


class SectionKind(StrEnum):
    """The kind of a part of the call."""

    INTRODUCTION = "introduction"
    PREPARED_REMARKS = "prepared_remarks"
    FINANCIAL_RESULTS = "financial_results"
    QA = "qa"
    OTHER = "other"


class Delivery(StrEnum):
    """Whether a turn holds the speaker's own words or an interpreter's rendering."""

    ORIGINAL = "original"
    INTERPRETED = "interpreted"


@dataclass(frozen=True, slots=True)
class Speaker:
    """One person, however often they speak."""

    id: str
    """Stable slug (pinyin for Chinese names), unique within the call."""
    name: str
    """The name as the transcript writes it."""
    name_en: str
    """English name: the name itself if Latin, else a pinyin fallback."""
    role: Role
    title: str | None = None
    """Job title as written (management, host), if the transcript gives one."""
    firm: str | None = None
    """An analyst's firm, from the parentheses after the name."""
    title_en: str | None = None
    """English title (glossary, or flagged pinyin); filled by the analyze stage."""
    firm_en: str | None = None
    title_zh: str | None = None
    """Chinese title, when the transcript writes it in another language and a glossary knows
    it (filled by the analyze stage); None: the title as written."""
    firm_zh: str | None = None
    """Chinese name of the firm, as ``title_zh``."""


@dataclass(frozen=True, slots=True)
class Section:
    """A headed part of the call."""

    id: str
    kind: SectionKind
    title: str
    """The heading with typesetting spaces removed (介 绍 -> 介绍)."""
    heading: str
    """The heading line exactly as it appears."""
    title_en: str | None = None
    title_zh: str | None = None
    """Chinese title of a heading written in another language (from a glossary, or the
    section kind's); None: the title as written."""


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's uninterrupted contribution."""

    index: int
    """Position in ``Transcript.turns`` (0-based)."""
    section: str
    """Id of the section the turn belongs to."""
    speaker: str
    """Id of the speaker."""
    delivery: Delivery | None
    paragraphs: tuple[str, ...]
    header: tuple[str, ...]
    """The header lines as they appear (name, title, delivery tag)."""
    written: tuple[str, ...] = ()
    """The paragraphs in the source's characters, when they differ from ``paragraphs`` (a
    Traditional Chinese text, whose ``paragraphs`` are the Simplified copy figures are read
    from); empty otherwise. What a reader is shown: ``written or paragraphs``."""
    translations: tuple[str | None, ...] = ()
    """The source's own translation of each paragraph (same length as ``paragraphs``; None
    where a paragraph has none), for a parallel bilingual transcript; empty for any other."""


@dataclass(frozen=True, slots=True)
class Footnote:
    """A footnote set aside from the running text."""

    marker: str
    text: str
    turn: int
    """Index of the turn on whose page the footnote was printed."""


@dataclass(frozen=True, slots=True)
class QAExchange:
    """One analyst question and the management answers that follow it."""

    index: int
    analyst: str
    """Speaker id of the analyst."""
    firm: str | None
    question_turn: int
    answer_turns: tuple[int, ...]
    answerers: tuple[str, ...]
    """Speaker ids of those who answered, in order of first answer."""
    topics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Call:
    """What the transcript (or the command line) says about the call; None: not stated."""

    company: str | None
    """The company's name as written; None when neither the text nor the user names it."""
    period: str | None
    """The reporting period as written (for example a quarter)."""
    period_en: str | None
    period_end: date | None
    """Last day of the reporting period, when the period names a quarter's end month."""
    date: date | None
    """The day the call was held."""


@dataclass(frozen=True, slots=True)
class Source:
    """Where a transcript came from and how it was read."""

    path: str
    sha256: str
    encoding: str
    language: str
    """"zh" or "en": the main language of the text."""
    layout: str
    """Name of the layout parser that read it."""
    original: str = field(default="", repr=False, compare=False)
    """The text as the file writes it, before normalisation: for quoting sentences verbatim."""
    layout_score: float = 1.0
    """How sure the layout was of the text (0 to 1)."""
    layout_reason: str = ""
    """What the layout found, in a short phrase."""
    format: str = "text"
    """What the file was: ``text``, ``pdf``, ``html`` or ``docx``."""
    script: str | None = None
    """``simplified`` or ``traditional`` for Chinese text (matched as Simplified, shown as
    written); None for text without Han characters."""
    furniture: tuple[str, ...] = field(default=(), repr=False)
    """Page furniture removed before parsing (page numbers, running headers, copyright lines)."""
    variants: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False, hash=False)
    """For Traditional text: each Simplified character of the matched copy -> the characters
    the source wrote for it (``as_written`` finds a Simplified sentence in ``original``)."""


@dataclass(frozen=True, slots=True)
class Transcript:
    """A whole call, as parsed from one source text."""

    source: Source
    call: Call
    preamble: tuple[str, ...]
    """The title-block lines, as they appear."""
    speakers: tuple[Speaker, ...]
    sections: tuple[Section, ...]
    turns: tuple[Turn, ...]
    qa: tuple[QAExchange, ...]
    footnotes: tuple[Footnote, ...] = ()
    end_marker: str | None = None
    warnings: tuple[str, ...] = ()
    """Structure the layout saw but could not read (a Q&A heading without an analyst...), each
    a one-line message; shown on stderr and in the outline."""

    def speaker(self, speaker_id: str) -> Speaker:
        """The speaker with this id (KeyError if none)."""
        for s in self.speakers:
            if s.id == speaker_id:
                return s
        raise KeyError(speaker_id)
