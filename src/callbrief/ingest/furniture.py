"""Page furniture: page numbers, running headers and footers, copyright lines.

Found on the normalised (and, for Traditional text, Simplified) lines before parsing, so a
footer between a speaker's name and title lines never becomes a speaker or splits a header.
A PDF's pages (form feeds) give the page edges; a text without page marks is read by what
its lines repeat: a line recurring next to page numbers, or a recurring title of the call.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from callbrief.lang.en import furniture as en
from callbrief.lang.en import structure as en_structure
from callbrief.lang.zh import furniture as zh
from callbrief.lang.zh import structure as zh_structure

_PAGE_NUMBER = re.compile("^(?:" + "|".join(zh.PAGE_NUMBERS + en.PAGE_NUMBERS) + ")$", re.I)
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
_COPYRIGHT = re.compile("|".join(zh.COPYRIGHT + en.COPYRIGHT), re.I)
_TAGS: tuple[str, ...] = (*zh_structure.ORIGINAL_TAGS, *zh_structure.INTERPRETED_TAGS)
_TAGS += (*en_structure.ORIGINAL_TAGS, *en_structure.INTERPRETED_TAGS)
_TAG = re.compile(r"^[(\[]?\s*(?:" + "|".join(_TAGS) + r")\s*[)\]]?\s*:?$", re.I)
_TITLE_LIKE = re.compile(
    "|".join(zh_structure.CALL_DESCRIPTORS + en_structure.CALL_DESCRIPTORS), re.I
)
_PERSON_WORDS = re.compile(
    "|".join(
        (*zh_structure.JOB_TITLE_WORDS, *zh_structure.HOST_TITLE_WORDS,
         *zh_structure.OPERATOR_WORDS, *en_structure.JOB_TITLE_WORDS,
         *en_structure.HOST_TITLE_WORDS, *en_structure.OPERATOR_WORDS)
    ),
    re.I,
)  # fmt: skip
_ENDS: tuple[str, ...] = (zh_structure.FULL_STOP, zh_structure.QUESTION, zh_structure.EXCLAMATION)
_ENDS += (zh_structure.SEMICOLON, zh_structure.COLON, "?", "!", ";", ":")
_END_MARKER = re.compile("|".join(zh_structure.END_MARKERS + en_structure.END_MARKERS), re.I)
_SENTENCE_END = re.compile("[" + re.escape("".join(_ENDS)) + "]$")
_DIGITS = re.compile(r"\d+")

_MAX_LEN = 80
"""Furniture is short: a longer line is the transcript's text."""
_EDGE = 2
"""Lines at a page's top and bottom that may be running headers and footers."""
_MIN_REPEATS = 3
_OPENING_LINES = 8
"""A recurring line first seen among the text's first lines is there its title, not a header."""


def furniture(pages: Sequence[Sequence[str]]) -> list[set[int]]:
    """For each page (lines of normalised text, blank ones included), the indices of its page
    furniture lines. More than one page: pages as a PDF or form feeds give them."""
    marked = [{i for i, line in enumerate(page) if _is_marked(line)} for page in pages]
    if len(pages) > 1:
        _mark_page_edges(pages, marked)
    else:
        _mark_recurring(pages[0], marked[0])
    return marked


def _is_marked(line: str) -> bool:
    """A page number or a copyright line, wherever it stands."""
    if not line or len(line) > _MAX_LEN:
        return False
    return bool(_PAGE_NUMBER.match(line) or _COPYRIGHT.search(line))


def _key(line: str) -> str:
    return _DIGITS.sub("#", line)


def _could_repeat(line: str) -> bool:
    """Could be a running header or footer: short, not a sentence, a delivery tag or a label."""
    return 0 < len(line) <= _MAX_LEN and not _TAG.match(line) and not _SENTENCE_END.search(line)


def _edges(page: Sequence[str], marked: set[int]) -> list[int]:
    rest = [i for i, line in enumerate(page) if line and i not in marked]
    return sorted(set(rest[:_EDGE] + rest[-_EDGE:]))


def _mark_page_edges(pages: Sequence[Sequence[str]], marked: list[set[int]]) -> None:
    """Bare page numbers at a page's top or bottom; lines at the edges of most pages."""
    for page, found in zip(pages, marked, strict=True):
        found |= {i for i in _edges(page, found) if _BARE_NUMBER.match(page[i])}
    seen = Counter(
        key
        for page, found in zip(pages, marked, strict=True)
        for key in {_key(page[i]) for i in _edges(page, found) if _could_repeat(page[i])}
    )
    running = {k for k, n in seen.items() if n >= _MIN_REPEATS and n * 2 >= len(pages)}
    for page, found in zip(pages, marked, strict=True):
        found |= {i for i in _edges(page, found) if _key(page[i]) in running}


def _mark_recurring(lines: Sequence[str], marked: set[int]) -> None:
    """In a text without page marks: bare page numbers in sequence, lines that recur next to
    page numbers, and a recurring title of the call."""
    filled = [i for i, line in enumerate(lines) if line]
    bare = [i for i in filled if _BARE_NUMBER.match(lines[i])]
    values = [int(lines[i]) for i in bare]
    if len(bare) >= 2 and values == sorted(set(values)):
        marked |= set(bare)
    numbers = set(marked)  # lines beside page numbers, not beside lines found to recur
    neighbours = _neighbours(filled)
    counts = Counter(_key(lines[i]) for i in filled if i not in marked)
    by_key: dict[str, list[int]] = {}
    for i in filled:
        if i not in marked and counts[_key(lines[i])] >= _MIN_REPEATS and _could_repeat(lines[i]):
            by_key.setdefault(_key(lines[i]), []).append(i)
    opening = set(filled[:_OPENING_LINES])
    for at in by_key.values():
        beside = [i for i in at if any(n in numbers for n in neighbours[i])]
        next_to_numbers = len(beside) >= _MIN_REPEATS and len(beside) * 2 >= len(at)
        if next_to_numbers or _is_call_title(lines[at[0]]):
            title = at[0] in opening and at[0] not in beside  # the title block's own line
            marked |= set(at[1:] if title else at)


def _neighbours(filled: Sequence[int]) -> dict[int, tuple[int, ...]]:
    return {
        i: tuple(filled[k] for k in (n - 1, n + 1) if 0 <= k < len(filled))
        for n, i in enumerate(filled)
    }


def _is_call_title(line: str) -> bool:
    """A line naming the call (``某某集团 2025 年 3 月份季度业绩电话会``), no person's title."""
    if _END_MARKER.search(line) or _PERSON_WORDS.search(line):
        return False
    return bool(_TITLE_LIKE.search(line))
