"""Where a clause names a business (entity) or a measure, through the glossary."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from callbrief.amounts import Occupied
from callbrief.analyze.glossary import Entity, Glossary, Measure

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
        for e in glossary.entities
        for p in e.patterns
        for m in p.finditer(text)
    )
    return _longest_first(hits)


def measure_mention(text: str, glossary: Glossary) -> Mention[Measure] | None:
    """The measure a clause is about: the highest-priority one it names, the first if tied."""
    hits = [
        Mention(m.start(), m.end(), measure)
        for measure in glossary.measures
        for p in measure.patterns
        for m in p.finditer(text)
    ]
    if not hits:
        return None
    return min(hits, key=lambda h: (-h.item.priority, h.start, h.start - h.end))


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
