"""Topics of a passage, by glossary keywords."""

from __future__ import annotations

import re
from collections.abc import Callable

from callbrief.analyze.glossary import Glossary
from callbrief.identity_cache import ByIdentity

_Count = Callable[[str], int]


def topics_of(text: str, glossary: Glossary, limit: int = 3) -> tuple[str, ...]:
    """Keys of the topics a passage touches most, at most ``limit``, strongest first."""
    folded = text.lower()
    scored = [(count(folded), n, key) for n, (key, count) in enumerate(_COUNTS(glossary))]
    ranked = sorted((s for s in scored if s[0] > 0), key=lambda s: (-s[0], s[1]))
    return tuple(key for _, _, key in ranked[:limit])


def _counts(glossary: Glossary) -> tuple[tuple[str, _Count], ...]:
    """Each topic's key and what counts its keywords' occurrences in lower-case text."""
    return tuple(
        (topic.key, _count(tuple(k.lower() for k in topic.keywords), glossary.language))
        for topic in glossary.topics
    )


_COUNTS = ByIdentity(_counts)
"""The topic counters of the glossary last asked about (a call's passages share one)."""


def _count(keywords: tuple[str, ...], language: str) -> _Count:
    if language == "zh":  # Chinese has no spaces: a keyword is found anywhere
        return lambda text: sum(map(text.count, keywords))
    # English: "AI" is not in "remain"; a keyword's stem (profitab) may go on
    patterns = [re.compile(rf"\b{re.escape(k)}") for k in keywords]
    return lambda text: sum(len(p.findall(text)) for p in patterns)
