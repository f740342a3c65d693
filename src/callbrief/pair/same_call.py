"""Whether two transcripts are versions of one call: the other language, the same period and
date, and the same people speaking (by English name) or the same company."""

from __future__ import annotations

from callbrief.analyze.naming import name_key
from callbrief.errors import InputError
from callbrief.model import Briefing, Role


class PairError(InputError):
    """Two transcripts that are not two versions of one call."""


def check_same_call(a: Briefing, b: Briefing) -> None:
    """Raise ``PairError`` (naming both files and what differs) unless ``b`` is ``a``'s call in
    the other language."""
    ta, tb = a.transcript, b.transcript
    both = f"{tb.source.path} is not the other version of {ta.source.path}"
    if ta.source.language == tb.source.language:
        raise PairError(f"{both}: both are in {_language(ta.source.language)}; --pair takes "
                        "the call in the other language")  # fmt: skip
    ca, cb = ta.call, tb.call
    if ca.period_end and cb.period_end and ca.period_end != cb.period_end:
        raise PairError(
            f"{both}: other periods ({a.transcript.call.period_en or ca.period_end} and "
            f"{tb.call.period_en or cb.period_end})"
        )
    if ca.date and cb.date and ca.date != cb.date:
        raise PairError(f"{both}: held on other days ({ca.date} and {cb.date})")
    if _company(a) and _company(a) == _company(b):
        return
    people_a, people_b = _people(a), _people(b)
    shared = people_a & people_b
    if not shared or len(shared) < min(len(people_a), len(people_b)) / 2:
        names = ", ".join(sorted(people_a)[:3]) or "nobody"
        raise PairError(f"{both}: other companies and other speakers (this one: {names})")


def _language(code: str) -> str:
    return {"zh": "Chinese", "en": "English"}.get(code, code)


def _company(b: Briefing) -> str:
    return _squeeze(b.company_en or "")


def _people(b: Briefing) -> set[str]:
    return {
        _squeeze(s.name_en or s.name)
        for s in b.transcript.speakers
        if s.role in (Role.MANAGEMENT, Role.ANALYST)
    }


def _squeeze(name: str) -> str:
    return name_key(name)
