"""English sentences and clauses.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quote or bracket) before a space
and a capital letter, digit, quote or currency sign, or at the end of the paragraph; not
after an abbreviation (``U.S.``, ``Inc.``, ``vs.``, ``approx.``) or an initial (``J. Smith``),
and never inside a number (``4.2``). Clauses break at semicolons, at commas that are not
thousands separators and at an ``and`` that opens a clause of its own; a clause that is only
``respectively`` stays with the one before it.
"""

from __future__ import annotations

import re

from callbrief.analyze.text import split_clauses

_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9$€£¥]|\s*$)")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "inc",
        "corp",
        "co",
        "ltd",
        "plc",
        "llc",
        "jr",
        "sr",
        "st",
        "no",
        "vs",
        "approx",
        "est",
        "dept",
        "fig",
        "u.s",
        "u.k",
        "e.g",
        "i.e",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
_CLAUSE_BREAK = re.compile(
    r";|,(?!\d{3}(?!\d))|\s[—–]\s"
    # "and" opening a clause of its own: a new subject, verb or measure (not "$4 billion and
    # $2 billion", not "between $7.70 and $7.95", not "Cloud and Retail revenue")
    r"|(?<!\bcash)\s+and\s+(?=(?:we|our|I|it|they|have|has|had|ended|closed|returned|generated|delivered|"
    r"paid|repurchased|bought|added|grew|increased|decreased|declined|rose|fell|expanded)\b"
    r"|(?:[a-z-]+\s){0,3}(?:revenues?|income|margins?|EPS|earnings|cash|sales|EBITDA|EBITA|"
    r"profits?|expenses?|capex|capital\s+expenditures?|dividends?|subscribers|customers|users|"
    r"bookings|backlog|debt|borrowings|liquidity|FFO|AFFO|ARR|NIM|book\s+value|buybacks?|"
    r"repurchases?|authori[sz]ation|comps|RPO)\b)"
)
_RESPECTIVELY = re.compile(r"^\s*respectively\.?\s*$", re.IGNORECASE)


def sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph, each verbatim with its closing punctuation."""
    out: list[str] = []
    start = 0
    for m in _END.finditer(paragraph):
        word = paragraph[start : m.start()].rsplit(None, 1)[-1:] or [""]
        last = word[0].lower().rstrip(".")
        if m.group().startswith(".") and (last in _ABBREVIATIONS or re.fullmatch(r"[a-z]", last)):
            continue
        out.append(paragraph[start : m.end()].strip())
        start = m.end()
    out.append(paragraph[start:].strip())
    return [s for s in out if s]


def clauses(sentence: str) -> list[tuple[int, str]]:
    """(offset, text) of each clause of a sentence."""
    parts = split_clauses(sentence, _CLAUSE_BREAK)
    merged: list[tuple[int, str]] = []
    for offset, text in parts:
        if merged and _RESPECTIVELY.match(text):
            first, _ = merged[-1]
            merged[-1] = (first, sentence[first : offset + len(text)])
        else:
            merged.append((offset, text))
    return merged
