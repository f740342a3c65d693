"""The name-lines layout: each turn opens with a line that names its speaker, and the turn's
paragraphs follow on the next lines (the forms a transcript takes when copied from a web page).

``张三 示例集团首席财务官(原话)``, ``李四 (示例证券):``, ``王五:``, ``Operator``, ``Jane Doe``,
``Jane Doe - Chief Financial Officer``, ``Jane Doe -- Example Securities -- Analyst``. A line is
a header when something says so: a delivery tag, a firm, a title, a name that recurs as a
header or is given in a participant list or by the operator, or the repeating pattern of such
lines; never a line inside a paragraph. This module finds headers and headings;
``parse.turns.TurnBuilder`` reads the turns between them.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from callbrief.errors import ParseError
from callbrief.lang.en import name_lines as en_lines
from callbrief.lang.en import structure as en
from callbrief.lang.zh import name_lines as zh_lines
from callbrief.lang.zh import structure as zh
from callbrief.model import Role, SectionKind, Source, Transcript
from callbrief.parse.header_lines import HeaderLine, Mark, read_header_line
from callbrief.parse.layout import Detection
from callbrief.parse.lines import (
    END_MARKER,
    FOOTNOTE,
    alternatives,
    compact_heading,
    delivery_tag,
    ends_sentence,
    is_job_title,
    is_short_label,
)
from callbrief.parse.participants import Roster, fold, introduced_firms, read_roster
from callbrief.parse.sections import STANDALONE_HEADING, classify
from callbrief.parse.turns import Header, TurnBuilder, body_start

_PLEASANTRY = re.compile(f"^({alternatives(zh.PLEASANTRIES, en.PLEASANTRIES)})", re.IGNORECASE)
_WELCOME = (re.compile(zh.WELCOME), re.compile(en.WELCOME))
_TITLE_WORD = re.compile(alternatives(zh.JOB_TITLE_WORDS, en.JOB_TITLE_WORDS))
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A line at least this long that ends without punctuation runs on into the next one
# (``parse.paragraphs``): a name-like line after it is inside the paragraph.
_RUNS_ON = 20
_MAX_PREAMBLE_LINES = 16
# A title block's line is shorter than this, or does not end a sentence.
_PROSE = 30
# Weak headers (a bare name, a name and a colon) of one kind are a pattern from this many on.
_PATTERN = 3
# The share of headers continued by a title or tag line that makes the text a block layout.
_BLOCK_SHARE = 0.3
_SHAPES = f"a name line such as '{en_lines.SAMPLE_HEADER}' or '{zh_lines.SAMPLE_HEADER}'"


@dataclass(frozen=True, slots=True)
class _Reading:
    headers: list[Header]
    headings: list[int]
    skip: set[int]
    score: float
    reason: str
    warnings: tuple[str, ...]


class NameLineLayout:
    """Headers on one line each, the turn's paragraphs after them.

    ``detect`` scores 0 with fewer than two headers or a title block over 16 lines; low
    (below 0.2) when most headers continue on the next line with a title or a delivery tag
    (the block form ``speaker-blocks`` reads); otherwise 0.5 plus 0.4 times the share of
    headers marked by a tag, firm, title, colon or a name that recurs as a header.
    """

    name = "name-lines"
    description = (
        "a speaker's name on a line of its own (with a title, firm, delivery tag or colon), "
        "then the turn's paragraphs"
    )
    example = f"{zh_lines.SAMPLE_HEADER} / {en_lines.SAMPLE_HEADER}"

    def detect(self, lines: Sequence[str]) -> Detection:
        read = _read(lines)
        if isinstance(read, str):
            return Detection(0.0, read)
        return Detection(read.score, read.reason)

    def parse(self, lines: Sequence[str], source: Source) -> Transcript:
        read = _read(lines)
        if isinstance(read, str):
            raise ParseError(f"the {self.name} layout does not fit: {read}", source=source.path)
        t = TurnBuilder(lines, read.headers, read.headings, source, skip=read.skip).build()
        return dataclasses.replace(t, warnings=(*t.warnings, *read.warnings))


def _read(lines: Sequence[str]) -> _Reading | str:
    """The headers and headings of the text, or why this layout does not fit it."""
    candidates = {
        i: h
        for i, line in enumerate(lines)
        if (h := read_header_line(line)) and not _is_heading_text(line, h)
    }
    roster = read_roster(lines, candidates)
    found = _accept(lines, candidates, roster)
    if len(found) < 2:
        return f"fewer than two speaker lines such as {_SHAPES}"
    headers = _headers(lines, found, candidates, roster)
    headings = _find_headings(lines, headers, roster.lines)
    start = body_start(headers, headings)
    if start - len(roster.lines) > _MAX_PREAMBLE_LINES:
        return f"no speaker line in the first {start} lines: a title block that long does not fit"
    if prose := next((line for line in lines[:start] if _is_prose(line)), None):
        return f"running text before the first speaker line: {prose[:30]!r}"
    score, reason = _score(lines, headers, found, candidates)
    warnings = (*_unread_names(lines, candidates, found, roster), *_silent(roster, headers))
    return _Reading(headers, headings, roster.lines, score, reason, warnings)


def _is_prose(line: str) -> bool:
    """A paragraph's line, not a title block's: long and ending a sentence."""
    return len(line) >= _PROSE and ends_sentence(line) and not line.endswith(")")


def _is_heading_text(line: str, h: HeaderLine) -> bool:
    """A bare line that is a section heading or a pleasantry, not a name."""
    if h.mark > Mark.COLON:
        return False
    text = compact_heading(line.rstrip(":"))
    return bool(
        STANDALONE_HEADING.match(text)
        or classify(text) is not SectionKind.OTHER
        or _PLEASANTRY.match(text)
    )


def _accept(lines: Sequence[str], candidates: dict[int, HeaderLine], roster: Roster) -> list[int]:
    """The candidate lines that are headers, by the evidence for each."""
    body = {i: h for i, h in candidates.items() if i not in roster.lines and i + 1 < len(lines)}
    counts = Counter(fold(h.name) for h in body.values())
    known = {fold(h.name) for h in body.values() if h.mark >= Mark.TITLE} | set(roster.entries)
    known |= {k for k, n in counts.items() if n >= 2}
    text = "\n".join(line for i, line in enumerate(lines) if i not in candidates)
    found = [i for i, h in body.items() if _has_evidence(h, known, text)]
    first = min(found, default=len(lines))
    found = [i for i in found if i == first or not _inside_paragraph(lines, i)]
    for mark in (Mark.BARE, Mark.COLON):  # a repeating pattern of weak headers
        same = [i for i in found if body[i].mark is mark]
        if len(same) >= _PATTERN:
            found += [
                i
                for i, h in body.items()
                if h.mark is mark and i not in found and i > first and _patterned(lines, i, h)
            ]
    return sorted(found)


def _has_evidence(h: HeaderLine, known: set[str], text: str) -> bool:
    if h.mark >= Mark.TITLE or h.role is not None or fold(h.name) in known:
        return True
    if _HAN.search(h.name) and h.mark is Mark.BARE:
        return False  # a bare Han word is a name only when a stronger header gives it
    if _HAN.search(h.name):
        return h.name in text
    return re.search(rf"\b{re.escape(h.name)}\b", text) is not None


def _patterned(lines: Sequence[str], i: int, h: HeaderLine) -> bool:
    """A weak header joins the pattern if it is not inside a paragraph and is a full name
    (a bare Han word needs a stronger header to be a name)."""
    if _inside_paragraph(lines, i):
        return False
    return _is_latin_full_name(h.name) or (h.mark is Mark.COLON and bool(_HAN.search(h.name)))


def _inside_paragraph(lines: Sequence[str], i: int) -> bool:
    before = lines[i - 1]
    return (
        len(before) >= _RUNS_ON and not ends_sentence(before) and read_header_line(before) is None
    )


def _headers(
    lines: Sequence[str], found: list[int], candidates: dict[int, HeaderLine], roster: Roster
) -> list[Header]:
    """One ``Header`` a found line, its title, firm and role completed from the participant
    list, the speaker's other headers and the operator's introductions."""
    info: dict[str, HeaderLine] = dict(roster.entries)
    for i in found:
        h = candidates[i]
        had = info.get(fold(h.name))
        if had is None or (had.title is None and had.firm is None):
            info[fold(h.name)] = h
    firms = introduced_firms(lines, {k for k, h in info.items() if h.title is h.firm is None})
    headers = []
    for n, i in enumerate(found):
        h, whole = candidates[i], info[fold(candidates[i].name)]
        title, firm = h.title or whole.title, h.firm or whole.firm or firms.get(fold(h.name))
        role = h.role or whole.role
        if role is None and title is firm is None and n < 2 and _welcomes(lines, i + 1):
            role = Role.HOST  # the untitled speaker who opens the call with its welcome
        end, delivery = i + 1, h.delivery
        if delivery is None and i + 1 < len(lines) and (tag := delivery_tag(lines[i + 1])):
            end, delivery = i + 2, tag  # a delivery tag on the next line
        headers.append(Header(i, end, h.name, title, firm, delivery, role=role))
    return headers


def _welcomes(lines: Sequence[str], i: int) -> bool:
    return any(p.search(line) for line in lines[i : i + 2] for p in _WELCOME)


def _find_headings(lines: Sequence[str], headers: Sequence[Header], skip: set[int]) -> list[int]:
    used = skip | {n for h in headers for n in range(h.start, h.end)}
    starts = {h.start for h in headers}
    found: list[int] = []
    for i, line in enumerate(lines):
        if i in used or not _heading_like(line):
            continue
        title = compact_heading(line.rstrip(":"))
        kind = classify(title)
        named = (i + 1 in starts or line.endswith(":")) and kind is not SectionKind.OTHER
        spaced = found and i + 1 in starts and title != line  # typeset with spaces: 业 务 回 顾
        if STANDALONE_HEADING.match(title) or named or spaced:
            found.append(i)
    return found


def _heading_like(line: str) -> bool:
    return (
        is_short_label(line.rstrip(":"), max_chars=32)
        and not line.endswith(".")
        and not _PLEASANTRY.match(line)
        and not FOOTNOTE.match(line)
        and not END_MARKER.match(line)
    )


def _score(
    lines: Sequence[str],
    headers: Sequence[Header],
    found: Sequence[int],
    candidates: dict[int, HeaderLine],
) -> tuple[float, str]:
    n = len(headers)
    continued = sum(_continues(lines, h.start + 1) for h in headers)
    if continued > _BLOCK_SHARE * n:
        share = continued / n
        return round(0.2 * (1 - share), 2), (
            f"{continued} of {n} name lines continue with a title or delivery-tag line "
            "(a block layout)"
        )
    counts = Counter(fold(candidates[i].name) for i in found)
    marked = sum(
        candidates[i].mark > Mark.BARE or counts[fold(candidates[i].name)] > 1 for i in found
    )
    # At most 0.9: a name alone on a line is a weaker mark than a layout's own (delivery tags,
    # 'Name -- Title' lines with their section labels), which win where both read a text.
    return round(0.5 + 0.4 * marked / n, 2), f"{n} speaker lines, {marked} marked or recurring"


def _continues(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` carries on the header above it: a delivery tag or a title line."""
    if i >= len(lines):
        return False
    line = lines[i]
    if delivery_tag(line):
        return True
    return is_job_title(line) and not ends_sentence(line) and bool(_TITLE_WORD.search(line))


def _unread_names(
    lines: Sequence[str], candidates: dict[int, HeaderLine], found: list[int], roster: Roster
) -> tuple[str, ...]:
    """Lines left as text that read like a speaker's name line between paragraphs."""
    taken, first = set(found) | roster.lines, min(found)

    def unread(i: int, h: HeaderLine) -> bool:
        if i in taken or i <= first or i + 1 >= len(lines) or _inside_paragraph(lines, i):
            return False
        return h.mark <= Mark.COLON and _is_latin_full_name(h.name)

    return tuple(
        f"a line {lines[i]!r} reads like a speaker's name line but was taken as text"
        for i, h in candidates.items()
        if unread(i, h)
    )


def _is_latin_full_name(name: str) -> bool:
    return " " in name and not _HAN.search(name)


def _silent(roster: Roster, headers: Sequence[Header]) -> tuple[str, ...]:
    """A participant list whose people never speak: their speaker lines were not read."""
    spoke = {fold(h.name) for h in headers}
    silent = [entry.name for key, entry in roster.entries.items() if key not in spoke]
    if not silent:
        return ()
    return (
        f"the participant list names {', '.join(silent)}, who never speak: speaker lines that "
        "were not recognised",
    )
