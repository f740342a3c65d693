"""Amounts: parsing Chinese and English statements, formatting per language."""

from __future__ import annotations

from decimal import Decimal

import pytest

from callbrief.formatting import format_value
from callbrief.lang.zh.amounts import find_amounts
from callbrief.model.values import Unit

# text, expected (value, unit, loss) of each amount found, in order
PARSE = [
    ("收入为人民币 1,234 亿元", [("123400000000", Unit.CNY, False)]),
    ("回购了 12 亿美元的股份", [("1200000000", Unit.USD, False)]),
    ("流入 88 亿港元", [("8800000000", Unit.HKD, False)]),
    ("经调整 EBITA 为 3,200 万元", [("32000000", Unit.CNY, False)]),
    ("相当于 2.5 亿股普通股或 1,800 万股美国存托股", [("250000000", Unit.SHARES, False), ("18000000", Unit.ADS, False)]),
    ("会员规模达到 3500 万", [("35000000", None, False)]),
    ("落实了千分之五的服务费", [("0.5", Unit.PERCENT, False)]),
    ("开始收千三的服务费", [("0.3", Unit.PERCENT, False)]),
    ("千分之1.5", [("0.15", Unit.PERCENT, False)]),
    ("提高 3 个百分点至 17%", [("3", Unit.PERCENTAGE_POINTS, False), ("17", Unit.PERCENT, False)]),
    ("为亏损人民币 8 亿元，去年同期为亏损人民币 1.25 亿元", [("-800000000", Unit.CNY, True), ("-125000000", Unit.CNY, True)]),
    ("录得净亏损人民币 3.2 亿元", [("-320000000", Unit.CNY, True)]),
    ("revenue was RMB123.4 billion; a loss of US$2.5 million", [("123400000000", Unit.CNY, False), ("-2500000", Unit.USD, True)]),
    ("2025 年 6 月 30 日，在 15 个交易日内，1-2 年，o1 模型，B2B，9999", []),
    ("一千六百人", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), PARSE)
def test_find_amounts(text: str, want: list[tuple[str, Unit | None, bool]]) -> None:
    got = [(a.amount.value, a.amount.unit, a.loss) for a in find_amounts(text)]
    assert got == [(Decimal(v), u, loss) for v, u, loss in want]


FORMAT = [
    ("123400000000", Unit.CNY, "人民币 1,234 亿元", "RMB123.4 billion"),
    ("1200000000", Unit.USD, "12 亿美元", "US$1.2 billion"),
    ("8800000000", Unit.HKD, "88 亿港元", "HK$8.8 billion"),
    ("32000000", Unit.CNY, "人民币 3,200 万元", "RMB32 million"),
    ("125000000", Unit.CNY, "人民币 1.25 亿元", "RMB125 million"),
    ("1234567890123", Unit.CNY, "人民币 12,345.67890123 亿元", "RMB1.234567890123 trillion"),
    ("250000000", Unit.SHARES, "2.5 亿股", "250 million shares"),
    ("18000000", Unit.ADS, "1,800 万股美国存托股", "18 million ADSs"),
    ("35000000", Unit.MEMBERS, "3,500 万", "35 million members"),
    ("0.5", Unit.PERCENT, "0.5%", "0.5%"),
    ("3", Unit.PERCENTAGE_POINTS, "3 个百分点", "3 percentage points"),
    ("-800000000", Unit.CNY, "人民币 -8 亿元", "-RMB800 million"),
]  # fmt: skip


@pytest.mark.parametrize(("value", "unit", "zh", "en"), FORMAT)
def test_format_value(value: str, unit: Unit, zh: str, en: str) -> None:
    assert format_value(Decimal(value), unit, "zh") == zh
    assert format_value(Decimal(value), unit, "en") == en
