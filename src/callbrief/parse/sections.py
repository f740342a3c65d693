"""Section headings: what kind of part they open, and their English titles."""

from __future__ import annotations

import re

from callbrief.model import SectionKind

# Order matters: a heading is classified by the first pattern that matches.
_KINDS = (
    (SectionKind.QA, re.compile(r"问答|答问|提问|Q\s*&\s*A|question", re.IGNORECASE)),
    (SectionKind.FINANCIAL_RESULTS, re.compile(r"财务|financial", re.IGNORECASE)),
    (SectionKind.INTRODUCTION, re.compile(r"介绍$|^开场|^引言|^简介|introduction|opening", re.I)),
    (
        SectionKind.PREPARED_REMARKS,
        re.compile(r"业务|进展|回顾|发言|致辞|战略|展望|remarks|business|review|update", re.I),
    ),
)
STANDALONE_HEADING = re.compile(
    r"^(问答|问答环节|问答部分|答问环节|Q\s*&\s*A|Question[- ]and[- ]Answer Session)$", re.I
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
    for kind, pattern in _KINDS:
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
