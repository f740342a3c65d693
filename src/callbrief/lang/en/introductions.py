"""English words of an operator's introduction of the next questioner.

``Our next question comes from Jane Doe with Example Securities.``, ``... from the line of
John Roe of Example Capital``, ``Your first question comes from Ann Lee at Example Bank``,
``The next question is a follow-up from Jane Doe, Example Securities.``
"""

from __future__ import annotations

LEAD = (
    r"\bquestions?\b[^.?!]{0,60}?\b(?:from|is)\s+(?:the\s+line\s+of\s+|line\s+of\s+)?",
    r"\b(?:we\s+have|we'll\s+(?:take|go\s+to)|we\s+will\s+(?:take|go\s+to)|next\s+up\s+is)"
    r"\s+(?:a\s+question\s+from\s+|the\s+line\s+of\s+)?",
)
"""What comes before the questioner's name (matched case-insensitively)."""
FIRM_LINKS = (r"\s+with\s+", r"\s+of\s+", r"\s+at\s+", r"\s+from\s+", r",\s+")
"""What comes between the name and the firm."""
NAME_PARTICLES = ("de", "da", "van", "von", "der", "den", "del", "di", "la", "le", "bin", "al")
"""Lower-case words inside a person's name."""
FIRM_JOINERS = ("and", "of", "&", "de", "du", "la", "y", "et")
"""Lower-case words (or signs) inside a firm's name: ``Bank of Example``, ``Rowe & Co.``."""
ABBREVIATIONS = (
    "Co", "Corp", "Inc", "Ltd", "LLC", "LLP", "LP", "PLC", "SA", "AG", "NV", "Bros", "Cos",
    "Intl", "Sec", "Mgmt", "St",
)  # fmt: skip
"""Words that end with a full stop inside a firm's name (``Milbrook & Co.``), matched with
their case; any other word ending in a full stop ends the firm."""
NOT_FIRM_WORDS = (
    "Please", "Your", "You", "Go", "Ahead", "The", "Caller", "Line", "Open", "Now", "Kindly",
    "Thank", "Thanks", "Sir", "Madam", "Ma'am", "Question", "Questions", "Proceed",
)  # fmt: skip
"""Capitalised words that end a firm's name: ``Example Capital. Please go ahead``."""
