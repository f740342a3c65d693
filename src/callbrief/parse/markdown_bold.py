"""Markdown with bold speaker headers, as transcript sites publish them.

``**Jane Doe - Example Corp, CFO**``, ``**Jane Doe** (Example Corp - CFO)``,
``**John Roe, Example Securities:**`` or ``**Operator**``, often with a ``(00:12:34)``
timestamp on the header's line or the next, then the turn's paragraphs; Markdown headings
(``## Prepared Remarks``, ``## Questions and Answers``) open sections, and a ``#`` title
before the first header is the title block.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from callbrief.errors import ParseError
from callbrief.model import Source, Transcript
from callbrief.parse.labels import (
    ROLE,
    LastReading,
    affiliation,
    build,
    find_headings,
    is_speaker_name,
    markdown_heading,
    recognised,
)
from callbrief.parse.layout import Detection
from callbrief.parse.turns import Header

_BOLD = re.compile(r"^\*\*(?P<inner>[^*]{1,120}?)\*\*\s*(?P<rest>.*)$")
# Inside the bold: ``Name (Affiliation)``, ``Name - Affiliation``, ``Name, Affiliation``.
_INNER = re.compile(
    r"^(?P<name>[^(),]+?)\s*"
    r"(?:\((?P<paren>[^()]+)\)|(?:,|\s[-\u2013\u2014])\s*(?P<said>.+?))?\s*:?$"
)
_TIME = r"[(\[]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?"
# After the bold: an affiliation in parentheses, a timestamp, a colon, the turn's text.
_REST = re.compile(
    rf"^(?:\((?P<paren>[^()]*[^\d():\s][^()]*)\))?\s*(?P<time>{_TIME})?\s*:?\s*(?P<text>.*)$"
)
_TIMESTAMP_LINE = re.compile(rf"^{_TIME}$")
_MIN_HEADERS = 2


@dataclass(frozen=True, slots=True)
class BoldHeader:
    """A bold header line: who speaks, what the header says of them, and its marks."""

    header: Header
    marked: bool
    """Whether the header carries an affiliation this pack recognises, a role or a time."""


class MarkdownBoldLayout:
    """Bold ``**Name - Company, Title**`` header lines, then paragraphs.

    ``detect`` scores 0 with fewer than two bold headers or two speakers; otherwise 0.6,
    plus 0.25 times the share of headers that carry an affiliation, a role or a timestamp,
    plus 0.1 when Markdown headings open the sections.
    """

    name = "markdown-bold"
    description = "Markdown: bold '**Name - Company, Title**' header lines, (00:12:34) times"
    example = "**Jane Doe - Example Corp, CFO** (00:12:34) / **John Roe, Example Securities:**"

    def __init__(self) -> None:
        self._read = LastReading(_read)

    def detect(self, lines: Sequence[str]) -> Detection:
        read = self._read(lines)
        if isinstance(read, str):
            return Detection(0.0, read)
        found, headings = read
        marked = sum(b.marked for b in found)
        markdown = any(markdown_heading(lines[i]) is not None for i in headings)
        score = 0.6 + 0.25 * marked / len(found) + (0.1 if markdown else 0.0)
        return Detection(
            round(score, 3),
            f"{len(found)} bold speaker headers, {marked} with an affiliation, role or time",
        )

    def parse(self, lines: Sequence[str], source: Source) -> Transcript:
        read = self._read(lines)
        if isinstance(read, str):
            raise ParseError(f"the {self.name} layout does not fit: {read}", source=source.path)
        found, headings = read
        return build(lines, [b.header for b in found], headings, source)


def _read(lines: Sequence[str]) -> tuple[list[BoldHeader], dict[int, str]] | str:
    candidates = [b for i in range(len(lines)) if (b := _bold_header(lines, i))]
    said = Counter(b.header.name.casefold() for b in candidates)
    found = [b for b in candidates if b.marked or said[b.header.name.casefold()] >= 2]
    if len(found) < _MIN_HEADERS or len({b.header.name.casefold() for b in found}) < 2:
        return "no bold speaker headers such as '**Jane Doe - Example Corp, CFO**'"
    taken = {n for b in found for n in range(b.header.start, b.header.end)}
    return found, find_headings(lines, taken, found[0].header.start)


def _bold_header(lines: Sequence[str], i: int) -> BoldHeader | None:
    m = _BOLD.match(lines[i])
    inner = _INNER.match(m["inner"].strip()) if m else None
    rest = _REST.match(m["rest"]) if m else None
    if not (m and inner and rest) or not is_speaker_name(name := inner["name"].strip()):
        return None
    said = inner["paren"] or inner["said"] or rest["paren"]
    title, firm = affiliation(said)
    end = i + 1
    time = rest["time"]
    if time is None and end < len(lines) and _TIMESTAMP_LINE.match(lines[end]):
        time, end = lines[end], end + 1
    marked = bool(ROLE.match(name)) or time is not None or (said is not None and recognised(said))
    header = Header(i, end, name, title, firm, text=rest["text"] or None)
    return BoldHeader(header, marked)
