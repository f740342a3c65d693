"""The turn builder every layout shares: headers and headings in, a ``Transcript`` out.

A layout only finds where speakers and sections begin (``Header`` objects and the line
indices of section headings); ``TurnBuilder`` walks the body once and does the rest: the
title block, sections and their kinds, speakers and their roles, paragraphs and footnotes,
the end marker and the Q&A exchanges.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from callbrief.errors import ParseError
from callbrief.model import (
    Delivery,
    Footnote,
    Role,
    Section,
    SectionKind,
    Source,
    Transcript,
    Turn,
)
from callbrief.parse.exchanges import group_exchanges
from callbrief.parse.lines import END_MARKER, compact_heading
from callbrief.parse.paragraphs import assemble
from callbrief.parse.sections import SectionIds, classify, generic_title_en
from callbrief.parse.speakers import SpeakerRegistry
from callbrief.parse.title_block import read_call


@dataclass(frozen=True, slots=True)
class Header:
    """A speaker header a layout found: lines ``start`` to ``end`` name who speaks next."""

    start: int
    """Index of the header's first line."""
    end: int
    """Index of the line after the header's last line."""
    name: str
    """The speaker's name as the header writes it."""
    title: str | None = None
    """Job title, when the header gives one (management, host)."""
    firm: str | None = None
    """The analyst's firm, when the header gives one."""
    delivery: Delivery | None = None
    """Original words or interpretation, when a delivery tag says so."""
    text: str | None = None
    """The start of the turn's text when it shares the header's last line (``Name: text``)."""
    role: Role | None = None
    """The speaker's role when the layout read it from the text itself (the host who opens the
    call with its welcome, ``Analyst`` with no firm); None: inferred from name, title and firm."""


def body_start(headers: Sequence[Header], headings: Sequence[int]) -> int:
    """Index of the first line after the title block: the first header or heading."""
    return min([headers[0].start, *headings])


