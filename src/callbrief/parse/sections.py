"""Section headings: what kind of part they open, and their English titles."""

from __future__ import annotations

import re

from callbrief.lang.en import structure as en
from callbrief.lang.zh import structure as zh
from callbrief.model import SectionKind
from callbrief.parse.lines import alternatives

# Order matters: a heading is classified by the first pattern that matches.
_KINDS = (
    (SectionKind.QA, (zh.QA_HEADING_WORDS, en.QA_HEADING_WORDS)),
    (SectionKind.FINANCIAL_RESULTS, (zh.FINANCIAL_HEADING_WORDS, en.FINANCIAL_HEADING_WORDS)),
    (SectionKind.INTRODUCTION, (zh.INTRODUCTION_HEADING_WORDS, en.INTRODUCTION_HEADING_WORDS)),
    (
        SectionKind.PREPARED_REMARKS,
        (zh.PREPARED_REMARKS_HEADING_WORDS, en.PREPARED_REMARKS_HEADING_WORDS),
    ),
)
_PATTERNS = tuple((kind, re.compile(alternatives(*words), re.I)) for kind, words in _KINDS)
STANDALONE_HEADING = re.compile(
    f"^({alternatives(zh.QA_STANDALONE_HEADINGS, en.QA_STANDALONE_HEADINGS)})$", re.I
)

_TITLES_EN = {
    SectionKind.INTRODUCTION: "Introduction",
    SectionKind.PREPARED_REMARKS: "Prepared Remarks",
    SectionKind.FINANCIAL_RESULTS: "Financial Results",
    SectionKind.QA: "Q&A",
    SectionKind.OTHER: "Other",
}


def classify(title: str) -> SectionKind:
    """The kind of section a heading opens."""
    for kind, pattern in _PATTERNS:
        if pattern.search(title):
            return kind
    return SectionKind.OTHER


def generic_title_en(kind: SectionKind) -> str:
    """English name of a section kind, used until a glossary names the heading itself."""
    return _TITLES_EN[kind]


class SectionIds:
    """Readable, unique section ids: ``introduction``, ``prepared-remarks``, ``qa``, ...

    A kind met again gets a number: ``prepared-remarks-2``.
    """

    def __init__(self) -> None:
        self._count: dict[str, int] = {}

    def next(self, kind: SectionKind) -> str:
        base = kind.value.replace("_", "-")
        n = self._count[base] = self._count.get(base, 0) + 1
        return base if n == 1 else f"{base}-{n}"
