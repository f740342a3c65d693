"""Chinese output: amounts as a Chinese sentence writes them, and sentences stating metrics."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from callbrief.model import Metric
from callbrief.model.values import Unit

AmountText = Callable[[Decimal], str]
UNNAMED_COMPANY = "公司"
"""The subject of a company the call does not name."""
UNATTRIBUTED = "未能确定的业务"
"""The subject of a figure whose business cannot be told apart."""
"""Formats an amount of the metric's unit as a sentence states it (a loss reads as one)."""

_SUFFIX = {
    Unit.CNY: "元", Unit.USD: "美元", Unit.HKD: "港元", Unit.EUR: "欧元", Unit.GBP: "英镑",
    Unit.JPY: "日元", Unit.TWD: "新台币", Unit.SHARES: "股", Unit.ADS: "股美国存托股", Unit.MEMBERS: "",
    Unit.PEOPLE: "人", Unit.CUSTOMERS: "名客户", Unit.SUBSCRIBERS: "名订阅用户",
    Unit.USERS: "名用户", Unit.COUNT: "",
}  # fmt: skip
_SCALE_WORDS = {10**6: "百万", 10**8: "亿", 10**9: "十亿"}


_COUNTED = (Unit.CUSTOMERS, Unit.SUBSCRIBERS, Unit.USERS, Unit.COUNT)
"""Counts whose measure already names what is counted (客户数, 订阅用户数)."""


def plain(value: Decimal) -> str:
    """A number with Chinese digit grouping, every digit kept."""
    from babel.numbers import format_decimal  # Babel loads on first use, not at start-up

    return format_decimal(value, locale="zh_CN", decimal_quantization=False)


def format_value(value: Decimal, unit: Unit | None) -> str:
    """``人民币 1,234 亿元``; ``0.5%``; ``3 个百分点``."""
    if unit is Unit.PERCENT:
        return f"{plain(value)}%"
    if unit is Unit.PERCENTAGE_POINTS:
        return f"{plain(value)} 个百分点"
    if unit is not None and unit.is_per_share and unit.currency:
        return f"每股 {format_value(value, unit.currency)}"
    magnitude, word = next(((m, w) for m, w in ((10**8, "亿"), (10**4, "万"), (1, ""))
                            if abs(value) >= m), (1, ""))  # fmt: skip
    number = plain(value / magnitude)
    suffix = _SUFFIX.get(unit, "") if unit else ""
    body = f"{number} {word}{suffix}".rstrip() if word or suffix else number
    return f"人民币 {body}" if unit is Unit.CNY else body


def scale_label(divisor: Decimal, currency: Unit = Unit.CNY) -> str:
    """The header name of a currency scale: 人民币百万元, 百万美元, 亿欧元."""
    word = _SCALE_WORDS[int(divisor)]
    return f"人民币{word}元" if currency is Unit.CNY else f"{word}{_SUFFIX[currency]}"


def format_in_scale(scaled: Decimal, unit: Unit, divisor: Decimal) -> str:
    """A currency amount already divided by ``divisor``: ``人民币 123,400 百万元``."""
    body = f"{plain(scaled.normalize())} {_SCALE_WORDS[int(divisor)]}{_SUFFIX[unit]}"
    return f"人民币 {body}" if unit is Unit.CNY else body


_ORDINAL = {1: "一", 2: "二", 3: "三", 4: "四"}


def fiscal_label(year: int, quarter: int) -> str:
    """``2025 财年第二季度``."""
    return f"{year} 财年第{_ORDINAL[quarter]}季度"


def period_label(kind: str, *args: object) -> str:
    """A period's Chinese name, for periods an English call names: ``fy`` 2025 -> 2025 财年,
    ``cq`` 2024 3 -> 2024 年第三季度, ``ltm`` -> 过去十二个月, ``month`` 2025 7 -> 2025 年 7 月,
    ``month-quarter`` 2025 6 -> 2025 年 6 月份季度..."""
    year = args[0] if args else None
    if kind in ("cq", "fyq", "q"):
        q = int(str(args[-1]))
        head = {"cq": f"{year} 年", "fyq": f"{year} 财年", "q": ""}[kind]
        return f"{head}第{_ORDINAL[q]}季度"
    if kind in ("month", "month-quarter"):  # (year or None, month)
        said = f"{year} 年 {args[1]} 月" if year else f"{args[1]} 月"
        return f"{said}份季度" if kind == "month-quarter" else said
    if kind == "as-of" and args:
        day = args[0]
        return f"截至 {day.year} 年 {day.month} 月 {day.day} 日"  # type: ignore[attr-defined]
    fixed = {
        "ltm": "过去十二个月", "next-quarter": "下季度", "previous-quarter": "上季度",
        "ytd": "年初至今",
    }  # fmt: skip
    if kind in fixed:
        return f"{year} 财年{fixed[kind]}" if kind == "ytd" and year else fixed[kind]
    parts = {"9m": "前九个月", "h1": "上半年", "h2": "下半年"}
    if kind in parts:
        return f"{year} 财年{parts[kind]}" if year else parts[kind]
    if kind == "fy":
        return f"{year} 财年"
    return f"{year} 年全年" if year else "全年"


