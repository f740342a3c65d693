"""Paragraphs of a turn: footnotes set aside, page-broken paragraphs repaired."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from callbrief.parse.lines import FOOTNOTE, ends_sentence

# A line shorter than this that ends without punctuation is a label, not a broken paragraph.
_MIN_BROKEN_LINE = 20
_ASCII_WORD_END = re.compile(r"[A-Za-z0-9]$")
_ASCII_WORD_START = re.compile(r"^[A-Za-z0-9]")


@dataclass(frozen=True, slots=True)
class Body:
    """A turn's running text and the footnotes printed among it."""

    paragraphs: tuple[str, ...]
    footnotes: tuple[tuple[str, str], ...]
    """(marker, text) pairs."""


def assemble(lines: Iterable[str]) -> Body:
    """Group a turn's lines into paragraphs.

    Footnote lines (``¹ ...``) are set aside, so a paragraph that a page break split around
    its page's footnotes is joined again: a long line that ends without closing punctuation
    continues on the next line.
    """
    paragraphs: list[str] = []
    footnotes: list[tuple[str, str]] = []
    open_paragraph = False
    for line in lines:
        if m := FOOTNOTE.match(line):
            footnotes.append((m["marker"], m["text"]))
            continue
        if open_paragraph:
            paragraphs[-1] = _join(paragraphs[-1], line)
        else:
            paragraphs.append(line)
        open_paragraph = len(paragraphs[-1]) >= _MIN_BROKEN_LINE and not ends_sentence(line)
    return Body(tuple(paragraphs), tuple(footnotes))


def _join(head: str, tail: str) -> str:
    # Latin words were separated by the line break; CJK text never has a space there.
    if _ASCII_WORD_END.search(head) and _ASCII_WORD_START.search(tail):
        return f"{head} {tail}"
    return head + tail
