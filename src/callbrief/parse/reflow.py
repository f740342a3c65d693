"""Hard-wrapped text made whole again: lines wrapped at a fixed column (as providers' plain
text is, at ~70-80 columns) joined into the paragraphs they were cut from.

The line breaks of a wrapped paragraph are the wrapper's: a line ends where the next word
would not have fitted. So two lines belong to one paragraph when the second's first word
would not fit on the first, whatever punctuation the first ends with (a wrap right after a
full stop or a closing parenthesis is still inside the paragraph); a line the next word would
have fitted on ends its paragraph. Text that is not hard-wrapped is left as it is.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from callbrief.model import SectionKind
from callbrief.parse.turns import Header, body_start

# A wrapped text's lines are at most this long (wider lines are paragraphs on one line).
_MAX_WRAP_WIDTH = 100
# Its lines mostly end near the width, and many of them inside a sentence.
_NEAR_WIDTH = 20
_MIN_NEAR_SHARE = 0.5
_MIN_OPEN_SHARE = 0.3
_MIN_LINES = 8
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")
_HYPHEN_WRAP = re.compile(r"[A-Za-z]-$")


def wrap_width(lines: Sequence[str]) -> int | None:
    """The column ``lines`` were hard-wrapped at (the longest line), or None if they were not."""
    if len(lines) < _MIN_LINES:
        return None
    fitting = [len(line) for line in lines if len(line) <= _MAX_WRAP_WIDTH]
    if len(fitting) < 0.9 * len(lines):
        return None
    width = max(fitting)
    near = sum(n >= width - _NEAR_WIDTH for n in fitting)
    open_ = sum(not _SENTENCE_END.search(line) for line in lines)
    if near < _MIN_NEAR_SHARE * len(lines) or open_ < _MIN_OPEN_SHARE * len(lines):
        return None
    return width


def unwrap(lines: Sequence[str], width: int) -> list[str]:
    """The paragraphs of consecutive wrapped ``lines`` (one speaker's), one per line."""
    paragraphs: list[str] = []
    previous = ""
    for line in lines:
        if previous and len(previous) + 1 + len(line.split(" ", 1)[0]) > width:
            glue = "" if _HYPHEN_WRAP.search(previous) else " "
            paragraphs[-1] = f"{paragraphs[-1]}{glue}{line}"
        else:
            paragraphs.append(line)
        previous = line
    return paragraphs


@dataclass(frozen=True, slots=True)
class Reflowed:
    """A layout's lines with some dropped and wrapped paragraphs joined, and the headers and
    headings at their new line indices."""

    lines: list[str]
    headers: list[Header]
    headings: list[int]
    kinds: dict[int, SectionKind]
    """The kind of section each heading opens, where the layout knew it."""
    width: int | None
    """The column the body was wrapped at; None when it was not hard-wrapped."""


def reflow(
    lines: Sequence[str],
    headers: Sequence[Header],
    headings: Mapping[int, SectionKind | None],
    drop: Collection[int] = (),
) -> Reflowed:
    """Drop the lines ``drop`` names, join the hard-wrapped lines of each turn into
    paragraphs, and move ``headers`` and ``headings`` (line index -> its section kind, None
    to classify by its words) to the lines' new indices. The title block stays as it is."""
    start = body_start(headers, list(headings))
    header_at = {h.start: h for h in headers}
    spans = {n for h in headers for n in range(h.start, h.end)}
    text = [
        line
        for i, line in enumerate(lines)
        if i >= start and i not in drop and i not in spans and i not in headings
    ]
    width = wrap_width(text)
    out: list[str] = []
    moved: list[Header] = []
    kinds: dict[int, SectionKind | None] = {}
    run: list[str] = []

    def flush() -> None:
        out.extend(unwrap(run, width) if width else run)
        run.clear()

    i = 0
    while i < len(lines):
        if i in drop:
            pass
        elif header := header_at.get(i):
            flush()
            moved.append(dataclasses.replace(header, start=len(out), end=len(out) + header.end - i))
            out.extend(lines[i : header.end])
            i = header.end
            continue
        elif i in headings:
            flush()
            kinds[len(out)] = headings[i]
            out.append(lines[i])
        elif i < start:
            out.append(lines[i])
        else:
            run.append(lines[i])
        i += 1
    flush()
    known = {n: k for n, k in kinds.items() if k is not None}
    return Reflowed(out, moved, sorted(kinds), known, width)
