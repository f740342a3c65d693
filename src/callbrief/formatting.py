"""Output formatting: exact values and generated statements in each language.

Language-neutral: the wording of each language is in its pack (``lang/zh/wording.py``,
``lang/en/wording.py``); this module chooses the pack and holds the table scales.
"""

from __future__ import annotations

from decimal import Decimal

from callbrief.lang.en import wording as en
from callbrief.lang.zh import wording as zh
from callbrief.model import Metric, Statement
from callbrief.model.values import Unit

UNNAMED_COMPANY_ZH = zh.UNNAMED_COMPANY
UNNAMED_COMPANY_EN = en.UNNAMED_COMPANY
"""How generated sentences name a company the call does not name ("Company revenue was...")."""
UNATTRIBUTED_ZH = zh.UNATTRIBUTED
UNATTRIBUTED_EN = en.UNATTRIBUTED
"""How a figure whose business cannot be told apart is named (never as the group's)."""

SCALES = {"mn": Decimal(10**6), "100mn": Decimal(10**8), "bn": Decimal(10**9)}
"""Scales for every currency amount of a table (the finance audience's ``units``)."""
_CODES = {"RMB": Unit.CNY, "CNY": Unit.CNY, "USD": Unit.USD, "US$": Unit.USD, "HKD": Unit.HKD,
          "EUR": Unit.EUR, "GBP": Unit.GBP, "JPY": Unit.JPY, "TWD": Unit.TWD}  # fmt: skip


def scale_word(units: str) -> str | None:
    """The scale of ``units`` (``USD mn`` -> ``mn``; ``mn`` alone too); None if it names none."""
    parts = units.split()
    if len(parts) == 2 and parts[0] in _CODES and parts[1] in SCALES:
        return parts[1]
    return parts[0] if len(parts) == 1 and parts[0] in SCALES else None


def table_units(units: str | None, currency: Unit | None, primary: str) -> str:
    """The one scale of a call's tables: the audience's scale (``units``) or the language's
    (亿 in Chinese, millions in English), in the call's reporting currency (``USD 100mn``)."""
    word = scale_word(units) if units else None
    code = "RMB" if currency in (None, Unit.CNY) else str(currency)
    return f"{code} {word or ('100mn' if primary == 'zh' else 'mn')}"


def scale_label(units: str) -> tuple[str, str]:
    """Chinese and English names of a table scale for headers: 人民币百万元 / RMB mn;
    百万美元 / USD mn."""
    code, _, word = units.rpartition(" ")
    currency = _CODES.get(code or "RMB", Unit.CNY)
    shown = {"100mn": "100 million", "mn": "mn", "bn": "bn"}.get(word, word)  # RMB 100 million
    return zh.scale_label(SCALES[word], currency), f"{code or 'RMB'} {shown}"


def divisor(units: str) -> Decimal:
    return SCALES[scale_word(units) or "mn"]


def format_value(value: Decimal, unit: Unit | None, lang: str) -> str:
    """Format an exact value for ``lang`` (``zh`` or ``en``) without rounding away digits."""
    return zh.format_value(value, unit) if lang == "zh" else en.format_value(value, unit)


def format_in_scale(value: Decimal, unit: Unit | None, scale: str, lang: str) -> str:
    """A currency amount in a fixed scale, in its own currency (never converted):
    ``人民币 123,400 百万元`` / ``RMB 123,400 mn``; a per-share amount and other units are
    formatted as ``format_value`` does."""
    if unit is None or not unit.is_currency or unit.is_per_share:
        return format_value(value, unit, lang)
    by = divisor(scale)
    if lang == "zh":
        return zh.format_in_scale(value / by, unit, by)
    return en.format_in_scale(value / by, unit, scale_word(scale) or "mn")


def amount_text(value: Decimal, unit: Unit | None, lang: str, scale: str | None = None) -> str:
    """A value as a sentence states it: a negative currency amount reads as a loss.

    ``scale`` (``RMB mn``...) puts every currency amount in one scale.
    """

    def fmt(v: Decimal) -> str:
        return format_in_scale(v, unit, scale, lang) if scale else format_value(v, unit, lang)

    if value < 0 and unit is not None and unit.is_currency:
        return zh.loss(fmt(-value)) if lang == "zh" else en.loss(fmt(-value))
    return fmt(value)


def describe(m: Metric, scale: str | None = None) -> Statement:
    """A sentence stating one metric, in both languages (currency amounts in ``scale`` if given)."""

    def amounts(lang: str) -> zh.AmountText:
        return lambda value: amount_text(value, m.unit, lang, scale)

    return Statement(
        zh.describe(m, amounts("zh")), en.describe(m, amounts("en"), zh.basis_en), (m.id,)
    )


def basis_en(basis: str) -> str:
    """A stated basis in English (``excluding the effect of ...``)."""
    return zh.basis_en(basis)


def own_words(words: str | None) -> str:
    """Words said of several businesses at once, as said of one (the Chinese pack's rule)."""
    return zh.own_words(words)


def fiscal_label_zh(year: int, quarter: int) -> str:
    """The Chinese label of a fiscal quarter (``FiscalPeriod.en`` is the English one)."""
    return zh.fiscal_label(year, quarter)
