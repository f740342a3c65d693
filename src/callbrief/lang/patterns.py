"""Patterns built from lists of words (a glossary's magnitudes, a language's currency nouns)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from callbrief.identity_cache import ByIdentity


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words`` taken literally, longest first, so that
    a word is never matched by the start of a longer one (百分之十 before 百分之)."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def keyed_pattern(
    build: Callable[[tuple[str, ...]], re.Pattern[str]],
) -> Callable[[Mapping[str, str]], re.Pattern[str]]:
    """A pattern built from a mapping's keys (``build`` is given them as a tuple), compiled
    once for each set of keys and looked up again only when another mapping is given (by
    identity: a mapping is not to be changed in place once asked about, and a glossary's never
    is): a call's thousands of clauses are read with one glossary's mapping."""
    compiled = lru_cache(maxsize=16)(build)

    def of_keys(words: Mapping[str, str]) -> re.Pattern[str]:
        return compiled(tuple(words))

    return ByIdentity(of_keys)


def guidance_change(
    text: str,
    gives: re.Pattern[str],
    lowered: re.Pattern[str],
    raised: re.Pattern[str],
    reaffirmed: re.Pattern[str],
) -> str | None:
    """``raised``, ``lowered``, ``reaffirmed`` or ``new`` when ``text`` gives guidance (``gives``
    matches it); else None. A language's guidance cues are its patterns."""
    if not gives.search(text):
        return None
    if lowered.search(text):
        return "lowered"
    if raised.search(text):
        return "raised"
    if reaffirmed.search(text):
        return "reaffirmed"
    return "new"
