"""English words of the name-lines layout: a speaker's name on a line of its own.

``Operator``, ``Jane Doe``, ``Jane Doe - Chief Financial Officer``, ``Jane Doe, CFO``,
``Jane Doe -- Example Securities -- Analyst``, then the turn's paragraphs.
"""

from __future__ import annotations

NAME_WORD = r"(?:[A-Z][A-Za-z'’\-]*|[A-Z][a-z]{0,2}\.|de|van|von|der|da|di|del|la|le|bin)"
"""One word of a Latin name: capitalised, an initial or ``Jr.``, or a particle (``de``)."""
SEPARATORS = r"\s+(?:-{1,2}|–|—|\|)\s+|,\s*"
"""What stands between a name and its title or firm: `` - ``, `` -- ``, `` – ``, ``, ``."""

ANALYST_WORDS = (r"(?:Senior |Research |Equity |Sell-Side )*Analysts?",)
"""A title that makes its speaker an analyst: ``Analyst``, ``Research Analyst``."""
FIRM_WORDS = (
    r"Securities",
    r"Capital",
    r"Bank",
    r"Banc",
    r"Research",
    r"Partners",
    r"Markets",
    r"Advisors",
    r"Advisers",
    r"Investments?",
    r"Asset Management",
    r"Equities",
    r"Brokerage",
    r"& Co\.?",
    r"LLC",
    r"LLP",
    r"AG",
)
"""Words that make a header's part a firm (an analyst's), not a title."""
SMALL_WORDS = ("of", "and", "&", "the", "for", "in", "at", "de")
"""Lower-case words a title or a firm's name may hold (``Head of Investor Relations``)."""

COMPANY_LIST = (
    r"Company Participants",
    r"Corporate Participants",
    r"Executives",
    r"Company Representatives",
    r"Management",
)
"""Headings of a list of the company's people: what follows their names is a title."""
ANALYST_LIST = (r"Conference Call Participants", r"Analysts", r"Other Participants")
"""Headings of a list of analysts: what follows their names is a firm."""
NEUTRAL_LIST = (r"Call Participants", r"Participants", r"Speakers")
"""Headings of a list of everyone: each entry says whether it is a title or a firm."""

OPERATOR_INTRO = (
    r"\bfrom\s+(?:the\s+line\s+of\s+)?(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})"
    r"\s+(?:with|of|from|at)\s+(?P<firm>[A-Z][\w'’.&\-]*(?:\s+(?:[A-Z][\w'’.&\-]*|&|and|of))*)"
)
"""The operator naming the next analyst and firm: ``from Jane Doe with Example Securities``."""

AFTER_FIRM = r"[.,;]?\s+(?:Please|Your|Go ahead|You|The line|Caller)\b.*$|[,;].*$"
"""What follows the firm in the operator's introduction: ``. Please go ahead.``"""

SAMPLE_HEADER = "Jane Doe - Chief Financial Officer"
"""A made-up name line."""
