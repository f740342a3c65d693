"""The reference layout: speaker headers as blocks of their own lines.

Prepared remarks open with a name line, a title line and a delivery tag; Q&A turns with
``Name (Firm):`` and a delivery tag. Section headings stand alone before a header. This module
only finds headers and headings; ``parse.turns.TurnBuilder`` reads the turns between them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from callbrief.errors import ParseError
from callbrief.lang.en import structure as en
from callbrief.lang.zh import structure as zh
from callbrief.model import SectionKind, Source, Transcript
from callbrief.parse.layout import Detection
from callbrief.parse.lines import (
    END_MARKER,
    FOOTNOTE,
    alternatives,
    compact_heading,
    delivery_tag,
    is_job_title,
    is_person_name,
    is_short_label,
    name_line,
)
from callbrief.parse.sections import STANDALONE_HEADING, classify
from callbrief.parse.turns import Header, TurnBuilder, body_start

_PLEASANTRY = re.compile(f"^({alternatives(zh.PLEASANTRIES, en.PLEASANTRIES)})", re.IGNORECASE)
# Words that make a line a job title, for headers without a delivery tag.
_TITLE_WORD = re.compile(alternatives(zh.JOB_TITLE_WORDS, en.JOB_TITLE_WORDS))
# A name on its own, for headers without a delivery tag: 2-4 Han characters, or Latin words.
_BARE_NAME = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){1,3})$")
# The title block is a few short lines; much more means this layout did not recognise the text.
_MAX_PREAMBLE_LINES = 16
_HEADER_SHAPES = f"a name, a title and ({zh.ORIGINAL_TAGS[0]}), or 'Name (Firm):'"


class SpeakerBlockLayout:
    """Headers on lines of their own (the layout of the reference transcript).

    ``detect`` scores 0 when it finds no header, or none in the first 16 lines (a title block
    that long means another layout); otherwise at least 0.5, rising to 1 with the share of
    headers that carry a delivery tag (this layout's own mark).
    """

    name = "speaker-blocks"
    description = (
        "speaker headers on lines of their own: a name, a title and a delivery tag, or Name (Firm):"
    )
    example = " / ".join(zh.SAMPLE_SPEAKER_BLOCK)

    def detect(self, lines: Sequence[str]) -> Detection:
        read = _read(lines)
        if isinstance(read, str):
            return Detection(0.0, read)
        headers, _ = read
        tagged = sum(h.delivery is not None for h in headers)
        return Detection(
            0.5 + 0.5 * tagged / len(headers),
            f"{len(headers)} speaker headers, {tagged} with a delivery tag",
        )

    def parse(self, lines: Sequence[str], source: Source) -> Transcript:
        read = _read(lines)
        if isinstance(read, str):
            raise ParseError(f"the {self.name} layout does not fit: {read}", source=source.path)
        headers, headings = read
        return TurnBuilder(lines, headers, headings, source).build()


def _read(lines: Sequence[str]) -> tuple[list[Header], list[int]] | str:
    """The headers and headings of the text, or why this layout does not fit it."""
    headers = _find_headers(lines)
    if not headers:
        return f"no speaker headers such as {_HEADER_SHAPES}"
    headings = _find_headings(lines, headers)
    start = body_start(headers, headings)
    if start > _MAX_PREAMBLE_LINES:
        return f"no speaker header in the first {start} lines: a title block that long does not fit"
    return headers, headings


def _find_headers(lines: Sequence[str]) -> list[Header]:
    headers: list[Header] = []
    taken = 0
    for i, line in enumerate(lines):
        delivery = delivery_tag(line)
        if delivery is None or i == 0:
            continue
        qa = name_line(lines[i - 1])
        if qa and i - 1 >= taken:
            headers.append(Header(i - 1, i + 1, qa.name, None, qa.firm, delivery))
        elif (
            i >= 2
            and i - 2 >= taken
            and _is_heading_line(lines[i - 2])
            and is_person_name(lines[i - 1])
        ):  # a heading, then a name with no title line: 业 务 回 顾 / 林浩然 / (原话)
            headers.append(Header(i - 1, i + 1, lines[i - 1], None, None, delivery))
        elif (
            i >= 2
            and i - 2 >= taken
            and is_person_name(lines[i - 2])
            and is_job_title(lines[i - 1])
        ):
            headers.append(Header(i - 2, i + 1, lines[i - 2], lines[i - 1], None, delivery))
        else:
            continue
        taken = i + 1
    # ``Name (Firm):`` or a known speaker's ``名字:`` is a header even without a delivery tag,
    # and so is a bare name over a job title (林嘉远 / 星云科技集团首席执行官).
    known = {_fold(h.name) for h in headers}
    used = {n for h in headers for n in range(h.start, h.end)}
    for i, line in enumerate(lines):
        qa = name_line(line)
        if i not in used and qa and (qa.firm or _fold(qa.name) in known):
            headers.append(Header(i, i + 1, qa.name, None, qa.firm, None))
            used.add(i)
        elif (
            i + 1 < len(lines)
            and not used & {i, i + 1}
            and _BARE_NAME.match(line)
            and is_job_title(lines[i + 1])
            and _TITLE_WORD.search(lines[i + 1])
        ):
            headers.append(Header(i, i + 2, line, lines[i + 1], None, None))
            used |= {i, i + 1}
    return sorted(headers, key=lambda h: h.start)


def _is_heading_line(line: str) -> bool:
    """A section heading by its words (问答, 财务回顾...), or typeset with spaces (业 务 回 顾)."""
    title = compact_heading(line)
    return _heading_like(line) and (classify(title) is not SectionKind.OTHER or title != line)


def _find_headings(lines: Sequence[str], headers: Sequence[Header]) -> list[int]:
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
