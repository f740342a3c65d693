"""Honest parses: structure a layout saw but did not read becomes a warning, never silence.

Each check looks at a parsed transcript for a sign that the layout missed something a reader
can see: a Q&A section in which no analyst speaks, a speaker's name or "Operator" alone on a
line inside someone else's turn, a text in which nobody but one speaker talks, paragraphs in
the title block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from callbrief.lang.en import structure as en
from callbrief.lang.zh import structure as zh
from callbrief.model import Role, SectionKind, Transcript
from callbrief.parse.lines import alternatives, ends_sentence
from callbrief.parse.speakers import romanise

# A title block's lines are short labels; one this long that ends a sentence is a paragraph.
_PROSE = 30
_NOTE = re.compile(f"^(?:{alternatives(zh.NOTE_LABELS, en.NOTE_LABELS)})\\s*:", re.IGNORECASE)
_HAN = re.compile(r"[\u3400-\u9fff]")
_OPERATOR_LINE = re.compile(f"^(?:{alternatives(zh.OPERATOR_WORDS, en.OPERATOR_WORDS)}):?$", re.I)


def structure_warnings(t: Transcript, *, prose_preamble: bool = False) -> tuple[str, ...]:
    """One line for each piece of visible structure the parse left unread. ``prose_preamble``:
    the layout keeps running text before the first speaker on purpose (a news write-up's
    reporter's paragraphs), so it is no sign of a header missed."""
    prose = [] if prose_preamble else list(prose_before_turns(t))
    found = [*_qa_without_analyst(t), *_headers_inside_turns(t), *prose, *_two_names(t)]
    return tuple(dict.fromkeys(found))


def _two_names(t: Transcript) -> Iterator[str]:
    """One person under a Chinese and a Latin name (赵敏 and Zhao Min, or Host Zhao Min): the
    labels of a parallel translation read as speakers of their own."""
    latin = {_squeeze(s.name): s.name for s in t.speakers if not _HAN.search(s.name)}
    for s in t.speakers:
        if not _HAN.search(s.name):
            continue
        pinyin = _squeeze(romanise(s.name))
        twin = next((name for key, name in latin.items() if key.endswith(pinyin)), None)
        if twin:
            yield (
                f"{s.name} and {twin} speak as two people: a parallel translation's labels "
                "may have been read as speakers"
            )
            return


def _squeeze(name: str) -> str:
    return re.sub(r"[\s.'-]+", "", name).casefold()


def _qa_without_analyst(t: Transcript) -> Iterator[str]:
    qa = {s.id for s in t.sections if s.kind is SectionKind.QA}
    roles = {s.id: s.role for s in t.speakers}
    if not qa:
        if any(roles[u.speaker] is Role.ANALYST for u in t.turns):
            yield (
                "analysts speak, but no Q&A section was found: "
                "no question is paired with its answers"
            )
        return
    if not any(roles[u.speaker] is Role.ANALYST for u in t.turns if u.section in qa):
        yield "a Q&A section, but no analyst's question was recognised in it"


def _headers_inside_turns(t: Transcript) -> Iterator[str]:
    names = {s.name.casefold(): s for s in t.speakers}
    for turn in t.turns:
        for paragraph in turn.paragraphs:
            line = paragraph.strip().rstrip(":").casefold()
            other = names.get(line)
            if (other is not None and other.id != turn.speaker) or _OPERATOR_LINE.match(
                paragraph.strip()
            ):
                who = t.speaker(turn.speaker).name
                yield (
                    f"a line {paragraph.strip()!r} inside {who}'s turn {turn.index}: "
                    "a speaker header that was not recognised"
                )


def prose_before_turns(t: Transcript) -> Iterator[str]:
    """Running text in the title block: turns whose speaker line was not recognised."""
    prose = [
        p
        for p in t.preamble
        if len(p) >= _PROSE and ends_sentence(p) and p[-1] != ")" and not _NOTE.match(p)
    ]
    if prose:
        yield (
            f"{len(prose)} lines of running text before the first speaker ({prose[0][:30]!r}): "
            "speaker headers that were not recognised"
        )