_SECTION_KINDS = {
    "introduction": "介绍", "prepared_remarks": "管理层发言", "financial_results": "财务回顾",
    "qa": "问答", "other": "其他",
}  # fmt: skip


def section_kind(kind: str) -> str:
    """The Chinese name of a kind of section (``qa`` -> 问答)."""
    return _SECTION_KINDS[kind]


def join_roles(roles: list[str]) -> str:
    """Roles of one person in one title: 执行副总裁兼首席财务官."""
    return "兼".join(roles)


_ENGLISH_BASES = {
    "in constant currency": "按固定汇率计算", "in constant currencies": "按固定汇率计算",
    "at constant currency": "按固定汇率计算", "on a constant-currency basis": "按固定汇率计算",
    "on a constant currency basis": "按固定汇率计算", "excluding fx": "剔除汇率影响",
    "excluding foreign exchange": "剔除汇率影响", "excluding currency": "剔除汇率影响",
    "ex-fx": "剔除汇率影响", "ex fx": "剔除汇率影响", "in local currency": "按当地货币计算",
    "organically": "按内生口径", "on an organic basis": "按内生口径",
    "on a like-for-like basis": "按可比口径",
}  # fmt: skip


def basis_zh(basis: str) -> str:
    """A stated basis in Chinese: as said in a Chinese call; a known English basis in Chinese
    (``in constant currency`` -> 按固定汇率计算); else as the call says it."""
    if _HAN.search(basis):
        return basis
    return _ENGLISH_BASES.get(basis.casefold(), basis)


_HAN = re.compile(r"[\u3400-\u9fff]")


_ENGLISH_PERIOD = re.compile(
    r"^(?:Q(?P<q>[1-4]) (?P<fy>FY)?(?P<y>\d{4})|(?P<mon>[A-Z][a-z]+) quarter (?P<my>\d{4})|"
    r"H(?P<h>[12]) (?P<hfy>FY)?(?P<hy>\d{4})|FY(?P<fyy>\d{4}))$"
)
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip


def period_from_english(period_en: str | None) -> str | None:
    """The Chinese name of a period named in English: Q3 2024 -> 2024 年第三季度, Q3 FY2024 ->
    2024 财年第三季度, September quarter 2024 -> 2024 年 9 月份季度, H1 2025 -> 2025 年上半年,
    FY2024 -> 2024 年全年; None if not one of those."""
    m = _ENGLISH_PERIOD.match(period_en or "")
    if m is None:
        return None
    if m["q"]:
        return period_label("fyq" if m["fy"] else "cq", int(m["y"]), int(m["q"]))
    if m["h"]:
        half = "上半年" if m["h"] == "1" else "下半年"
        return f"{m['hy']} {'财年' if m['hfy'] else '年'}{half}"
    if m["fyy"]:
        return f"{m['fyy']} 年全年"
    if m["mon"] in _MONTHS:
        return f"{m['my']} 年 {_MONTHS.index(m['mon']) + 1} 月份季度"
    return None


def loss(amount: str) -> str:
    return f"亏损{amount}"


_EXCLUDED = re.compile(r"(?:不考虑|剔除|排除)(?P<what>.+?)的影响")


def basis_en(basis: str) -> str:
    """若不考虑股权激励计划的影响 -> excluding the effect of Equity Incentive Plan: the excluded
    item named in English from common words and pinyin (composed, flagged among the names no
    glossary knows; nothing is machine-translated). An English basis is itself."""
    from callbrief.lang.zh.names import compose_en

    if not _HAN.search(basis):
        return basis
    found = _EXCLUDED.search(basis)
    if found:
        return f"excluding the effect of {compose_en(found['what'].strip())}"
    return f"on a stated basis ({compose_en(basis)})"


def basis_label(basis: str) -> str:
    """A stated basis as a figure line shows it."""
    return f"口径：{basis_zh(basis)}"


def more_mentions(extra: int) -> str:
    return f"另有 {extra} 处提及"


