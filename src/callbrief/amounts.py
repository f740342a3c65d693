"""Amounts as value types: parse Chinese and English statements, format them per language.

``find_amounts`` reads ``人民币 1,234 亿元``, ``12 亿美元``, ``3,200 万元``, ``2.5 亿股``,
``1,800 万股美国存托股``, ``3500 万``, ``千分之五``, ``3 个百分点``, ``12%``, ``RMB123.4 billion``,
``US$1.2 billion``, with exact ``Decimal`` values in base units (yuan, dollars, shares, percent).
(The examples in this package are invented; none comes from a real transcript.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar

from callbrief.model.values import Amount, Unit, exact


def unit_of(word: str) -> Unit | None:
    """The unit a currency or unit word names (``人民币``, ``亿美元``, ``股``, ``US$``...)."""
    return _UNIT_WORDS.get(word.replace(" ", "").lower())


_UNIT_WORDS = {
    "人民币": Unit.CNY, "元": Unit.CNY, "rmb": Unit.CNY, "人民币元": Unit.CNY,
    "美元": Unit.USD, "us$": Unit.USD, "usd": Unit.USD,
    "港元": Unit.HKD, "港币": Unit.HKD, "hk$": Unit.HKD, "hkd": Unit.HKD,
    "股": Unit.SHARES, "shares": Unit.SHARES, "股美国存托股": Unit.ADS, "美国存托股": Unit.ADS,
    "ads": Unit.ADS, "adss": Unit.ADS, "名": Unit.PEOPLE, "人": Unit.PEOPLE, "位": Unit.PEOPLE,
    "members": Unit.MEMBERS,
}  # fmt: skip


class Scale:
    """Magnitude words: ``Scale.detect("亿") == 10**8``, ``Scale.detect("billion") == 10**9``."""

    _WORDS: ClassVar[dict[str, int]] = {
        "万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "十亿": 10**9, "亿": 10**8,
        "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3,
        "trillion": 10**12, "billion": 10**9, "bn": 10**9, "million": 10**6, "mn": 10**6,
        "m": 10**6, "thousand": 10**3, "k": 10**3,
    }  # fmt: skip

    @classmethod
    def detect(cls, word: str | None) -> int:
        """The multiplier a magnitude word stands for (1 for none)."""
        return cls._WORDS.get((word or "").lower(), 1)


@dataclass(frozen=True, slots=True)
class AmountMatch:
    """An amount found in a text, with where it stands and whether it was stated as a loss."""

    amount: Amount
    start: int
    end: int
    loss: bool
    """Stated as a loss (``亏损人民币 8 亿元``, ``a loss of RMB0.8 billion``): value < 0."""


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_ZH_SCALE = r"万亿|千亿|百亿|十亿|亿|千万|百万|万|千"
# 名 and 位 are left out as units: "2 位数增长" and "第 2 位" are not head counts.
_ZH_AMOUNT = re.compile(
    rf"(?P<neg>负\s*)?(?P<cur>人民币|RMB|US\$|HK\$)?\s*(?<![A-Za-z0-9.,])(?P<minus>[-−])?"
    rf"(?P<num>{_NUM})\s*"
    rf"(?:(?P<pct>%|个百分点)|(?P<scale>{_ZH_SCALE})?\s*(?P<unit>元|美元|港元|港币|股美国存托股|美国存托股|股)?)"
)
_EN_AMOUNT = re.compile(
    rf"(?<![A-Za-z0-9.,])(?P<cur>RMB|US\$|HK\$)\s?(?P<num>{_NUM})\s?"
    rf"(?P<scale>trillion|billion|million|thousand|bn|mn|m|k)?\b",
    re.IGNORECASE,
)
_PER_MILLE = re.compile(
    r"千分之(?P<n>[一二三四五六七八九十]+|\d+(?:\.\d+)?)"
    r"|(?<![\d一二三四五六七八九十百千万亿])千(?P<short>[一二三四五六七八九])(?=的)"
)
# A loss named before the amount, directly (亏损人民币 8 亿元) or across a change
# (净亏损同比扩大 20% 至人民币 6 亿元), within the same clause.
_LOSS_BEFORE = re.compile(
    r"(?:亏损(?:[^，。；;]{0,16}?(?:至|为|达到|达))?|a loss of|loss of)\s*(?:为\s*)?$",
    re.IGNORECASE,
)
_CN_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def chinese_numeral(text: str) -> int:
    """Value of a small Chinese numeral (一 .. 九十九): ``六`` -> 6, ``十二`` -> 12."""
    if "十" not in text:
        return _CN_DIGITS[text]
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def find_amounts(text: str) -> list[AmountMatch]:
    """Every amount stated in ``text``, in order. Bare numbers without unit or scale are skipped."""
    found: list[AmountMatch] = []
    taken: list[tuple[int, int]] = []
    for m in _PER_MILLE.finditer(text):
        raw = m["n"] or m["short"]
        n = Decimal(raw) if raw[0].isdigit() else Decimal(chinese_numeral(raw))
        found.append(AmountMatch(Amount(exact(n / 10), Unit.PERCENT), m.start(), m.end(), False))
        taken.append(m.span())
    for pattern in (_EN_AMOUNT, _ZH_AMOUNT):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            amount = _amount(m)
            if amount is None:
                continue
            loss = bool(_LOSS_BEFORE.search(text[: m.start()]))
            signed = bool(m.groupdict().get("neg") or m.groupdict().get("minus"))
            if loss or signed:
                amount = Amount(-abs(amount.value), amount.unit)
            found.append(AmountMatch(amount, m.start(), m.end(), loss))
            taken.append(m.span())
    return sorted(found, key=lambda a: a.start)


def _amount(m: re.Match[str]) -> Amount | None:
    value = Decimal(m["num"].replace(",", ""))
    groups = m.groupdict()
    if groups.get("pct"):
        ratio = Unit.PERCENT if m["pct"] == "%" else Unit.PERCENTAGE_POINTS
        return Amount(exact(value), ratio)
    scale = Scale.detect(m["scale"])
    unit: Unit | None = unit_of(groups.get("unit") or "") or unit_of(m["cur"] or "")
    if unit is None and scale == 1:
        return None  # a bare number: a year, a count of days, a model name...
    if groups.get("unit") is None and scale == 1 and m["cur"] == "人民币":
        return None  # "人民币 1" with no 元 and no magnitude is a broken number, not an amount
    if groups.get("unit") == "元" and m["cur"] and unit_of(m["cur"]) is not Unit.CNY:
        unit = unit_of(m["cur"])
    return Amount(exact(value * scale), unit)
