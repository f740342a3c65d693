"""Patterns built from lists of words (a glossary's magnitudes, a language's currency nouns)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words`` taken literally, longest first, so that
    a word is never matched by the start of a longer one (百分之十 before 百分之)."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


class KeyedPattern:
    """A pattern built from a mapping's keys (``build`` is given them as a tuple), compiled
    once for each set of keys and looked up again only when another mapping is given: a call's
    thousands of clauses are read with one glossary's mapping."""

    def __init__(self, build: Callable[[tuple[str, ...]], re.Pattern[str]]) -> None:
        self._build = lru_cache(maxsize=16)(build)
        self._last: tuple[Mapping[str, str], re.Pattern[str]] | None = None

    def __call__(self, words: Mapping[str, str]) -> re.Pattern[str]:
        """The pattern of ``words``' keys; a mapping is not to be changed in place once asked
        about (a glossary's never is)."""
        last = self._last
        if last is None or last[0] is not words:
            last = self._last = words, self._build(tuple(words))
        return last[1]