_LATIN_HAN = re.compile(r"(?<=[A-Za-z0-9%])(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])(?=[A-Za-z0-9])")


def spaced(text: str) -> str:
    """Chinese text with a space where Latin letters or digits meet Han characters."""
    return _LATIN_HAN.sub(" ", text)


def own_words(words: str | None) -> str:
    """Words said of several businesses at once, said of one: 亏损都实现了收敛 -> 亏损实现了收敛."""
    return re.sub(r"^(亏损|收入|利润)[都均也]", r"\1", words or "")


GUIDANCE_CHANGES = {"raised": "上调", "lowered": "下调", "reaffirmed": "维持", "new": "新给出"}


def guidance_measure(name: str) -> str:
    """The name of a guided measure: 收入指引 / Revenue guidance."""
    return f"{name}指引"


def guidance_range(low: str, high: str, change: str | None) -> str:
    """``18.2 亿美元至 18.3 亿美元（上调）``: guidance's range and how it changed."""
    shown = value_range(low, high)
    return f"{shown}（{GUIDANCE_CHANGES.get(change, change)}）" if change else shown


def value_range(low: str, high: str) -> str:
    """``18.2 亿美元至 18.3 亿美元``; one value when both ends are the same."""
    return low if low == high else f"{low}至{high}"


def describe(m: Metric, amount: AmountText) -> str:
    """A Chinese sentence stating one metric."""
    if m.kind == "guidance" and m.low is not None and m.high is not None:
        body = f"{m.subject_zh}{m.measure_zh}指引为{value_range(amount(m.low), amount(m.high))}"
        if m.guidance_change:
            body += f"（{GUIDANCE_CHANGES.get(m.guidance_change, m.guidance_change)}）"
    elif m.measure == "loss":
        body = f"{m.subject_zh}{own_words(m.qualitative)}"
    elif m.measure.endswith("_change") and m.value is not None:
        up, down = ("增加", "减少") if m.unit and m.unit.is_currency else ("提高", "下降")
        verb = up if m.value >= 0 else down
        change = format_value(abs(m.value), m.unit)
        body = f"{m.subject_zh}{m.measure_zh.removesuffix('变动')}同比{verb} {change}"
    else:
        head = f"{m.subject_zh}{m.measure_zh}"
        if m.value is not None:
            counted = m.unit in _COUNTED and m.value >= 0  # 订阅用户数为 3,400 (no 名订阅用户)
            head += f"为{format_value(m.value, None) if counted else amount(m.value)}"
        if m.qualitative and _HAN.search(m.qualitative):  # words said in English stay out
            head += m.qualitative
        parts = [head]
        if m.yoy_pct is not None:
            if m.value is None:
                parts[0] += _change(m.yoy_pct)
            else:
                parts.append(_change(m.yoy_pct))
        if m.prior_value is not None:
            parts.append(f"去年同期为{amount(m.prior_value)}")
        if m.qoq_pct is not None:
            if m.value is None and m.yoy_pct is None:
                parts[0] += sequential(m.qoq_pct)
            else:
                parts.append(sequential(m.qoq_pct))
        body = "，".join(parts)
    basis = basis_zh(m.basis) if m.basis else None
    prefix = "".join(f"{x}，" for x in (basis, m.period.zh if m.period else None) if x)
    stated = (m.value, m.yoy_pct, m.prior_value, m.qoq_pct, m.low)
    if not m.qualitative and all(x is None for x in stated):
        body = f"{m.subject_zh}{m.measure_zh}"
    return spaced(f"{prefix}{body}。")


def sequential(pct: Decimal) -> str:
    """``环比下降 2%``."""
    if pct == 0:
        return "环比持平"
    return f"环比{'增长' if pct > 0 else '下降'} {abs(pct)}%"


def _change(pct: Decimal) -> str:
    if pct == 0:
        return "同比持平"
    return f"同比{'增长' if pct > 0 else '下降'} {abs(pct)}%"


PAIR_CONFIRMED = "中英文稿一致"
PAIR_ONE_SIDE = "仅见于本稿"


def pair_different(value: str) -> str:
    """对照稿数值不同的数字。"""
    return f"对照稿数值不同：{value}"


GUIDANCE_STATUS = {
    "narrowed": "收窄区间",
    "widened": "放宽区间",
    "raised": "上调",
    "lowered": "下调",
    "reaffirmed": "维持",
    "dropped": "不再提供",
    "new": "新增",
}
"""本季指引与上季相比。"""


def of_business(measure: str, whose: str) -> str:
    """``收入（国内零售）``: a measure and whose (or which period's) it is."""
    return f"{measure}（{whose}）"
