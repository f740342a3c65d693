"""Participant lists, as transcript providers and financial sites print them before or after
the call: who is on it, for the company and for everyone else.

The layouts that read them (``participant_lists``, ``dash_titles``) give each speaker the
role and firm the list says, read an unlisted speaker from their header, and warn about a
participant who is listed but never heard (their header was not recognised).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from callbrief.lang.en import providers as words
from callbrief.model import Role, SectionKind, Transcript
from callbrief.parse.introductions import introduce_analysts, same_person
from callbrief.parse.lines import alternatives

_WORD = r"(?:[A-Z][\w'’.-]*|(?:Mc|Mac|O')[A-Z][\w'’-]*)"
PERSON_NAME = re.compile(
    rf"^{_WORD}(?:\s+(?:(?:{alternatives(words.NAME_PARTICLES)})\s+)*{_WORD}){{0,4}}$"
)
"""A person's name on its own: ``Jane Doe``, ``Thomas J. Whitfield``, ``Ana de la Cruz``."""
_ANALYST = re.compile(f"^(?:{alternatives(words.ANALYST_TITLES)})$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Participant:
    """One entry of a participant list."""

    name: str
    company: str | None
    title: str | None
    corporate: bool
    """Listed for the company (management, investor relations), not as a guest."""


@dataclass(frozen=True, slots=True)
class Affiliation:
    """Who a speaker header says someone is: a title, or an analyst's firm, and the role
    when the header settles it."""

    title: str | None
    firm: str | None
    role: Role | None = None


def is_analyst_title(title: str | None) -> bool:
    """``Analyst``, ``Research Analyst``: a title that only says its holder asks questions."""
    return bool(title and _ANALYST.match(title.strip()))


def listed(participants: Iterable[Participant], name: str) -> Participant | None:
    """The participant ``name`` is, if listed."""
    return next((p for p in participants if same_person(p.name, name)), None)


def affiliation(
    name: str,
    company: str | None,
    title: str | None,
    participants: Sequence[Participant],
) -> Affiliation:
    """Title, firm and role for a speaker header naming ``name``, ``company`` and ``title``:
    the participant list wins; an unlisted speaker of another company than the listed
    management's, or titled an analyst, is an analyst of ``company``."""
    entry = listed(participants, name)
    if entry is not None and entry.corporate:
        return Affiliation(title or entry.title, None)
    analyst_title = None if is_analyst_title(title) else title
    if entry is not None:
        return Affiliation(analyst_title, company or entry.company, Role.ANALYST)
    issuers = {p.company.casefold() for p in participants if p.corporate and p.company}
    guest = bool(company and issuers and company.casefold() not in issuers)
    if is_analyst_title(title) or guest:
        return Affiliation(analyst_title, company, Role.ANALYST)
    return Affiliation(title, None)


def never_heard(t: Transcript, participants: Sequence[Participant]) -> str | None:
    """A warning naming the listed participants who never speak, or None."""
    silent = [
        p.name for p in participants if not any(same_person(p.name, s.name) for s in t.speakers)
    ]
    if not silent:
        return None
    return f"participants listed but never heard: {', '.join(silent)} (a header not recognised?)"


def stray_names(t: Transcript) -> list[str]:
    """A warning for each paragraph that is only a person's name (not a known speaker's,
    which ``checks`` reports): a speaker header whose title line is missing."""
    known = {s.name.casefold() for s in t.speakers}
    return [
        f"a line {p!r} inside {t.speaker(turn.speaker).name}'s turn {turn.index}: a speaker's "
        "name without the header line that should follow it"
        for turn in t.turns
        for p in turn.paragraphs
        if 2 <= len(p.split()) <= 4 and PERSON_NAME.match(p) and p.casefold() not in known
    ]


def questions_without_qa(t: Transcript) -> str | None:
    """A warning when analysts speak but no section is a Q&A (its heading was not read)."""
    if any(s.kind is SectionKind.QA for s in t.sections):
        return None
    analysts = {s.id for s in t.speakers if s.role is Role.ANALYST}
    if not any(u.speaker in analysts for u in t.turns):
        return None
    return "analysts speak, but no Q&A heading was recognised: no Q&A exchanges were read"


def finish(t: Transcript, participants: Sequence[Participant]) -> Transcript:
    """The last steps of a layout with a participant list: analysts from the operator's
    introductions, then warnings for listed participants never heard, for analysts outside
    any Q&A section, and for names alone on a line inside a turn."""
    t = introduce_analysts(t)
    found = [never_heard(t, participants), questions_without_qa(t)]
    warnings = [w for w in found if w] + stray_names(t)
    if not warnings:
        return t
    return dataclasses.replace(t, warnings=(*t.warnings, *warnings))
