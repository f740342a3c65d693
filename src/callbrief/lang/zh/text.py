"""Chinese sentences and clauses."""

from __future__ import annotations

import re

from callbrief.analyze.text import split_clauses, split_sentences

_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』)]*|$)")
# Clause breaks: Chinese commas and semicolons; an ASCII comma only where it is not a
# thousands separator (the half-width variant of a transcript uses ASCII commas).
_CLAUSE_BREAK = re.compile(r"[，；;]|,(?!\d{3})")


def sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph, each verbatim with its closing punctuation."""
    return split_sentences(paragraph, _SENTENCE)


def clauses(sentence: str) -> list[tuple[int, str]]:
    """(offset, text) of each clause of a sentence."""
    return split_clauses(sentence, _CLAUSE_BREAK)
