"""English words of the simple layouts: inline ``Name: text``, Markdown bold headers,
tab-separated rows and plain prose (``callbrief.parse.inline_names`` and its neighbours).

Composed with ``callbrief.lang.zh.inline_simple`` (Chinese alternatives first), as the parse
stage reads a text before its language is known.
"""

from __future__ import annotations

ROLE_LABELS = ("Conference Operator", "Operator", "Moderator", "Host")
"""Labels that name a speaker by role: a label even when said once (``Operator: ...``)."""

NOT_NAME_WORDS = (
    "Revenue", "Revenues", "Income", "Profit", "Margin", "Margins", "Total", "Net", "Gross",
    "Operating", "Note", "Notes", "Source", "Sources", "Statement", "Statements", "Forward",
    "Looking", "Forward-Looking", "Safe", "Harbor", "Quarter", "Year", "Outlook", "Guidance",
    "Highlights", "Earnings", "Cash", "Flow", "Expenses", "Sales", "Growth", "Results",
    "Disclaimer", "Date", "Time", "Location", "Participants", "Question", "Questions",
    "Answer", "Answers", "Summary", "Key", "Segment", "Update", "Agenda", "Topic", "Subject",
    "Call", "Conference", "Webcast", "Transcript", "Prepared", "Remarks", "Important",
    "Replay", "Contact", "Contacts", "Email", "Phone", "Website", "Duration", "Page",
)  # fmt: skip
"""Words never in a person's name: a label with one (``Total Revenue: ...``) is not a speaker."""

FIRM_WORDS = (
    r"Securities", r"Capital", r"Bank", r"Banc", r"Research", r"Partners", r"Markets",
    r"Advis[eo]rs", r"Asset Management", r"Investments?", r"Equit(?:y|ies)", r"Brokerage",
    r"Funds?", r"& Co\b", r"\bLLC\b", r"\bLLP\b", r"Sachs", r"Stanley",
)  # fmt: skip
"""Words that make an affiliation a firm (so its speaker an analyst): ``Example Securities``."""

ANALYST_WORDS = (r"\bAnalysts?\b", r"\bResearch Analyst\b")
"""Words in a title that make its speaker an analyst; the rest of the title is the firm."""

TITLE_WORDS = (
    "Chief", "Officer", "President", "Director", "Head", "Chair", "Chairman", "Chairwoman",
    "CEO", "CFO", "COO", "CTO", "CIO", r"\bS?E?VP\b", "Founder", "Counsel", "Treasurer",
    "Controller", "Manager", "Secretary", "Executive", "Investor Relations", r"\bIR\b",
)  # fmt: skip
"""Words that make an affiliation a job title (matched with their case)."""

COLUMN_HEADERS = ("Speaker", "Name", "Title", "Text", "Role", "Affiliation", "Remarks")
"""Cells of a tab-separated file's header row: ``Speaker<TAB>Title<TAB>Text``."""

UNNAMED_SPEAKER = "Management"
"""The speaker of a text with no speaker labels (prepared remarks pasted as prose)."""

INTRODUCED_FIRM = (
    r"\b{name},? +(?:with|from|of|at) +(?:the +)?"
    r"(?P<firm>[A-Z][\w&.'\u2019-]*(?: +(?:[A-Z&][\w&.'\u2019-]*|of|and))*)"
)
"""A speaker's firm as the operator introduces them (``{name}`` is the speaker's name):
``our next question comes from Jane Doe with Example Securities``."""
