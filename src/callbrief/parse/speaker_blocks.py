"""The reference layout: speaker headers as blocks of their own lines.

Prepared remarks open with a name line, a title line and a delivery tag; Q&A turns with
``Name (Firm):`` and a delivery tag. Section headings stand alone before a header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from callbrief.errors import ParseError
from callbrief.model import Delivery, Footnote, Section, SectionKind, Source, Transcript, Turn
from callbrief.parse.exchanges import group_exchanges
from callbrief.parse.lines import (
    END_MARKER,
    FOOTNOTE,
    compact_heading,
    delivery_tag,
    is_job_title,
    is_person_name,
    is_short_label,
    name_line,
)
from callbrief.parse.paragraphs import assemble
from callbrief.parse.sections import STANDALONE_HEADING, SectionIds, classify, generic_title_en
from callbrief.parse.speakers import SpeakerRegistry
from callbrief.parse.title_block import read_call

_PLEASANTRY = re.compile(r"^(谢谢|感谢|好的|thank)", re.IGNORECASE)
# Words that make a line a job title, for headers without a delivery tag.
_TITLE_WORD = re.compile(
    r"首席|总裁|董事|主席|主管|总监|经理|负责人|执行官|财务官|Officer|President|Director|Head|Chair|CEO|CFO"
)
# A name on its own, for headers without a delivery tag: 2-4 Han characters, or Latin words.
_BARE_NAME = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){1,3})$")
# The title block is a few short lines; much more means this layout did not recognise the text.
_MAX_PREAMBLE_LINES = 16


@dataclass(frozen=True, slots=True)
class _Header:
    start: int
    end: int
    """Line index after the header's last line."""
    name: str
    title: str | None
    firm: str | None
    delivery: Delivery | None


class SpeakerBlockLayout:
    """Headers on lines of their own (the layout of the reference transcript)."""

    name = "speaker-blocks"

    def detect(self, lines: Sequence[str]) -> int:
        """How many speaker headers this layout finds (0: not this layout)."""
        return len(_find_headers(lines))

    def parse(self, lines: Sequence[str], source: Source) -> Transcript:
        headers = _find_headers(lines)
        if not headers:
            raise ParseError("no speaker headers found", source=source.path)
        headings = _find_headings(lines, headers)
        body_start = min([headers[0].start, *headings])
        if body_start > _MAX_PREAMBLE_LINES:
            raise ParseError(
                f"no speaker header in the first {body_start} lines: this layout (Chinese "
                "transcripts with headers such as a name, a title and (原话)) does not fit",
                source=source.path,
            )
        return _Builder(lines, headers, headings, source.path).build(
            source, preamble=lines[:body_start], body_start=body_start
        )


def _find_headers(lines: Sequence[str]) -> list[_Header]:
    headers: list[_Header] = []
    taken = 0
    for i, line in enumerate(lines):
        delivery = delivery_tag(line)
        if delivery is None or i == 0:
            continue
        qa = name_line(lines[i - 1])
        if qa and i - 1 >= taken:
            headers.append(_Header(i - 1, i + 1, qa.name, None, qa.firm, delivery))
        elif (
            i >= 2
            and i - 2 >= taken
            and _is_heading_line(lines[i - 2])
            and is_person_name(lines[i - 1])
        ):  # a heading, then a name with no title line: 业 务 回 顾 / 林浩然 / (原话)
            headers.append(_Header(i - 1, i + 1, lines[i - 1], None, None, delivery))
        elif (
            i >= 2
            and i - 2 >= taken
            and is_person_name(lines[i - 2])
            and is_job_title(lines[i - 1])
        ):
            headers.append(_Header(i - 2, i + 1, lines[i - 2], lines[i - 1], None, delivery))
        else:
            continue
        taken = i + 1
    # ``Name (Firm):`` or a known speaker's ``名字:`` is a header even without a delivery tag,
    # and so is a bare name over a job title (吴泳铭 / 阿里巴巴集团首席执行官).
    known = {_fold(h.name) for h in headers}
    used = {n for h in headers for n in range(h.start, h.end)}
    for i, line in enumerate(lines):
        qa = name_line(line)
        if i not in used and qa and (qa.firm or _fold(qa.name) in known):
            headers.append(_Header(i, i + 1, qa.name, None, qa.firm, None))
            used.add(i)
        elif (
            i + 1 < len(lines)
            and not used & {i, i + 1}
            and _BARE_NAME.match(line)
            and is_job_title(lines[i + 1])
            and _TITLE_WORD.search(lines[i + 1])
        ):
            headers.append(_Header(i, i + 2, line, lines[i + 1], None, None))
            used |= {i, i + 1}
    return sorted(headers, key=lambda h: h.start)


