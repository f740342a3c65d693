"""Sentences and clauses of a paragraph, verbatim, with their offsets: the splitting loop;
each language pack gives the patterns (``lang/zh/text.py``)."""

from __future__ import annotations

import re


def split_sentences(paragraph: str, sentence: re.Pattern[str]) -> list[str]:
    """The sentences ``sentence`` finds in a paragraph, stripped, empty ones left out."""
    return [s.strip() for s in sentence.findall(paragraph) if s.strip()]


def split_clauses(sentence: str, clause_break: re.Pattern[str]) -> list[tuple[int, str]]:
    """(offset, text) of each clause between the matches of ``clause_break``."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in clause_break.finditer(sentence):
        out.append((start, sentence[start : m.start()]))
        start = m.end()
    out.append((start, sentence[start:]))
    return [(o, c) for o, c in out if c.strip()]
