"""Small Chinese numerals: 一 .. 九十九."""

from __future__ import annotations

_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
TEN = "十"
DIGITS = "一二三四五六七八九十"
"""The characters of a small numeral, for character classes."""


def chinese_numeral(text: str) -> int | None:
    """Value of a small Chinese numeral (一 .. 九十九): ``六`` -> 6, ``十二`` -> 12; None for
    what is no single number (a range: ``五六``, ``十一二``)."""
    tens, ten, ones = text.partition(TEN)
    if not ten:
        return _DIGITS.get(text)
    if len(tens) > 1 or len(ones) > 1 or (tens and tens not in _DIGITS):
        return None
    if ones and ones not in _DIGITS:
        return None
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)