def _is_heading_line(line: str) -> bool:
    """A section heading by its words (问答, 财务回顾...), or typeset with spaces (业 务 回 顾)."""
    title = compact_heading(line)
    return _heading_like(line) and (classify(title) is not SectionKind.OTHER or title != line)


def _find_headings(lines: Sequence[str], headers: Sequence[_Header]) -> list[int]:
    used = {n for h in headers for n in range(h.start, h.end)}
    found: list[int] = []
    for h in headers:
        i = h.start - 1
        if i < 0 or i in used or not _heading_like(lines[i]):
            continue
        # The first heading must name a known kind of section, or it is still the title block.
        if found or classify(compact_heading(lines[i])) is not SectionKind.OTHER:
            found.append(i)
    found += [i for i, line in enumerate(lines) if i not in used and STANDALONE_HEADING.match(line)]
    return sorted(set(found))


def _heading_like(line: str) -> bool:
    return (
        is_short_label(line, max_chars=24)
        and not _PLEASANTRY.match(line)
        and not FOOTNOTE.match(line)
        and not END_MARKER.match(line)
    )


def _fold(name: str) -> str:
    return re.sub(r"\s+", "", name).casefold()


class _Builder:
    """Walks the body once, opening sections and turns at headings and headers."""

    def __init__(
        self, lines: Sequence[str], headers: Sequence[_Header], headings: Sequence[int], source: str
    ) -> None:
        self.lines = lines
        self.header_at = {h.start: h for h in headers}
        self.headings = set(headings)
        self.source = source
        self.speakers = SpeakerRegistry()
        self.section_ids = SectionIds()
        self.sections: list[Section] = []
        self.turns: list[Turn] = []
        self.footnotes: list[Footnote] = []
        self.end_marker: str | None = None
        # The open turn: its header, speaker, delivery and lines so far.
        self.open: tuple[tuple[str, ...], str, Delivery | None] | None = None
        self.open_lines: list[str] = []

    def build(self, source: Source, *, preamble: Sequence[str], body_start: int) -> Transcript:
        i = body_start
        while i < len(self.lines):
            line = self.lines[i]
            if i in self.headings:
                self._open_section(line)
            elif header := self.header_at.get(i):
                self._open_turn(header)
                i = header.end
                continue
            elif END_MARKER.match(line):
                self.end_marker = line
            elif self.open is None:
                raise ParseError(
                    f"text before the first speaker: {line[:30]!r}", source=self.source
                )
            else:
                self.open_lines.append(line)
            i += 1
        self._close_turn()
        speakers = self.speakers.freeze()
        by_id = {s.id: s for s in speakers}
        return Transcript(
            source=source,
            call=read_call(preamble, source=self.source),
            preamble=tuple(preamble),
            speakers=speakers,
            sections=tuple(self.sections),
            turns=tuple(self.turns),
            qa=group_exchanges(self.turns, self.sections, by_id),
            footnotes=tuple(self.footnotes),
            end_marker=self.end_marker,
        )

    def _open_section(self, heading: str) -> None:
        continuing = self.open
        self._close_turn()
        title = compact_heading(heading)
        kind = classify(title)
        self.sections.append(
            Section(self.section_ids.next(kind), kind, title, heading, generic_title_en(kind))
        )
        if continuing is not None:  # a heading inside a turn: the same speaker goes on
            self.open = ((), continuing[1], continuing[2])

    def _open_turn(self, header: _Header) -> None:
        self._close_turn()
        if not self.sections:  # headers before any heading: an untitled opening section
            kind = SectionKind.INTRODUCTION
            self.sections.append(Section(self.section_ids.next(kind), kind, "", "", None))
        speaker = self.speakers.meet(header.name, title=header.title, firm=header.firm)
        self.open = (tuple(self.lines[header.start : header.end]), speaker, header.delivery)

    def _close_turn(self) -> None:
        if self.open is None:
            return
        header, speaker, delivery = self.open
        if not header and not self.open_lines:  # a continuation that a new header cut off
            self.open = None
            return
        body = assemble(self.open_lines)
        index = len(self.turns)
        self.turns.append(
            Turn(index, self.sections[-1].id, speaker, delivery, body.paragraphs, header)
        )
        self.footnotes += [Footnote(marker, text, index) for marker, text in body.footnotes]
        self.open, self.open_lines = None, []
