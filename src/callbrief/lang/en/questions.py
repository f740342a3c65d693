"""How an English-speaking analyst asks: the words that mark a question, and the pleasantries
and announcements that open a turn but are not the question ("I have two questions").

Each tuple holds regular-expression alternatives, in the order they are tried.
"""

from __future__ import annotations

ASKING = ("question", "could you", "how")
"""A sentence holding one of these asks something."""
GREETINGS = ("thank", "good evening", r"hi\b", r"I have (?:two|a few|\d) questions")
"""A sentence opening with one of these is a pleasantry or announces the questions."""
QUESTION_MARKS = ("?",)
"""What a question ends with."""
