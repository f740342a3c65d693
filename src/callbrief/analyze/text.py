"""Sentences and clauses of a paragraph, verbatim, with their offsets."""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』)]*|$)")
# Clause breaks: Chinese commas and semicolons; an ASCII comma only where it is not a
# thousands separator (the half-width variant of a transcript uses ASCII commas).
_CLAUSE_BREAK = re.compile(r"[，；;]|,(?!\d{3})")


def sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph, each verbatim with its closing punctuation."""
    return [s.strip() for s in _SENTENCE.findall(paragraph) if s.strip()]


def clauses(sentence: str) -> list[tuple[int, str]]:
    """(offset, text) of each clause of a sentence."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _CLAUSE_BREAK.finditer(sentence):
        out.append((start, sentence[start : m.start()]))
        start = m.end()
    out.append((start, sentence[start:]))
    return [(o, c) for o, c in out if c.strip()]
