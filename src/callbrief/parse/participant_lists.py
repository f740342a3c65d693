"""Transcript providers' classic layout: participant lists, then sections of turns.

A title block (``Example Corp (EXMP) Q3 2024 Earnings Call``, a date line), then
``CORPORATE PARTICIPANTS`` and ``CONFERENCE CALL PARTICIPANTS`` (``Jane Doe  Example Corp -
CFO``, a name then ``Company - Title``, on one line or two), then ``PRESENTATION`` and
``QUESTIONS AND ANSWERS``. Each turn opens with a name line and a ``Company - Title`` line
(``Operator`` alone); rules of ``-`` or ``=`` may frame headings and headers; paragraphs are
hard-wrapped. This module finds the lists, headers and headings; ``TurnBuilder`` reads the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from callbrief.errors import ParseError
from callbrief.lang.en import providers as words
from callbrief.lang.en import structure as en
from callbrief.model import SectionKind, Source, Transcript
from callbrief.parse.layout import Detection
from callbrief.parse.lines import alternatives
from callbrief.parse.provider_participants import PERSON_NAME, Participant, affiliation, finish
from callbrief.parse.reflow import reflow
from callbrief.parse.turns import Header, TurnBuilder


def _line(*groups: Sequence[str]) -> re.Pattern[str]:
    return re.compile(f"^(?:{alternatives(*groups)}):?$", re.IGNORECASE)


_RULE = re.compile(f"^{words.RULE}$")
_CORPORATE = _line(words.CORPORATE_PARTICIPANTS)
_CONFERENCE = _line(words.CONFERENCE_PARTICIPANTS)
_TRAILER = _line(words.TRAILER_HEADINGS)
_HEADINGS = (
    (_line(words.PRESENTATION_HEADINGS), SectionKind.PREPARED_REMARKS),
    (_line(words.QA_HEADINGS), SectionKind.QA),
)
_OPERATOR = _line(words.OPERATOR_NAMES)
_NUMBER = re.compile(f"{words.TURN_NUMBER}$")
_BULLET = re.compile(r"^[*•·]\s*")
_AFFILIATION = re.compile(r"^(?P<company>[^\s-].{0,78}?) - (?P<title>[^!?;:]{1,80})$")
_TITLE_WORD = re.compile(alternatives(en.JOB_TITLE_WORDS, words.ANALYST_TITLES), re.IGNORECASE)
_INITIAL = re.compile(r"^[A-Z]\.$")
_ONE_LINE_HEADER = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?: [\w'’.-]+){1,4}), (?P<company>[^,]{2,60}?) - "
    r"(?P<title>[^!?;:,]{1,60})$"
)


@dataclass(frozen=True, slots=True)
class _Reading:
    lines: list[str]
    headers: list[Header]
    headings: dict[int, SectionKind | None]
    participants: list[Participant]
    drop: set[int]


class ParticipantListLayout:
    """Participant lists, then ``PRESENTATION`` and ``QUESTIONS AND ANSWERS`` sections whose
    turns open with a name line over a ``Company - Title`` line.

    ``detect`` scores 0 without such headers; else 0.4, plus 0.3 for a participant list and
    0.15 for each of the ``PRESENTATION`` and Q&A headings (this layout's own marks).
    """

    name = "participant-lists"
    description = (
        "providers' transcripts: CORPORATE / CONFERENCE CALL PARTICIPANTS, PRESENTATION, "
        "QUESTIONS AND ANSWERS; turns open with a name line over a 'Company - Title' line"
    )
    example = "Jane Doe / Example Corp - Chief Financial Officer"

    def detect(self, lines: Sequence[str]) -> Detection:
        read = _read(lines)
        people = sum(h.name != "Operator" for h in read.headers)
        if not people:
            return Detection(0.0, "no name line over a 'Company - Title' line")
        kinds = set(read.headings.values())
        marks = [
            (bool(read.participants), 0.3, "participant lists"),
            (SectionKind.PREPARED_REMARKS in kinds, 0.15, "a PRESENTATION heading"),
            (SectionKind.QA in kinds, 0.15, "a Q&A heading"),
        ]
        score = 0.4 + sum(weight for found, weight, _ in marks if found)
        found = ", ".join(what for seen, _, what in marks if seen) or "no participant list"
        return Detection(min(score, 1.0), f"{people} 'Company - Title' speaker headers; {found}")

    def parse(self, lines: Sequence[str], source: Source) -> Transcript:
        read = _read(lines)
        if not any(h.name != "Operator" for h in read.headers):
            raise ParseError(
                f"the {self.name} layout does not fit: no 'Company - Title' headers",
                source=source.path,
            )
        flowed = reflow(read.lines, read.headers, read.headings, read.drop)
        t = TurnBuilder(
            flowed.lines, flowed.headers, flowed.headings, source, heading_kinds=flowed.kinds
        )
        return finish(t.build(), read.participants)


def _read(raw: Sequence[str]) -> _Reading:
    lines = [line for line in raw if not _RULE.match(line)]
    end = next((i for i, line in enumerate(lines) if _TRAILER.match(line)), len(lines))
    lines = lines[:end]
    participants, drop = _participants(lines)
    heard = _heard_names(lines, drop)
    participants = [_split(p, heard, participants) for p in participants]
    headings: dict[int, SectionKind | None] = {
        i: kind
        for i, line in enumerate(lines)
        if i not in drop
        for pattern, kind in _HEADINGS
        if pattern.match(line)
    }
    headers = _headers(lines, drop | set(headings), participants)
    return _Reading(lines, headers, headings, participants, drop)


def _participants(lines: Sequence[str]) -> tuple[list[Participant], set[int]]:
    """The entries of the participant lists (names not yet split from companies in one-line
    entries), and the lines the lists take."""
    found: list[Participant] = []
    taken: set[int] = set()
    for i, line in enumerate(lines):
        corporate = bool(_CORPORATE.match(line))
        if not corporate and not _CONFERENCE.match(line):
            continue
        taken.add(i)
        j = i + 1
        while j < len(lines) and not _is_heading(lines[j]):
            entry, size = _entry(lines, j, corporate)
            if entry is None:
                break
            found.append(entry)
            taken |= set(range(j, j + size))
            j += size
    return found, taken


def _entry(lines: Sequence[str], i: int, corporate: bool) -> tuple[Participant | None, int]:
    """The participant entry at line ``i`` and how many lines it takes."""
    line = _BULLET.sub("", lines[i])
    nxt = _BULLET.sub("", lines[i + 1]) if i + 1 < len(lines) else ""
    if PERSON_NAME.match(line) and (m := _AFFILIATION.match(nxt)):
        return Participant(line, m["company"], m["title"], corporate), 2
    if m := _AFFILIATION.match(line):
        # One line: 'Jane Doe Example Corp - CFO' (the spaces between were collapsed), or
        # 'Jane Doe, Example Corp - CFO', or 'Jane Doe - Example Corp - CFO'.
        head, title = m["company"], m["title"]
        if " - " in title and PERSON_NAME.match(head):
            company, title = title.split(" - ", 1)
            return Participant(head, company, title, corporate), 1
        return Participant(head, None, title, corporate), 1
    return None, 0


def _split(p: Participant, heard: Sequence[str], everyone: Sequence[Participant]) -> Participant:
    """A one-line entry's name told from its company: by a name heard in the call, else by
    the company the management's entries share, else the first two words (three with a
    middle initial)."""
    if p.company is not None:
        return p
    head = p.name
    if "," in head:
        name, company = (part.strip() for part in head.split(",", 1))
        return Participant(name, company, p.title, p.corporate)
    for name in sorted(heard, key=len, reverse=True):
        if head.startswith(f"{name} "):
            return Participant(name, head[len(name) + 1 :], p.title, p.corporate)
    shared = _shared_suffix([e.name for e in everyone if e.corporate and e.company is None])
    if p.corporate and shared and len(shared) < len(head.split()):
        cut = len(head.split()) - len(shared)
    else:
        parts = head.split()
        cut = 3 if len(parts) > 3 and _INITIAL.match(parts[1]) else 2
    parts = head.split()
    return Participant(" ".join(parts[:cut]), " ".join(parts[cut:]) or None, p.title, p.corporate)


def _shared_suffix(heads: Sequence[str]) -> list[str]:
    if len(heads) < 2:
        return []
    split = [h.split() for h in heads]
    n = 0
    while all(len(s) > n + 1 for s in split) and len({s[-1 - n] for s in split}) == 1:
        n += 1
    return split[0][len(split[0]) - n :] if n else []


def _heard_names(lines: Sequence[str], skip: set[int]) -> list[str]:
    """The names of the speaker headers, before the headers are read (to split entries)."""
    heard = []
    for i, raw in enumerate(lines):
        line = _NUMBER.sub("", raw)
        if i in skip:
            continue
        if PERSON_NAME.match(line) and i + 1 < len(lines) and _AFFILIATION.match(lines[i + 1]):
            heard.append(line)
        elif m := _ONE_LINE_HEADER.match(line):
            heard.append(m["name"])
    return heard


def _headers(
    lines: Sequence[str], skip: set[int], participants: Sequence[Participant]
) -> list[Header]:
    headers: list[Header] = []
    i = 0
    while i < len(lines):
        line = _NUMBER.sub("", lines[i])
        m = _AFFILIATION.match(lines[i + 1]) if i + 1 < len(lines) else None
        if i in skip:
            pass
        elif _OPERATOR.match(line):
            headers.append(Header(i, i + 1, "Operator"))
        elif m and i + 1 not in skip and PERSON_NAME.match(line) and _plausible(line, m):
            said = affiliation(line, m["company"], m["title"], participants)
            headers.append(Header(i, i + 2, line, said.title, said.firm, role=said.role))
            i += 2
            continue
        elif (one := _ONE_LINE_HEADER.match(line)) and PERSON_NAME.match(one["name"]):
            # Jane Doe, Example Corp - CFO [2]
            name, company, title = one["name"], one["company"], one["title"]
            said = affiliation(name, company, title, participants)
            headers.append(Header(i, i + 1, name, said.title, said.firm, role=said.role))
        i += 1
    return headers


def _plausible(name: str, m: re.Match[str]) -> bool:
    """A name over 'Company - Title' is a header, not a paragraph's last words, when the
    title is a job's or an analyst's (``CFO``, ``Analyst``)."""
    return bool(_TITLE_WORD.search(m["title"])) or len(name.split()) >= 2


def _is_heading(line: str) -> bool:
    return bool(
        _CORPORATE.match(line)
        or _CONFERENCE.match(line)
        or any(pattern.match(line) for pattern, _ in _HEADINGS)
    )
