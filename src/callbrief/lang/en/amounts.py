"""English amounts: ``$4.2 billion``, ``US$4.2B``, ``RMB 51.2 billion``, ``€1.1bn``,
``£310m``, ``¥52 billion`` (yen), ``HK$46 billion``, ``4.2 billion dollars``, ``$0.83 per
share``, ``3.1 million subscribers``, ``12%``, ``2.5 percent``, ``nine percent``, ``50 basis
points``, ``($12 million)`` and ``negative $12 million`` (losses). (Examples are invented.)

``IN_CHINESE_TEXT`` is the narrower recogniser the Chinese pack composes for the English
amounts a Chinese transcript writes (``RMB123.4 billion``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from callbrief.amounts import NUMBER, AmountMatch, Recogniser
from callbrief.amounts import find_amounts as _find
from callbrief.lang.en.numbers import WORD_NUMBER, word_value
from callbrief.lang.patterns import alternation
from callbrief.lang.words import scales, units, words
from callbrief.model.values import Amount, Unit, exact

UNITS = units("callbrief.lang.en")
SCALES = scales("callbrief.lang.en")
LOSS = r"a loss of|loss of"
"""Words before an amount that state it as a loss (also in Chinese text)."""

_LEGACY = re.compile(
    rf"(?<![A-Za-z0-9.,])(?P<cur>RMB|US\$|HK\$|NT\$)\s?(?P<num>{NUMBER})\s?"
    rf"(?P<scale>trillion|billion|million|thousand|bn|mn|m|k)?\b",
    re.IGNORECASE,
)


def _legacy(m: re.Match[str]) -> Amount | None:
    unit = UNITS.get(m["cur"].lower())
    scale = SCALES.get((m["scale"] or "").lower(), 1)
    if unit is None and scale == 1:
        return None
    return Amount(exact(Decimal(m["num"].replace(",", "")) * scale), unit)


IN_CHINESE_TEXT = (Recogniser("currency_amount", _LEGACY, _legacy),)

_W = words("callbrief.lang.en")
CURRENCY_SIGNS: dict[str, Unit] = {k: Unit(v) for k, v in _W["currency_signs"].items()}
CURRENCY_WORDS: dict[str, Unit] = {k: Unit(v) for k, v in _W["currency_words"].items()}
COUNT_WORDS: dict[str, Unit] = {k: Unit(v) for k, v in _W["count_words"].items()}
_SCALE = r"trillion|billion|million|thousand|bn|mn|mm|tn|b|m|k"
_SIGN = "|".join(re.escape(s) for s in sorted(CURRENCY_SIGNS, key=len, reverse=True))
_NUM = rf"(?P<num>{NUMBER})|(?P<word>{WORD_NUMBER})"
_PER_SHARE = r"(?P<per>\s+(?:per|a)\s+(?:diluted\s+|basic\s+)?(?:share|ADS)\b)?"
_MONEY = re.compile(
    rf"(?<![A-Za-z0-9.,$])(?P<neg>(?i:negative|minus)\s+)?"
    # a bracket right after another amount restates it (RMB120.4 billion (US$16.8 billion))
    rf"(?P<open>(?<!illion\s)(?<![0-9%]\s)(?<![0-9%])\()?(?P<minus>[-−])?"
    rf"(?P<cur>{_SIGN})\s?(?:{_NUM})(?:\s?(?P<scale>(?i:{_SCALE}))\b)?(?P<close>(?(open)\)))"
    + _PER_SHARE
)
_RATIO_WORDS = r"%|percent\b|per cent\b|basis points?\b|bps\b|bp\b|percentage points?\b|points?\b"
_COUNTED = alternation(COUNT_WORDS)
_CURRENCY_NOUN = alternation(CURRENCY_WORDS)
_SHARE_CLASS = r"(?i:class\s+[a-z]\s+(?:ordinary\s+|common\s+)?|ordinary\s+|common\s+)"
"""Shares named by their class: 230 million ordinary shares, 5 million Class A common shares."""
_NUMBER_FIRST = re.compile(
    rf"(?<![A-Za-z0-9.,$])(?P<neg>(?i:negative|minus)\s+)?(?P<minus>[-−])?(?:{_NUM})"
    rf"(?:[\s-]?(?P<scale>(?i:trillion|billion|million|thousand)))?\s?"
    rf"(?:(?P<ratio>(?i:{_RATIO_WORDS}))|(?P<money>(?i:{_CURRENCY_NOUN}))\b{_PER_SHARE}"
    rf"|(?P<counted>(?i:{_COUNTED}))\b|(?P<classed>{_SHARE_CLASS}(?i:shares))\b)?"
)


def _number(m: re.Match[str]) -> Decimal:
    return Decimal(m["num"].replace(",", "")) if m["num"] else word_value(m["word"])


def _money(m: re.Match[str]) -> Amount | None:
    unit = CURRENCY_SIGNS[m["cur"]]
    if bool(m["open"]) != bool(m["close"]):
        return None  # "($12" alone is not a bracketed loss; the bracket belongs to the text
    scale = SCALES.get((m["scale"] or "").lower(), 1)
    if m["word"] and scale == 1:
        return None  # "$ one" is not how an amount is written
    value = exact(_number(m) * scale)
    if m["open"]:  # ($12 million): an accounting negative
        value = -value
    return Amount(value, unit.per_share() if m["per"] else unit)


def _number_first(m: re.Match[str]) -> Amount | None:
    value = _number(m)
    scale = SCALES.get((m["scale"] or "").lower(), 1)
    if ratio := m["ratio"]:
        word = ratio.lower()
        if word.startswith(("basis", "bp")):
            return Amount(exact(value / 100), Unit.PERCENTAGE_POINTS)
        if word.startswith(("percentage", "point")):
            return Amount(exact(value), Unit.PERCENTAGE_POINTS)
        return Amount(exact(value), Unit.PERCENT)
    if m["money"]:
        unit = CURRENCY_WORDS[m["money"].lower()]
        return Amount(exact(value * scale), unit.per_share() if m["per"] else unit)
    if m["counted"]:
        return Amount(exact(value * scale), COUNT_WORDS[m["counted"].lower()])
    if m["classed"]:
        return Amount(exact(value * scale), Unit.SHARES)
    if m["num"] and "," in m["num"] and scale == 1:
        return Amount(
            exact(value), None
        )  # "45,000": a count (never a year); its unit is the measure's
    if scale == 1 or m["word"]:
        return None  # a bare number: a year, a count of days, a model name...
    return Amount(exact(value * scale), None)


RECOGNISERS = (
    Recogniser("money", _MONEY, _money),
    Recogniser("number_first", _NUMBER_FIRST, _number_first),
)
LOSS_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|net|operating|its|our)?\s*loss(?:es)?\s+(?:of|was|were|is|totall?ed|"
    r"came in at|narrowed to|widened to)|\bloss(?:es)?\s+(?:\w+\s+){0,3}?(?:of|was|were|to))\s*$",
    re.IGNORECASE,
)


def find_amounts(text: str) -> list[AmountMatch]:
    """Every amount stated in an English text, in order; a bracketed amount is negative."""
    return _find(text, RECOGNISERS, LOSS_BEFORE)
