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
from enum import StrEnum
from typing import ClassVar


class Unit(StrEnum):
    """What an amount counts. Currencies are ISO codes; ratios are percent or points."""

    CNY = "CNY"
    USD = "USD"
    HKD = "HKD"
    SHARES = "shares"
    ADS = "ADS"
    MEMBERS = "members"
    PEOPLE = "people"
    PERCENT = "percent"
    PERCENTAGE_POINTS = "percentage_points"

    @property
    def is_currency(self) -> bool:
        return self in (Unit.CNY, Unit.USD, Unit.HKD)

    @classmethod
    def detect(cls, word: str) -> Unit | None:
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
class Amount:
    """An exact value in base units with its unit (None: a bare count, unit from context)."""

    value: Decimal
    unit: Unit | None

    def format(self, lang: str) -> str:
        """``人民币 1,234 亿元`` / ``RMB123.4 billion``; ``0.5%``; ``3 个百分点``."""
        return format_value(self.value, self.unit, lang)


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


def exact(value: Decimal) -> Decimal:
    """The same value without trailing zeros or exponent noise: 2.5 亿 -> 250000000."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _amount(m: re.Match[str]) -> Amount | None:
    value = Decimal(m["num"].replace(",", ""))
    groups = m.groupdict()
    if groups.get("pct"):
        ratio = Unit.PERCENT if m["pct"] == "%" else Unit.PERCENTAGE_POINTS
        return Amount(exact(value), ratio)
    scale = Scale.detect(m["scale"])
    unit: Unit | None = Unit.detect(groups.get("unit") or "") or Unit.detect(m["cur"] or "")
    if unit is None and scale == 1:
        return None  # a bare number: a year, a count of days, a model name...
    if groups.get("unit") is None and scale == 1 and m["cur"] == "人民币":
        return None  # "人民币 1" with no 元 and no magnitude is a broken number, not an amount
    if groups.get("unit") == "元" and m["cur"] and Unit.detect(m["cur"]) is not Unit.CNY:
        unit = Unit.detect(m["cur"])
    return Amount(exact(value * scale), unit)


# --- formatting -------------------------------------------------------------------------

_ZH_SUFFIX = {
    Unit.CNY: "元", Unit.USD: "美元", Unit.HKD: "港元", Unit.SHARES: "股",
    Unit.ADS: "股美国存托股", Unit.MEMBERS: "", Unit.PEOPLE: "人",
}  # fmt: skip
_EN_PREFIX = {Unit.CNY: "RMB", Unit.USD: "US$", Unit.HKD: "HK$"}
_EN_SUFFIX = {
    Unit.SHARES: " shares", Unit.ADS: " ADSs", Unit.MEMBERS: " members", Unit.PEOPLE: " people",
}  # fmt: skip


def format_value(value: Decimal, unit: Unit | None, lang: str) -> str:
    """Format an exact value for ``lang`` (``zh`` or ``en``) without rounding away digits."""
    if unit is Unit.PERCENT:
        return f"{_plain(value, lang)}%"
    if unit is Unit.PERCENTAGE_POINTS:
        return (
            f"{_plain(value, lang)} 个百分点"
            if lang == "zh"
            else f"{_plain(value, lang)} percentage points"
        )
    return _zh_amount(value, unit) if lang == "zh" else _en_amount(value, unit)


# One scale for every currency amount (the finance audience's "units"): divisor and words.
FIXED_SCALES = {
    "RMB mn": (Decimal(10**6), "百万", "mn"),
    "RMB 100mn": (Decimal(10**8), "亿", "100mn"),
    "RMB bn": (Decimal(10**9), "十亿", "bn"),
}


def scale_label(scale: str) -> tuple[str, str]:
    """Chinese and English names of a currency scale for headers: 人民币百万元 / RMB mn."""
    _, zh_word, en_word = FIXED_SCALES[scale]
    return f"人民币{zh_word}元", f"RMB {en_word}"


def format_in_scale(value: Decimal, unit: Unit | None, scale: str, lang: str) -> str:
    """A currency amount in a fixed scale: ``人民币 123,400 百万元`` / ``RMB 123,400 mn``.

    Other units are formatted as ``format_value`` does.
    """
    if unit is None or not unit.is_currency:
        return format_value(value, unit, lang)
    divisor, zh_word, en_word = FIXED_SCALES[scale]
    number = _plain((value / divisor).normalize(), lang)
    if lang == "zh":
        body = f"{number} {zh_word}{_ZH_SUFFIX[unit]}"
        return f"人民币 {body}" if unit is Unit.CNY else body
    return f"{_EN_PREFIX[unit]} {number} {en_word}"


def _plain(value: Decimal, lang: str) -> str:
    locale = "zh_CN" if lang == "zh" else "en"
    from babel.numbers import format_decimal  # Babel loads on first use, not at start-up

    return format_decimal(value, locale=locale, decimal_quantization=False)


def _zh_amount(value: Decimal, unit: Unit | None) -> str:
    magnitude, word = next(((m, w) for m, w in ((10**8, "亿"), (10**4, "万"), (1, ""))
                            if abs(value) >= m), (1, ""))  # fmt: skip
    number = _plain(value / magnitude, "zh")
    suffix = _ZH_SUFFIX.get(unit, "") if unit else ""
    body = f"{number} {word}{suffix}".rstrip() if word or suffix else number
    return f"人民币 {body}" if unit is Unit.CNY else body


def _en_amount(value: Decimal, unit: Unit | None) -> str:
    if abs(value) >= 10**6:
        exponent = next(e for e in (12, 9, 6) if abs(value) >= 10**e)  # Babel's own steps
        mantissa = (value / Decimal(10) ** exponent).normalize()
        digits = max(0, -int(mantissa.as_tuple().exponent))
        from babel.numbers import format_compact_decimal

        number = format_compact_decimal(
            value, format_type="long", locale="en", fraction_digits=digits
        )
    else:
        number = _plain(value, "en")
    sign = ""
    if number.startswith("-") and unit in _EN_PREFIX:
        sign, number = "-", number[1:]
    prefix = _EN_PREFIX.get(unit, "") if unit else ""
    suffix = _EN_SUFFIX.get(unit, "") if unit else ""
    return f"{sign}{prefix}{number}{suffix}"
