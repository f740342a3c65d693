"""Plain prose with no speaker labels: prepared remarks pasted from a press release or a web
page, a sentence or a paragraph a line, read as one statement by an unnamed management
speaker (``Management``, ``管理层``), with a warning that no speakers were found.

It is the last resort: it scores just above ``MIN_SCORE``, so any layout that finds speakers
wins, and only a text that is prose through and through reaches it.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from callbrief.errors import ParseError
from callbrief.lang.en import inline_simple as en_words
from callbrief.lang.zh import inline_simple as zh_words
from callbrief.model import SectionKind, Source, Transcript
from callbrief.parse.layout import Detection
from callbrief.parse.lines import delivery_tag, ends_sentence, name_line
from callbrief.parse.turns import Header, TurnBuilder

WARNING = "no speakers were found: read as one management statement"

_HAN = re.compile(r"[\u3400-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# A line opening with a label: ``Name:``, ``名字:`` (a speaker layout's mark, not prose).
_LABEL = re.compile(r"^[^\s:]{1,20}(?: [^\s:]{1,20}){0,3}:")
# A prose line: a sentence or more, in words (a Han character counts half a word).
_MIN_LINE_WORDS = 8
# Prose enough to brief: about one short paragraph of remarks. Below it (a note, a heading
# and two lines, a list) the text is a fragment, and a refusal says more than a guess.
_MIN_WORDS = 80
_MIN_PROSE_LINES = 3
# Most lines are prose and most characters letters; the rest are a title, a date, headings.
_MIN_PROSE_SHARE = 0.6
_MIN_LETTER_SHARE = 0.6
_MAX_TITLE_LINES = 5
_LOW, _SPAN = 0.26, 0.04


@dataclass(frozen=True, slots=True)
class Prose:
    """How much of a text is prose, and where it starts."""

    start: int
    prose_lines: int
    words: float
    share: float


class PlainTextLayout:
    """Prose with no speaker labels, read as one management statement.

    ``detect`` scores 0 when the text shows a speaker layout's marks (a delivery tag, a
    ``Name (Firm):`` line, a label or a short line said twice, tab-separated rows, bold
    headers), when it has fewer than 80 words of prose in three lines, or when under 60% of
    its lines are prose (8 words or more, closing punctuation, mostly letters); otherwise
    0.26 to 0.30 with the share of prose lines: just above ``MIN_SCORE``, below any layout
    that finds speakers.
    """

    name = "plain-text"
    description = "prose with no speaker labels (pasted remarks): one management statement"
    example = "We delivered record revenue this quarter. / Margins improved by 120 basis points."

    def detect(self, lines: Sequence[str]) -> Detection:
        read = read_prose(lines)
        if isinstance(read, str):
            return Detection(0.0, read)
        return Detection(
            round(_LOW + _SPAN * read.share, 3),
            f"no speaker labels; {read.prose_lines} of {len(lines)} lines are prose "
            f"({read.words:.0f} words)",
        )

    def parse(self, lines: Sequence[str], source: Source) -> Transcript:
        read = read_prose(lines)
        if isinstance(read, str):
            raise ParseError(f"the {self.name} layout does not fit: {read}", source=source.path)
        han = sum(len(_HAN.findall(line)) for line in lines)
        latin = sum(len(_WORD.findall(line)) for line in lines)
        speaker = zh_words.UNNAMED_SPEAKER if han >= latin else en_words.UNNAMED_SPEAKER
        header = Header(read.start, read.start + 1, speaker, text=lines[read.start])
        opening = SectionKind.PREPARED_REMARKS
        t = TurnBuilder(lines, [header], [], source, opening=opening).build()
        return dataclasses.replace(t, warnings=(*t.warnings, WARNING))


def read_prose(lines: Sequence[str]) -> Prose | str:
    """How much of the text is prose, or why it is not a plain statement."""
    labels = Counter(m[0] for line in lines if (m := _LABEL.match(line)))
    if any(n >= 2 for n in labels.values()):
        return "a label that recurs ('Name:'): a transcript with speakers"
    if sum("\t" in line or line.startswith("**") for line in lines) >= 2:
        return "rows or bold headers: a transcript with speakers"
    flags = [_is_prose(line) for line in lines]
    prose = [i for i, is_prose in enumerate(flags) if is_prose]
    words = sum(_words(lines[i]) for i in prose)
    if len(prose) < _MIN_PROSE_LINES or words < _MIN_WORDS:
        return f"too little prose for a statement ({words:.0f} words, {_MIN_WORDS} needed)"
    share = len(prose) / len(lines)
    if share < _MIN_PROSE_SHARE or prose[0] > _MAX_TITLE_LINES:
        return f"not prose: only {len(prose)} of {len(lines)} lines are sentences"
    short = [line for line, is_prose in zip(lines, flags, strict=True) if not is_prose]
    if mark := _speaker_marks(short):
        return mark
    return Prose(prose[0], len(prose), words, share)


def _speaker_marks(short: Sequence[str]) -> str | None:
    """Why the text looks like a transcript with speakers (which another layout should
    read, or a refusal should name), or None; ``short`` are the lines that are not prose."""
    if any(delivery_tag(line) for line in short):
        return "a delivery tag: a transcript with speakers"
    if any((n := name_line(line)) and n.firm for line in short):
        return "a 'Name (Firm):' line: a transcript with speakers"
    if any(n >= 2 for n in Counter(short).values()):
        return "a short line that recurs (a name?): a transcript with speakers"
    return None


def _is_prose(line: str) -> bool:
    if len(line) < _MIN_LINE_WORDS or not ends_sentence(line):  # the cheap tests first
        return False
    letters = len(_LETTER.findall(line))
    visible = len(line.replace(" ", ""))
    return (
        _words(line) >= _MIN_LINE_WORDS
        and ends_sentence(line)
        and letters >= _MIN_LETTER_SHARE * max(1, visible)
    )


def _words(line: str) -> float:
    return len(_WORD.findall(line)) + len(_HAN.findall(line)) / 2
