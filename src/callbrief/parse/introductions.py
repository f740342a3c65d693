"""Analysts from the operator's introductions: "Our next question comes from Jane Doe with
Example Securities" makes the next speaker, Jane Doe, an analyst of Example Securities.

Any layout can use it: ``introduce_analysts(transcript)`` after ``TurnBuilder.build()``. A
speaker whose header named no firm and no title (``Jane Doe`` alone, ``Jane Doe -- Analyst``)
gets the analyst role and the firm the introduction names; a header's own firm or a listed
title is never overridden. An introduction followed by someone else is a warning: the
questioner's header was not recognised.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from callbrief.lang.en import introductions as en
from callbrief.lang.zh import introductions as zh
from callbrief.model import Role, Speaker, Transcript, Turn
from callbrief.parse.exchanges import group_exchanges
from callbrief.parse.lines import alternatives

_PARTICLE = alternatives(en.NAME_PARTICLES)
_NAME_WORD = r"[A-Z][\w'’.-]*"
_EN = re.compile(
    rf"(?i:{alternatives(en.LEAD)})"
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:(?:{_PARTICLE})\s+)*{_NAME_WORD}){{0,4}})"
    rf"(?:(?:{alternatives(en.FIRM_LINKS)})(?P<rest>.*))?",
    re.DOTALL,
)
_ZH = re.compile(f"(?:{alternatives(zh.LEAD)}){zh.FIRM}{zh.LINK}{zh.NAME}")
_INITIALISM = re.compile(r"^(?:[A-Z]\.)+[A-Z]?\.?$|^[A-Z]\.$")
_FIRM_WORD = re.compile(r"^[A-Z0-9&]")
_CLOSING = ',;:!?)"”’'
_ROLES_OPEN_TO_INTRODUCTION = (Role.MANAGEMENT, Role.ANALYST)


@dataclass(frozen=True, slots=True)
class Introduction:
    """A questioner as the operator (or host) introduces them."""

    name: str
    firm: str | None


def introductions_in(text: str) -> list[Introduction]:
    """Every introduction of a questioner in ``text`` (English or Chinese), in order."""
    found: list[tuple[int, Introduction]] = []
    for m in _EN.finditer(text):
        name = _tidy_name(m["name"])
        firm = _firm(m["rest"]) if m["rest"] else None
        found.append((m.start(), Introduction(name, firm)))
    found += [(m.start(), Introduction(m["name"], m["firm"])) for m in _ZH.finditer(text)]
    return [intro for _, intro in sorted(found, key=lambda f: f[0])]


def same_person(a: str, b: str) -> bool:
    """Whether two writings of a name are one person: equal but for case and spaces, or the
    same first and last words (``Thomas Whitfield`` and ``Thomas J. Whitfield``)."""
    if re.sub(r"\s+", "", a).casefold() == re.sub(r"\s+", "", b).casefold():
        return True
    wa, wb = a.casefold().split(), b.casefold().split()
    return len(wa) >= 2 and len(wb) >= 2 and (wa[0], wa[-1]) == (wb[0], wb[-1])


def introduce_analysts(t: Transcript) -> Transcript:
    """``t`` with each introduced questioner made an analyst of the firm named (where their
    header said neither firm nor title), Q&A exchanges regrouped, and a warning for each
    introduction that the next speaker does not answer to."""
    speakers = {s.id: s for s in t.speakers}
    warnings: list[str] = []
    for turn, intro, following in _introduced(t.turns):
        who = speakers[following.speaker] if following else None
        if who is None or not same_person(intro.name, who.name):
            warnings.append(_unheard(intro, turn, who))
        elif who.role in _ROLES_OPEN_TO_INTRODUCTION and _open_to(who):
            speakers[who.id] = dataclasses.replace(
                who, role=Role.ANALYST, firm=who.firm or intro.firm
            )
    if tuple(speakers.values()) == t.speakers and not warnings:
        return t
    return dataclasses.replace(
        t,
        speakers=tuple(speakers.values()),
        qa=group_exchanges(t.turns, t.sections, speakers),
        warnings=(*t.warnings, *warnings),
    )


def _introduced(turns: Sequence[Turn]) -> Iterator[tuple[Turn, Introduction, Turn | None]]:
    """(turn, the last introduction in it, the turn after it) for each introducing turn."""
    for n, turn in enumerate(turns):
        intros = [i for p in turn.paragraphs for i in introductions_in(p)]
        if intros:
            yield turn, intros[-1], turns[n + 1] if n + 1 < len(turns) else None


def _open_to(speaker: Speaker) -> bool:
    """A speaker whose header left the role open: no title (or no firm, for an analyst)."""
    if speaker.role is Role.ANALYST:
        return speaker.firm is None
    return speaker.title is None and speaker.firm is None


def _unheard(intro: Introduction, turn: Turn, who: Speaker | None) -> str:
    named = f"{intro.name} ({intro.firm})" if intro.firm else intro.name
    after = f"{who.name} speaks next" if who else "nobody speaks after"
    return (
        f"turn {turn.index} introduces the questioner {named}, but {after}: "
        "a speaker header that was not recognised"
    )


def _tidy_name(name: str) -> str:
    words = name.split()
    if words and words[-1].endswith(".") and not _INITIALISM.match(words[-1]):
        words[-1] = words[-1].rstrip(".")
    return " ".join(words)


def _firm(rest: str) -> str | None:
    """The firm's words at the start of ``rest``: capitalised words and joiners, up to a word
    that ends the sentence (a full stop that is not an abbreviation's) or is not a name's."""
    kept: list[str] = []
    for word in rest.split():
        stem = word.rstrip(_CLOSING)
        bare = stem.rstrip(".")
        if bare in en.NOT_FIRM_WORDS or not (_FIRM_WORD.match(bare) or bare in en.FIRM_JOINERS):
            break
        initialism = bool(_INITIALISM.match(stem))
        abbreviated = bare in en.ABBREVIATIONS or initialism
        # Co. and J.P. keep their full stop; LLC. at a sentence's end does not.
        kept.append(stem if initialism or (abbreviated and not bare.isupper()) else bare)
        if stem != word or (stem.endswith(".") and not abbreviated):
            break
    while kept and kept[-1] in en.FIRM_JOINERS:
        kept.pop()
    return " ".join(kept) or None
