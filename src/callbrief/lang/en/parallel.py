"""English vocabulary of speaker labels, for parallel bilingual transcripts and news write-ups.

The counterpart of the label words in ``callbrief.lang.zh.media``: a label such as
``Jane Doe, Chief Financial Officer``, ``Tom Becker - Harbor Securities - Analyst`` or
``CEO Daniel Reyes`` is read with these words. Each tuple holds regular-expression
alternatives (matched with their case unless said otherwise).
"""

from __future__ import annotations

ANALYST_WORDS = (r"(?:Equity |Research )?Analyst",)
"""Words that make a label an analyst's: ``Harbor Securities Analyst``."""

TITLE_WORDS = (
    r"Chief [A-Z][a-z]+(?: [A-Z][a-z]+)? Officer",
    "CEO",
    "CFO",
    "COO",
    "CTO",
    r"(?:Senior |Executive )?Vice President",
    "President",
    "Chairman",
    "Chairwoman",
    "Chair",
    r"Director(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)*)?",
    r"Head(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)*)?",
    "Co-Founder",
    "Founder",
    "Treasurer",
    "Controller",
    "Investor Relations",
    "Partner",
)
"""Job titles in a label (``Daniel Reyes, Chief Executive Officer``, ``CFO Jane Doe``)."""

FIRM_SUFFIXES = (
    "Securities",
    "Capital",
    "Bank",
    "Research",
    "Partners",
    "Asset Management",
    "Investments",
    "Advisors",
    "Markets",
    r"& Co\.?",
)
"""Words that end an analyst's firm in a label without ``Analyst``: ``Sofia Marin, Northgate
Capital``."""

SPEECH_VERBS = ("said", "says", "added", "noted", "explained")
"""Words that end a reporter's ``X said:``, which quotes someone but is no label."""

NOT_NAMES = ("Note", "Source", "Disclaimer", "Editor", "Update", "Translation", "Transcript")
"""Capitalised words that end in a colon in running text (``Note:``) and are never a speaker."""
