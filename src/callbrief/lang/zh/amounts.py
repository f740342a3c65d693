"""Chinese amounts: ``人民币 1,234 亿元``, ``12 亿美元``, ``3,200 万元``, ``2.5 亿股``,
``1,800 万股美国存托股``, ``3500 万``, ``千分之五``, ``3 个百分点``, ``12%``; and the English
forms a Chinese transcript also writes (``RMB123.4 billion``). (Examples are invented.)"""

from __future__ import annotations

import re
from decimal import Decimal

from callbrief.amounts import NUMBER, AmountMatch, Recogniser
from callbrief.amounts import find_amounts as _find
from callbrief.lang.en import amounts as en
from callbrief.lang.words import scales, units
from callbrief.lang.zh.numerals import DIGITS, chinese_numeral
from callbrief.model.values import Amount, Unit, exact

UNITS = {**units("callbrief.lang.zh"), **en.UNITS}
SCALES = {**scales("callbrief.lang.zh"), **en.SCALES}

_SCALE = r"万亿|千亿|百亿|十亿|亿|千万|百万|万|千"
# 名 and 位 are left out as units: "2 位数增长" and "第 2 位" are not head counts.
_AMOUNT = re.compile(
    rf"(?P<neg>负\s*)?(?P<cur>人民币|RMB|US\$|HK\$|NT\$|新台币|台币|美元|港币|港元)?\s*(?<![A-Za-z0-9.,])(?P<minus>[-−])?"
    rf"(?P<num>{NUMBER})\s*"
    rf"(?:(?P<pct>%|个百分点|个?基点)|(?P<scale>{_SCALE})?\s*(?P<unit>元|美元|港元|港币|新台币|台币|欧元|英镑|日元|股美国存托股|美国存托股|股)?)"
)
_PER_MILLE = re.compile(
    rf"千分之(?P<n>[{DIGITS}]+|\d+(?:\.\d+)?)"
    rf"|(?<![\d{DIGITS}百千万亿])千(?P<short>[一二三四五六七八九])(?=的)"
)
# A loss named before the amount, directly (亏损人民币 8 亿元) or across a change
# (净亏损同比扩大 20% 至人民币 6 亿元), within the same clause.
LOSS_BEFORE = re.compile(
    rf"(?:(?:亏损|净损|损失)(?:[^，。；;]{{0,16}}?(?:至|为|达到|达))?|{en.LOSS})\s*(?:为\s*)?$",
    re.IGNORECASE,
)


def unit_of(word: str) -> Unit | None:
    """The unit a currency or unit word names (``人民币``, ``美元``, ``股``, ``US$``...)."""
    return UNITS.get(word.replace(" ", "").lower())


def _per_mille(m: re.Match[str]) -> Amount | None:
    raw = m["n"] or m["short"]
    number = Decimal(raw) if raw[0].isdigit() else chinese_numeral(raw)
    if number is None:
        return None  # 千分之一二: a range, not a figure
    return Amount(exact(Decimal(number) / 10), Unit.PERCENT)


def _amount(m: re.Match[str]) -> Amount | None:
    value = Decimal(m["num"].replace(",", ""))
    if m["pct"]:
        if m["pct"].endswith("基点"):  # 80 个基点: 0.8 percentage points
            return Amount(exact(value / 100), Unit.PERCENTAGE_POINTS)
        ratio = Unit.PERCENT if m["pct"] == "%" else Unit.PERCENTAGE_POINTS
        return Amount(exact(value), ratio)
    scale = SCALES.get((m["scale"] or "").lower(), 1)
    unit: Unit | None = unit_of(m["unit"] or "") or unit_of(m["cur"] or "")
    if unit is None and scale == 1:
        return None  # a bare number: a year, a count of days, a model name...
    if m["unit"] is None and scale == 1 and m["cur"] == "人民币":
        return None  # "人民币 1" with no 元 and no magnitude is a broken number, not an amount
    if m["unit"] == "元" and m["cur"] and unit_of(m["cur"]) is not Unit.CNY:
        unit = unit_of(m["cur"])
    return Amount(exact(value * scale), unit)


RECOGNISERS = (
    Recogniser("per_mille", _PER_MILLE, _per_mille, signed=False),
    *en.IN_CHINESE_TEXT,
    Recogniser("amount", _AMOUNT, _amount),
)


def find_amounts(text: str) -> list[AmountMatch]:
    """Every amount stated in a Chinese text, in order."""
    return _find(text, RECOGNISERS, LOSS_BEFORE)


_TAIWAN_DOLLARS = re.compile(r"新台币|台币|NT\$")
_RENMINBI = re.compile(r"人民币|RMB|CNY", re.IGNORECASE)


def yuan_currency(text: str) -> Unit | None:
    """New Taiwan dollars for a bare 元 in a call that names them and never the renminbi
    (每股盈余 9.17 元 in a Taiwan company's call); else None (the renminbi)."""
    if _TAIWAN_DOLLARS.search(text) and not _RENMINBI.search(text):
        return Unit.TWD
    return None
