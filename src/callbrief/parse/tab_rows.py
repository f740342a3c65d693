"""Tab-separated rows: ``Speaker<TAB>Title<TAB>Text``, one row a paragraph.

As spreadsheets and transcript exports give them (ingest keeps a table's tabs): consecutive
rows of one speaker, or rows with no speaker, are one turn; a title with a firm
(``Analyst, Example Securities``) makes an analyst; a header row (``Speaker<TAB>Title<TAB>Text``)
is skipped; a line of one cell that names a section (``Question and Answer``) opens one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from callbrief.errors import ParseError
from callbrief.lang.en import inline_simple as en_words
from callbrief.lang.zh import inline_simple as zh_words
from callbrief.model import Source, Transcript
from callbrief.parse.labels import (
    LastReading,
    affiliation,
    build,
    known_kind,
    role_title,
    section_heading,
)
from callbrief.parse.layout import Detection
from callbrief.parse.turns import Header

_COLUMN_HEADERS = {w.casefold() for w in (*zh_words.COLUMN_HEADERS, *en_words.COLUMN_HEADERS)}
_CELLS = 3
_MAX_NAME_CHARS = 60
_MIN_ROWS = 3


@dataclass(frozen=True, slots=True)
class Rows:
    """What the rows say: the lines to build from (the header row left out, continuation
    rows as their text), the speaker headers and the section headings."""

    lines: list[str]
    headers: list[Header]
    headings: dict[int, str]
    rows: int
    column_row: bool


class TabRowLayout:
    """``Speaker<TAB>Title<TAB>Text`` rows.

    ``detect`` scores 0 with fewer than three rows or two speakers; otherwise 0.4 plus 0.55
    times the share of lines from the first row on that are rows (headings aside), plus 0.05
    for a header row.
    """

    name = "tab-rows"
    description = "tab-separated rows: Speaker<TAB>Title<TAB>Text, one row a paragraph"
    example = "Jane Doe<TAB>Chief Financial Officer<TAB>Thank you, and good morning."

    def __init__(self) -> None:
        self._read = LastReading(_read)

    def detect(self, lines: Sequence[str]) -> Detection:
        read = self._read(lines)
        if isinstance(read, str):
            return Detection(0.0, read)
        start = read.headers[0].start
        body = len(read.lines) - start - sum(i > start for i in read.headings)
        score = 0.4 + 0.55 * read.rows / max(1, body) + (0.05 if read.column_row else 0.0)
        speakers = len({h.name for h in read.headers})
        return Detection(
            round(min(1.0, score), 3),
            f"{read.rows} of {body} lines are Speaker<TAB>Title<TAB>Text rows "
            f"({speakers} speakers)",
        )

    def parse(self, lines: Sequence[str], source: Source) -> Transcript:
        read = self._read(lines)
        if isinstance(read, str):
            raise ParseError(f"the {self.name} layout does not fit: {read}", source=source.path)
        return build(read.lines, read.headers, read.headings, source)


def _cells(line: str) -> list[str] | None:
    cells = line.split("\t", _CELLS - 1)
    if len(cells) < _CELLS or len(cells[0]) > _MAX_NAME_CHARS or not cells[2]:
        return None
    return cells


def _is_column_row(cells: Sequence[str]) -> bool:
    return all(c.casefold() in _COLUMN_HEADERS for c in cells if c)


def _read(lines: Sequence[str]) -> Rows | str:
    column_row = next(
        (i for i, line in enumerate(lines) if (c := _cells(line)) and _is_column_row(c)), None
    )
    body = [line for i, line in enumerate(lines) if i != column_row]
    headers: list[Header] = []
    headings: dict[int, str] = {}
    rows = 0
    speaker: tuple[str, str] | None = None  # (name, title) of the open turn
    for i, line in enumerate(body):
        cells = _cells(line)
        if cells is None:
            title = section_heading(line) if "\t" not in line else None
            if title is not None and (rows or known_kind(title)):  # else: the title block
                headings[i] = title
            continue
        rows += 1
        name, said, text = cells
        if not name or (speaker and speaker[0] == name and said in ("", speaker[1])):
            body[i] = text  # the same speaker's next paragraph
            continue
        speaker = (name, said)
        title, firm = affiliation(said)
        headers.append(Header(i, i + 1, name, role_title(name, title), firm, text=text))
    if rows < _MIN_ROWS or len({h.name for h in headers}) < 2:
        return "no Speaker<TAB>Title<TAB>Text rows from two speakers or more"
    return Rows(body, headers, headings, rows, column_row is not None)
