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
ORDINAL_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
QUARTER_BY_ORDINAL = (
    r"(?P<ord>first|second|third|fourth)[- ]quarter\s+(?:and\s+(?:full[- ]year|fiscal(?:\s+year)?|"
    r"year[- ]end|annual)\s+)?(?:of\s+)?"
    r"(?P<fy>fiscal\s+(?:year\s+)?)?(?P<y>\d{4})",
    r"(?P<fy>fiscal\s+(?:year\s+)?)?(?P<y>\d{4})\s+(?P<ord>first|second|third|fourth)[- ]quarter",
    r"\bQ(?P<q>[1-4])\s*(?P<fy>FY\s*)?'?(?P<y>\d{4})\b",
    r"\b(?P<fy>F)?(?P<q>[1-4])Q\s*'?(?P<y>\d{2})\b",
    r"\bQ(?P<q>[1-4])\s*(?P<fy>FY|F)\s*'?(?P<y>\d{2})\b",
    r"\b(?P<fy>FY|F)\s*'?(?P<y>\d{2}|\d{4})\s*Q(?P<q>[1-4])\b",
)
"""``third quarter 2024``, ``fourth quarter of fiscal 2024``, ``fiscal 2025 first quarter``,
``Q3 2024``, ``Q3 FY2024``, ``3Q24``, ``Q1 FY26``, ``FY26 Q1``: groups ``ord`` or ``q``, ``y``,
and ``fy`` when fiscal."""
QUARTER_WORDS = r"quarter|\bQ[1-4]\b|\b[1-4]Q\b"
"""What an English phrase naming a quarter holds."""
HALF_YEAR = (
    r"\b(?:(?P<which>first|second)[- ]half(?:\s+(?:of\s+)?(?P<fy>fiscal\s+(?:year\s+)?)?|\s+)|"
    r"(?P<h>H[12])\s*(?P<fy2>FY)?\s*'?)(?P<y>\d{4})\s+(?:results|earnings|interim)|"
    r"\b(?P<iy>\d{4})\s+(?:interim|half[- ]year)\s+results"
)
"""``First Half 2025 Results``, ``H1 2025 earnings``, ``2025 interim results``: a call on a half
year."""
FULL_YEAR = (
    r"\b(?:(?:full[- ]year|annual|fiscal(?:\s+year)?|FY)\s*'?(?P<y>\d{4})\s+(?:results|earnings)|"
    r"(?P<y2>\d{4})\s+(?:full[- ]year|annual)\s+results)"
)
"""``Full Year 2024 Results``, ``2024 annual results``: a call on a whole year (a quarter, when
the title also names one, wins)."""
QUARTER_ENDED = (
    r"\b(?:quarter|three months|(?:twelve|thirteen|fourteen|1[234]) weeks)\s+(?:ended|ending)"
    r"\s+(?:on\s+)?(?P<mon>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})"
)
"""``the thirteen weeks ended August 2, 2025``: the last day of a quarter, as stated."""
WELCOME = (
    r"(?i:welcome|welcoming (?:you|everyone))\s+(?i:everyone\s+)?(?i:to)\s+(?i:the\s+)?"
    r"(?P<company>[A-Z][\w&.-]*(?:['’][A-Za-z]+)?(?:\s+(?:[A-Z][\w&.-]*(?:['’][A-Za-z]+)?|of|and|&))*)"
    r"(?=[^.]{0,80}?\b(?i:earnings|results|conference call|call)\b)"
)
"""The host's welcome, naming the company: ``Welcome to Example Corp's third quarter...``."""
NOT_COMPANY_WORDS = (
    r"First|Second|Third|Fourth|Q[1-4]|Fiscal|FY\d*|Full|Quarter|Quarterly|Annual|Year|"
    r"\d{4}|Earnings|Results|Financial|Conference|Call|Webcast"
)
"""Words that end a company's name in a welcome: ``Example Corp Third Quarter 2024 ...``."""
TICKER = (
    r"\s*\((?:[A-Z]+:\s*)?(?:[A-Z][A-Z.]{0,9}|\d{4,6}(?:\.[A-Z]{2})?)"
    r"(?:\s*[;,/]\s*(?:[A-Z]+:\s*)?(?:[A-Z][A-Z.]{0,9}|\d{4,6}(?:\.[A-Z]{2})?))*\)"
)
"""A ticker after a company's name: ``(EXMP)``, ``(NASDAQ: EXMP)``, ``(6788)``, ``(09876.HK)``,
``(NASDAQ: EXMP; HKEX: 9876)``."""
METADATA_LINE = r"^[^\W\d_]{1,8}\s*:\s*\S"
"""A title block's ``Label: value`` line (``Location: ...``, ``地点：...``): never the company."""

NOTE_LABELS = ("Note", "Notes", "Editor's note", "Disclaimer", "Source")
"""Labels of a note in a title block (``Note: edited for clarity``), which is not a missed turn."""
