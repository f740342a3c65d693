"""English number words: ``nine``, ``twenty-five``, ``a hundred``."""

from __future__ import annotations

from decimal import Decimal

_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
WORD_NUMBER = (
    rf"(?i:(?:{'|'.join(_TENS)})(?:[- ](?:{_UNITS}))?|{'|'.join(sorted(_ONES, key=len, reverse=True))}"
    r"|a hundred|one hundred)\b"
)
"""A number written in words, up to a hundred."""


def word_value(text: str) -> Decimal:
    """``twenty-five`` -> 25."""
    word = text.lower().replace(" ", "-")
    if word in ("a-hundred", "one-hundred"):
        return Decimal(100)
    tens, _, ones = word.partition("-")
    if tens in _TENS:
        return Decimal(_TENS[tens] + (_ONES[ones] if ones else 0))
    return Decimal(_ONES[word])
