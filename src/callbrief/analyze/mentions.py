"""Where a clause names a business (entity) or a measure, through the glossary."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from callbrief.amounts import Occupied
from callbrief.analyze.glossary import Entity, Glossary, Measure
from callbrief.identity_cache import ByIdentity

T = TypeVar("T", Entity, Measure)


@dataclass(frozen=True, slots=True)
class Mention(Generic[T]):
    start: int
    end: int
    item: T


def _longest_first(hits: Iterable[Mention[T]]) -> list[Mention[T]]:
    """Non-overlapping hits, preferring longer ones (星云电商集团 over 集团), in text order."""
    ordered = sorted(hits, key=lambda h: (h.start - h.end, h.start))
    taken = Occupied(max((h.end for h in ordered), default=0))
    chosen: list[Mention[T]] = []
    for hit in ordered:
        if not taken.overlaps(hit.start, hit.end):
            chosen.append(hit)
            taken.take(hit.start, hit.end)
    return sorted(chosen, key=lambda h: h.start)


def entity_mentions(text: str, glossary: Glossary) -> list[Mention[Entity]]:
    hits = (
        Mention(m.start(), m.end(), e)
        for e, p in _INDEX(glossary.entities).candidates(text)
        for m in p.finditer(text)
    )
    return _longest_first(hits)


def measure_mention(text: str, glossary: Glossary) -> Mention[Measure] | None:
    """The measure a clause is about: the highest-priority one it names, the first if tied."""
    hits = [
        Mention(m.start(), m.end(), measure)
        for measure, p in _INDEX(glossary.measures).candidates(text)
        for m in p.finditer(text)
    ]
    if not hits:
        return None
    return min(hits, key=lambda h: (-h.item.priority, h.start, h.start - h.end))


class _PatternIndex(Generic[T]):
    """The patterns of a glossary's entities or measures by the character each must start
    with (casefolded), so that a clause is searched only with those whose first character it
    has: a clause names few of a glossary's hundred names. A pattern that does not start with
    one plain character (a measure's own regular expression) is always searched. Hits come in
    the glossary's order, as from searching every pattern."""

    def __init__(self, items: tuple[T, ...]) -> None:
        self.pairs: list[tuple[T, re.Pattern[str]]] = [
            (item, p) for item in items for p in item.patterns
        ]
        self.by_start: dict[str, list[int]] = {}
        self.always: list[int] = []
        for n, (_, pattern) in enumerate(self.pairs):
            start = _first_character(pattern.pattern)
            (self.by_start.setdefault(start, []) if start else self.always).append(n)

    def candidates(self, text: str) -> list[tuple[T, re.Pattern[str]]]:
        starts = set(_fold(text)) & self.by_start.keys()
        chosen = [n for c in starts for n in self.by_start[c]]
        return [self.pairs[n] for n in sorted(chosen + self.always)]


_INDEX: ByIdentity[Any, _PatternIndex[Any]] = ByIdentity(_PatternIndex, keep=64)
"""The index of each glossary's entities and of its measures (a long batch's glossaries: all
forgotten when there are more)."""

_SPECIAL = frozenset(".^$*+?{}[]|()\\")


def _first_character(pattern: str) -> str | None:
    """The character every match of ``pattern`` starts with, casefolded (after a leading
    ``\\b``), when it starts with one literal character that is not optional."""
    rest = pattern.removeprefix(r"\b")
    if len(rest) >= 2 and rest[0] == "\\" and not rest[1].isalnum():
        char, after = rest[1], rest[2:]
    elif rest and rest[0] not in _SPECIAL:
        char, after = rest[0], rest[1:]
    else:
        return None
    if after[:1] in ("*", "?", "{") or _alternatives_at_top(pattern):
        return None
    return _fold(char)[0]


def _fold(text: str) -> str:
    """``text`` casefolded, and with the dotless i as i: the characters ``re`` takes as one
    when case is ignored are then one character here too."""
    return text.casefold().replace("\u0131", "i")


def _alternatives_at_top(pattern: str) -> bool:
    """Whether ``pattern`` is an alternation (``a|b``) outside any group or character set."""
    depth, escaped, set_from = 0, False, -1  # where the character set open began
    for n, c in enumerate(pattern):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif set_from >= 0:  # a ] first in the set (after any ^) is one of its characters
            if c == "]" and n > set_from + 1 + (pattern[set_from + 1] == "^"):
                set_from = -1
        elif c == "[":
            set_from = n
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
    return False


def subject_near(mentions: list[Mention[Entity]], position: int) -> Mention[Entity] | None:
    """The entity named nearest before ``position``, else the first one after it."""
    before = [m for m in mentions if m.end <= position]
    if before:
        return before[-1]
    after = [m for m in mentions if m.start >= position]
    return after[0] if after else None


def coordinated(
    mentions: list[Mention[Entity]], last: Mention[Entity], text: str, coordinator: re.Pattern[str]
) -> list[Entity]:
    """``出行及本地服务集团``: the entities joined to ``last`` by what ``coordinator`` matches
    (及/和/与/、)."""
    group = [last]
    index = mentions.index(last)
    while index > 0 and coordinator.match(text[mentions[index - 1].end : group[0].start]):
        index -= 1
        group.insert(0, mentions[index])
    return [m.item for m in group]