class TurnBuilder:
    """Walks the body once, opening sections at headings and turns at headers.

    ``headers`` must be sorted and must not overlap; ``headings`` are line indices. Every
    line of the body belongs to a heading, a header or a turn; text before the first
    speaker is a ``ParseError``. Lines in ``skip`` (a participant list a layout has read) are
    neither title block nor turn text.

    ``untitled`` maps header lines to the kind of an untitled section that opens there, for
    layouts that know where a part begins though no heading says so (a news write-up's Q&A
    begins at its first question). ``translations`` is for parallel bilingual text: when given,
    every body line is one whole paragraph (the layout assembled it; nothing is joined or set
    aside as a footnote), and ``translations[i]`` is the source's translation of the paragraph
    on line ``i`` (a header's ``text`` is on the header's last line); each turn then carries
    its paragraphs' translations.
    """

    def __init__(
        self,
        lines: Sequence[str],
        headers: Sequence[Header],
        headings: Sequence[int],
        source: Source,
        *,
        skip: Collection[int] = (),
        heading_kinds: Mapping[int, SectionKind] | None = None,
        untitled: Mapping[int, SectionKind] | None = None,
        translations: Mapping[int, str | None] | None = None,
        qa_from: int | None = None,
        opening: SectionKind = SectionKind.INTRODUCTION,
    ) -> None:
        """``qa_from``: the line of a header at which an untitled Q&A section opens (a text
        whose Q&A has no heading); ``opening``: the kind of the untitled section that headers
        before any heading open. ``heading_kinds``: the kind of section a heading opens, by
        line index, where the layout knows it (``PRESENTATION``); other headings are
        classified by their words."""
        if not headers:
            raise ParseError("no speaker headers found", source=source.path)
        self.lines = lines
        self.source = source
        self.start = body_start(headers, headings)
        self.header_at = {h.start: h for h in headers}
        self.headings = set(headings)
        self.skip = frozenset(skip)
        self.heading_kinds = dict(heading_kinds or {})
        self.qa_from = qa_from
        self.opening = opening
        self.speakers = SpeakerRegistry()
        self.section_ids = SectionIds()
        self.sections: list[Section] = []
        self.turns: list[Turn] = []
        self.footnotes: list[Footnote] = []
        self.end_marker: str | None = None
        # The open turn: its header, speaker, delivery and lines so far.
        self.open: tuple[tuple[str, ...], str, Delivery | None] | None = None
        self.open_lines: list[str] = []
        self.untitled = untitled or {}
        self.translations = translations
        self.open_translations: list[str | None] = []

    def build(self) -> Transcript:
        """The transcript: the lines before the body are its title block."""
        i = self.start
        while i < len(self.lines):
            line = self.lines[i]
            if i in self.skip:
                pass
            elif i in self.headings:
                self._open_section(line, self.heading_kinds.get(i))
            elif header := self.header_at.get(i):
                self._open_turn(header)
                i = header.end
                continue
            elif END_MARKER.match(line):
                self.end_marker = line
            elif self.open is None:
                raise ParseError(
                    f"text before the first speaker: {line[:30]!r}", source=self.source.path
                )
            else:
                self.open_lines.append(line)
                self._translation_of(i)
            i += 1
        self._close_turn()
        return self._transcript()

    def _transcript(self) -> Transcript:
        preamble = [line for i, line in enumerate(self.lines[: self.start]) if i not in self.skip]
        speakers = self.speakers.freeze()
        by_id = {s.id: s for s in speakers}
        return Transcript(
            source=self.source,
            call=read_call(preamble),
            preamble=tuple(preamble),
            speakers=speakers,
            sections=tuple(self.sections),
            turns=tuple(self.turns),
            qa=group_exchanges(self.turns, self.sections, by_id),
            footnotes=tuple(self.footnotes),
            end_marker=self.end_marker,
        )

    def _open_section(self, heading: str, kind: SectionKind | None = None) -> None:
        continuing = self.open
        self._close_turn()
        title = compact_heading(heading)
        kind = kind or classify(title)
        self.sections.append(
            Section(self.section_ids.next(kind), kind, title, heading, generic_title_en(kind))
        )
        if continuing is not None:  # a heading inside a turn: the same speaker goes on
            self.open = ((), continuing[1], continuing[2])

    def _open_turn(self, header: Header) -> None:
        self._close_turn()
        if header.start in self.untitled:  # a part the layout found, though no heading names it
            self._untitled_section(self.untitled[header.start])
        elif header.start == self.qa_from:  # Q&A with no heading: an untitled Q&A section
            self._untitled_section(SectionKind.QA)
        elif not self.sections:  # headers before any heading: an untitled opening section
            self._untitled_section(self.opening)
        speaker = self.speakers.meet(
            header.name, title=header.title, firm=header.firm, role=header.role
        )
        self.open = (tuple(self.lines[header.start : header.end]), speaker, header.delivery)
        if header.text:
            self.open_lines.append(header.text)
            self._translation_of(header.end - 1)

    def _translation_of(self, i: int) -> None:
        if self.translations is not None:
            self.open_translations.append(self.translations.get(i))

    def _untitled_section(self, kind: SectionKind) -> None:
        self.sections.append(Section(self.section_ids.next(kind), kind, "", "", None))

    def _close_turn(self) -> None:
        if self.open is None:
            return
        header, speaker, delivery = self.open
        if not header and not self.open_lines:  # a continuation that a new header cut off
            self.open = None
            return
        index = len(self.turns)
        section = self.sections[-1].id
        if self.translations is not None:  # parallel text: the layout made the paragraphs
            paragraphs, translations = tuple(self.open_lines), tuple(self.open_translations)
            turn = Turn(
                index, section, speaker, delivery, paragraphs, header, translations=translations
            )
            self.turns.append(turn)
        else:
            body = assemble(self.open_lines)
            self.turns.append(Turn(index, section, speaker, delivery, body.paragraphs, header))
            self.footnotes += [Footnote(marker, text, index) for marker, text in body.footnotes]
        self.open, self.open_lines, self.open_translations = None, [], []
