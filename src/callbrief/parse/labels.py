"""What the simple layouts share: a label's affiliation read as a job title or a firm;
section headings written as Markdown (``## Q&A``) or as a known heading on a line of its own;
a Q&A without a heading, found from its first analyst; building the transcript from them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Generic, TypeVar

from callbrief.lang.en import inline_simple as en_words
from callbrief.lang.en import structure as en
from callbrief.lang.zh import inline_simple as zh_words
from callbrief.lang.zh import structure as zh
from callbrief.model import Role, SectionKind, Source, Transcript
from callbrief.parse.lines import alternatives, compact_heading, ends_sentence, is_short_label
from callbrief.parse.sections import STANDALONE_HEADING, classify
from callbrief.parse.speakers import infer_role
from callbrief.parse.turns import Header, TurnBuilder

_TITLE = re.compile(
    alternatives(zh.JOB_TITLE_WORDS, zh_words.TITLE_WORDS, en.JOB_TITLE_WORDS, en_words.TITLE_WORDS)
)
_HOST = re.compile(alternatives(zh.HOST_TITLE_WORDS, en.HOST_TITLE_WORDS), re.IGNORECASE)
_FIRM = re.compile(alternatives(zh_words.FIRM_WORDS, en_words.FIRM_WORDS))
_ANALYST = re.compile(alternatives(zh_words.ANALYST_WORDS, en_words.ANALYST_WORDS), re.I)
# An affiliation's parts: ``Example Corp, CFO``, ``Example Securities - Analyst``.
_PARTS = re.compile(r"\s*(?:[,\uff0c|]|\s[-\u2013\u2014]\s)\s*")
ROLES = alternatives(zh_words.ROLE_LABELS, en_words.ROLE_LABELS)
"""The role labels, as one regular-expression alternation."""
ROLE = re.compile(f"^(?:{ROLES})$", re.IGNORECASE)
"""A label that names a speaker by role: ``Operator``, ``主持人``."""
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NOT_NAME_WORDS = frozenset(en_words.NOT_NAME_WORDS)
_NOT_NAME_PART = re.compile(alternatives(zh_words.NOT_NAME_PARTS))
_INITIAL = re.compile(r"^[A-Z]\.$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(?P<title>.+?)(?:\s+#+)?$")
_MAX_HEADING_CHARS = 40
_PLEASANTRY = re.compile(f"^(?:{alternatives(zh.PLEASANTRIES, en.PLEASANTRIES)})", re.IGNORECASE)


def affiliation(text: str | None) -> tuple[str | None, str | None]:
    """(title, firm) of what a label says beside a name.

    An analyst word makes the rest the firm (``Analyst, Example Securities``); a part with a
    firm's word and no title word is a firm (``Example Securities``); anything else is a job
    title as written (``Example Corp, CFO``, ``首席财务官``).
    """
    text = (text or "").strip(" ,-:")
    if not text:
        return None, None
    parts = [p for p in _PARTS.split(text) if p]
    if _ANALYST.search(text):
        rest = [p for p in (_ANALYST.sub("", p).strip(" ,-") for p in parts) if p]
        return (None, ", ".join(rest)) if rest else (text, None)
    firms = [p for p in parts if _FIRM.search(p) and not _TITLE.search(p) and not _HOST.search(p)]
    if firms:
        return None, firms[0]
    return text, None


def role_title(name: str, title: str | None) -> str | None:
    """The title of a speaker named by role: the role itself when the name alone does not
    tell the role (``主持人`` is the host's title), else ``title``."""
    if title is None and ROLE.match(name) and infer_role(name, None, None) is Role.MANAGEMENT:
        return name
    return title


def recognised(text: str) -> bool:
    """Whether an affiliation has a word that says what it is: a job title, a firm, an
    analyst, investor relations (``CFO``, ``Example Securities``; not ``we think``)."""
    return any(p.search(text) for p in (_TITLE, _FIRM, _ANALYST, _HOST))


def is_speaker_name(name: str) -> bool:
    """Whether a label's name can be a speaker's: a role, 2-4 Han characters that name no
    topic, or capitalised words none of which is a topic word (``Revenue``, ``Note``)."""
    if ROLE.match(name):
        return True
    if _HAN.match(name):
        return name not in zh_words.NOT_NAME_LABELS and not _NOT_NAME_PART.search(name)
    words = name.split(" ")
    return all(
        (any(c.islower() for c in w) or _INITIAL.match(w)) and w not in _NOT_NAME_WORDS
        for w in words
    )


def find_headings(lines: Sequence[str], taken: set[int], first_label: int) -> dict[int, str]:
    """Section headings by line, with their titles; before the first label, only a heading
    that names a known kind of section (a Markdown title there is the title block)."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i in taken or (title := section_heading(line)) is None:
            continue
        if i < first_label and not found and not known_kind(title):
            continue
        found[i] = title
    return found


def markdown_heading(line: str) -> str | None:
    """The title of a Markdown heading line (``## Q&A`` -> ``Q&A``), else None."""
    m = _MARKDOWN_HEADING.match(line)
    return m["title"].strip("*_ ") if m else None


def section_heading(line: str) -> str | None:
    """The title of a line that opens a section: a Markdown heading, or a short line that
    names a known kind of section (``Prepared Remarks``, ``问答环节``); else None."""
    if (title := markdown_heading(line)) is not None:
        return title
    plain = line.strip("*_ ").rstrip(":")
    if STANDALONE_HEADING.match(plain):
        return plain
    if (
        is_short_label(plain, max_chars=_MAX_HEADING_CHARS)
        and not ends_sentence(plain)
        and not _PLEASANTRY.match(plain)
        and known_kind(plain)
    ):  # not a short reply such as "Thanks for the question"
        return plain
    return None


def known_kind(title: str) -> bool:
    """Whether a heading names a kind of section (Q&A, prepared remarks...)."""
    return classify(compact_heading(title)) is not SectionKind.OTHER


def build(
    lines: Sequence[str], headers: Sequence[Header], headings: Mapping[int, str], source: Source
) -> Transcript:
    """The transcript of ``headers`` and ``headings`` (line -> title, read in place of the
    line): when no heading opens Q&A but analysts speak, Q&A opens at the first analyst's
    question (or the host's or operator's turn just before it), with a warning."""
    body = list(lines)
    for i, title in headings.items():
        body[i] = title
    qa_from = None
    if not any(classify(compact_heading(t)) is SectionKind.QA for t in headings.values()):
        qa_from = implied_qa(headers)
    t = TurnBuilder(body, headers, sorted(headings), source, qa_from=qa_from).build()
    if qa_from is None:
        return t
    warning = (
        f"no Q&A heading: Q&A read as starting at {body[qa_from][:40]!r}, "
        "with the first analyst's question"
    )
    return dataclasses.replace(t, warnings=(*t.warnings, warning))


def implied_qa(headers: Sequence[Header]) -> int | None:
    """The line at which a Q&A without a heading opens: the first analyst's header, or the
    host's or operator's just before it; None when no analyst speaks."""
    roles: dict[str, Role] = {}
    for h in headers:
        roles.setdefault(h.name.casefold(), infer_role(h.name, h.title, h.firm))
    said = [roles[h.name.casefold()] for h in headers]
    first = next((k for k, role in enumerate(said) if role is Role.ANALYST), None)
    if first is None:
        return None
    if first and said[first - 1] in (Role.HOST, Role.OPERATOR):
        first -= 1
    return headers[first].start


_T = TypeVar("_T")


class LastReading(Generic[_T]):
    """A layout's reading of the last text it was given: ``parse()`` asks ``detect()`` twice
    and then ``parse()`` about one list of lines, which is read once."""

    def __init__(self, read: Callable[[Sequence[str]], _T]) -> None:
        self._read = read
        self._last: tuple[Sequence[str], _T] | None = None

    def __call__(self, lines: Sequence[str]) -> _T:
        if self._last is None or self._last[0] is not lines:
            self._last = (lines, self._read(lines))
        return self._last[1]
