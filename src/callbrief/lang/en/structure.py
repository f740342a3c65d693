"""English structural vocabulary: the words that mark a transcript's parts, not its content.

The counterpart of ``callbrief.lang.zh.structure``: the parse stage composes its patterns from
both (Chinese alternatives first). Each tuple holds regular-expression alternatives in the order
they are tried; most are plain words, a few cover variants (``interpret(?:ed|ation)``).
"""

from __future__ import annotations

ORIGINAL_TAGS = ("original",)
"""Delivery tags for the speaker's own words: ``(Original)``."""
INTERPRETED_TAGS = (r"interpret(?:ed|ation)", r"translat(?:ed|ion)")
"""Delivery tags for an interpretation: ``(Interpretation)``."""

END_MARKERS = (r"end of (?:the )?transcript",)
"""Lines that close a transcript: ``[End of transcript]``."""

PLEASANTRIES = ("thank",)
"""Words that open a short reply, never a section heading."""

JOB_TITLE_WORDS = ("Officer", "President", "Director", "Head", "Chair", "CEO", "CFO")
"""Words that make a line a job title (matched with their case)."""

HOST_TITLE_WORDS = ("investor relations", r"\bIR\b", "host")
"""Words in a title that make its speaker the host."""
OPERATOR_WORDS = ("operator", "moderator")
"""Words in a name or title that make its speaker the operator."""

# Section headings, by the kind of section they open.
QA_HEADING_WORDS = (r"Q\s*&\s*A", "question")
FINANCIAL_HEADING_WORDS = ("financial",)
INTRODUCTION_HEADING_WORDS = ("introduction", "opening")
PREPARED_REMARKS_HEADING_WORDS = ("remarks", "business", "review", "update")
QA_STANDALONE_HEADINGS = (r"Q\s*&\s*A", r"Question[- ]and[- ]Answer Session")
"""Headings that open Q&A on a line of their own, wherever they stand."""

# The title block.
CALL_DESCRIPTORS = ("transcript", "conference call", "earnings")
"""Words that describe the call in a title line (so the line is not the company's name)."""
COMPANY_SUFFIXES = ("Group", r"Inc\.?", "Holdings", r"Ltd\.?", "Limited", "Corporation", r"Co\.")
"""Words that end a company's name."""
QUARTER_BY_MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+quarter\s+(?:of\s+)?(?P<y>\d{4})"
)
"""``September quarter 2024``: groups ``mon`` (the quarter's last month) and ``y``."""
DATE = r"(?P<mon>[A-Z][a-z]+)\s+(?P<d>\d{1,2}),\s*(?P<y>\d{4})"
"""``November 15, 2024``: groups ``mon``, ``d``, ``y`` (``mon`` may be any capitalised word)."""
