"""The layout of financial news sites' transcripts: ``Name -- Title`` speaker lines.

A headline (``Example Corp (EXMP) Q3 2024 Earnings Call Transcript``), a date line, perhaps
the page's ``Contents:``, then ``Prepared Remarks:`` and ``Questions and Answers:``; each turn
opens with a line ``Jane Doe -- Chief Financial Officer``, ``John Roe -- Example Securities
-- Analyst`` or ``Operator``, then paragraphs. ``Duration: 52 minutes`` ends the call, and
``Call participants:`` lists everyone in the same form. This module finds the headers,
headings and the list; ``TurnBuilder`` reads the rest.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from callbrief.errors import ParseError
from callbrief.lang.en import providers as words
from callbrief.model import Call, SectionKind, Source, Transcript
from callbrief.parse.layout import Detection
from callbrief.parse.lines import alternatives
from callbrief.parse.provider_participants import (
    PERSON_NAME,
    Participant,
    affiliation,
    finish,
    is_analyst_title,
)
from callbrief.parse.reflow import reflow
from callbrief.parse.turns import Header, TurnBuilder

_DASH = re.compile(words.DASH)
_OPERATOR = re.compile(f"^(?:{alternatives(words.OPERATOR_NAMES)})$", re.IGNORECASE)
_LABELS = (
    (re.compile(f"^(?:{alternatives(words.PREPARED_REMARKS_LABELS)}):$", re.I), "prepared"),
    (re.compile(f"^(?:{alternatives(words.QA_LABELS)}):$", re.I), "qa"),
)
_KINDS = {"prepared": SectionKind.PREPARED_REMARKS, "qa": SectionKind.QA}
_PARTICIPANTS = re.compile(f"^(?:{alternatives(words.PARTICIPANTS_LABELS)}):$", re.I)
_CONTENTS = re.compile(f"^(?:{alternatives(words.CONTENTS_LABELS)}):$", re.I)
_CONTENTS_ENTRY = re.compile(r"^[A-Z][\w&' -]{0,40}$")
_END_OF_CALL = re.compile(f"^(?:{alternatives(words.END_OF_CALL_LABELS)}):\\s*\\S", re.I)
_SENTENCE_END = re.compile(r"[.!?,;:]$")
_DATE = re.compile(words.ABBREVIATED_DATE)
_MAX_TITLE = 100


@dataclass(frozen=True, slots=True)
class _Line:
    """A ``Name -- Title`` line read: the name, the firm when there are three parts, the title."""

    name: str
    company: str | None
    title: str


@dataclass(frozen=True, slots=True)
class _Reading:
    headers: list[Header]
    headings: dict[int, SectionKind | None]
    labels: set[str]
    participants: list[Participant]
    drop: set[int]


class DashTitleLayout:
    """``Name -- Title`` speaker lines under ``Prepared Remarks:`` and ``Questions and
    Answers:``, with a ``Call participants:`` list.

    ``detect`` scores 0 without a ``Name -- Title`` line outside the list; else 0.4, plus 0.2
    for each of the ``Prepared Remarks:``, Q&A and ``Call participants:`` labels.
    """

    name = "dash-titles"
    description = (
        "news sites' transcripts: 'Name -- Title' speaker lines (analysts 'Name -- Firm -- "
        "Analyst') under 'Prepared Remarks:' and 'Questions and Answers:'"
    )
    example = "Jane Doe -- Chief Financial Officer / John Roe -- Example Securities -- Analyst"

    def detect(self, lines: Sequence[str]) -> Detection:
        read = _read(lines)
        people = sum(h.name != "Operator" for h in read.headers)
        if not people:
            return Detection(0.0, "no 'Name -- Title' speaker lines")
        marks = [
            ("prepared" in read.labels, "'Prepared Remarks:'"),
            ("qa" in read.labels, "'Questions and Answers:'"),
            (bool(read.participants), "'Call participants:'"),
        ]
        score = 0.4 + 0.2 * sum(found for found, _ in marks)
        found = ", ".join(what for seen, what in marks if seen) or "no section labels"
        return Detection(min(score, 1.0), f"{people} 'Name -- Title' speaker lines; {found}")

    def parse(self, lines: Sequence[str], source: Source) -> Transcript:
        read = _read(lines)
        if not any(h.name != "Operator" for h in read.headers):
            raise ParseError(
                f"the {self.name} layout does not fit: no 'Name -- Title' speaker lines",
                source=source.path,
            )
        flowed = reflow(lines, read.headers, read.headings, read.drop)
        builder = TurnBuilder(
            flowed.lines, flowed.headers, flowed.headings, source, heading_kinds=flowed.kinds
        )
        t = finish(builder.build(), read.participants)
        # 'Prepared Remarks:' is titled without its colon (the heading keeps it).
        sections = tuple(dataclasses.replace(s, title=s.title.rstrip(":")) for s in t.sections)
        return dataclasses.replace(t, call=_dated(t.call, t.preamble), sections=sections)


def _read(lines: Sequence[str]) -> _Reading:
    drop = _contents(lines)
    first = next((i for i, line in enumerate(lines) if i not in drop and _speaker(line)), 0)
    end = next(
        (
            i
            for i, line in enumerate(lines)
            if i > first and (_END_OF_CALL.match(line) or _PARTICIPANTS.match(line))
        ),
        len(lines),
    )
    drop |= set(range(end, len(lines)))
    participants = _participants(lines, drop)
    headings: dict[int, SectionKind | None] = {}
    labels: set[str] = set()
    for i, line in enumerate(lines):
        for pattern, label in _LABELS:
            if i not in drop and pattern.match(line):
                headings[i] = _KINDS[label]
                labels.add(label)
    headers = []
    for i, line in enumerate(lines):
        if i in drop or i in headings:
            continue
        if _OPERATOR.match(line):
            headers.append(Header(i, i + 1, "Operator"))
        elif said := _speaker(line):
            who = affiliation(said.name, said.company, said.title, participants)
            headers.append(Header(i, i + 1, said.name, who.title, who.firm, role=who.role))
    return _Reading(headers, headings, labels, participants, drop)


def _speaker(line: str) -> _Line | None:
    """``Jane Doe -- CFO`` / ``John Roe -- Example Securities -- Analyst``, else None."""
    parts = [p.strip() for p in _DASH.split(line)]
    if not 2 <= len(parts) <= 3 or len(line) > _MAX_TITLE + 40:
        return None
    name, *rest = parts
    # A name of two words at least: 'Yes -- Absolutely' in a paragraph is no speaker line.
    if len(name.split()) < 2 or not PERSON_NAME.match(name):
        return None
    if not all(rest) or _SENTENCE_END.search(rest[-1]):
        return None
    if not rest[-1][0].isupper() or len(rest[-1]) > _MAX_TITLE:
        return None
    return _Line(name, rest[0] if len(rest) == 2 else None, rest[-1])


def _contents(lines: Sequence[str]) -> set[int]:
    """The page's table of contents: ``Contents:`` and the section names after it."""
    for i, line in enumerate(lines):
        if _CONTENTS.match(line):
            j = i + 1
            while j < len(lines) and _CONTENTS_ENTRY.match(lines[j]) and not _speaker(lines[j]):
                j += 1
            return set(range(i, j))
    return set()


def _participants(lines: Sequence[str], drop: set[int]) -> list[Participant]:
    """The ``Call participants:`` list's entries; lines before the call's end are dropped."""
    found: list[Participant] = []
    for i, line in enumerate(lines):
        if not _PARTICIPANTS.match(line):
            continue
        j = i + 1
        while j < len(lines) and (said := _speaker(lines[j])):
            corporate = not is_analyst_title(said.title)
            title = None if is_analyst_title(said.title) else said.title
            found.append(Participant(said.name, said.company, title, corporate))
            j += 1
        drop |= set(range(i, j))
    return found


def _dated(call: Call, preamble: Sequence[str]) -> Call:
    """The call's date from a web page's date line (``Oct 24, 2024, 5:00 p.m. ET``) when the
    title block's reading found none."""
    if call.date is not None:
        return call
    for line in preamble:
        m = _DATE.search(line)
        month = words.MONTH_ABBREVIATIONS.get(m["mon"].lower()) if m else None
        if m and month:
            try:
                return dataclasses.replace(call, date=date(int(m["y"]), month, int(m["d"])))
            except ValueError:
                continue
    return call
