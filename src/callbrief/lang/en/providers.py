"""English words of the transcript providers' and financial sites' layouts.

Used by ``callbrief.parse.participant_lists`` (``CORPORATE PARTICIPANTS``, ``PRESENTATION``,
``Jane Doe`` / ``Example Corp - CFO``) and ``callbrief.parse.dash_titles`` (``Prepared
Remarks:``, ``Jane Doe -- Chief Financial Officer``). Each tuple holds regular-expression
alternatives, matched case-insensitively unless said otherwise.
"""

from __future__ import annotations

CORPORATE_PARTICIPANTS = ("corporate participants", "company participants", "executives")
"""Headings of the list of the company's people."""
CONFERENCE_PARTICIPANTS = ("conference call participants", "other participants", "analysts")
"""Headings of the list of everyone else on the call (analysts, investors)."""
PRESENTATION_HEADINGS = ("presentation", "prepared remarks", "management discussion section")
"""Headings that open the prepared remarks, on a line of their own."""
QA_HEADINGS = (
    r"questions? and answers?",
    r"questions? (?:&|-and-) answers?",
    r"question-and-answer session",
    r"q\s*&\s*a",
    r"q\s*&\s*a session",
)
"""Headings that open the Q&A, on a line of their own."""
OPERATOR_NAMES = ("operator", "moderator")
"""Speaker lines that are the operator's (no title line follows)."""
ANALYST_TITLES = ("analyst", "research analyst", r"(?:senior|equity|sell-side) analyst")
"""Titles that make a speaker an analyst: ``Example Securities - Analyst``."""
NAME_PARTICLES = ("de", "da", "van", "von", "der", "den", "del", "di", "la", "le", "bin", "al")
"""Lower-case words inside a person's name (``Ana de la Cruz``), matched with their case."""

RULE = r"[-=_*]{5,}"
"""A typeset rule between parts: ``-----``, ``=====``."""
TURN_NUMBER = r"\s*\[\d{1,3}\]"
"""A turn's number after its speaker line: ``Jane Doe [3]``."""

# The 'Name -- Title' form of financial news sites.
DASH = r" -{2,3} | — | – "
"""The separator between a speaker's name, firm and title: ``Jane Doe -- CFO``."""
PREPARED_REMARKS_LABELS = ("prepared remarks",)
"""``Prepared Remarks:``: opens the prepared remarks."""
QA_LABELS = (r"questions? (?:and|&) answers?", r"q\s*&\s*a")
"""``Questions and Answers:``: opens the Q&A."""
PARTICIPANTS_LABELS = ("call participants", "participants")
"""``Call participants:``: the list of ``Name -- Title`` entries."""
CONTENTS_LABELS = ("contents", "table of contents")
"""``Contents:``: the page's table of contents (section names), not part of the call."""
END_OF_CALL_LABELS = ("duration",)
"""``Duration: 52 minutes``: the call is over; what follows is the page's, not the call's."""

MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
"""Abbreviated months of a web page's date line: ``Oct 24, 2024, 5:00 p.m. ET``."""
ABBREVIATED_DATE = r"\b(?P<mon>[A-Z][a-z]{2,3})\.?\s+(?P<d>\d{1,2}),\s*(?P<y>\d{4})\b"
"""``Oct 24, 2024``: groups ``mon``, ``d``, ``y``."""
TRAILER_HEADINGS = ("definitions", "disclaimer")
"""Headings of the provider's notes after the call (its definitions, its disclaimer)."""
