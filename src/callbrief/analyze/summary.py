"""Sentences generated from metrics, in Chinese and in English, numbers formatted per locale."""

from __future__ import annotations

import re
from decimal import Decimal

from callbrief.amounts import Unit, format_in_scale, format_value
from callbrief.model import Metric, Statement

_EXCLUDED = re.compile(r"(?:不考虑|剔除|排除)(?P<what>.+?)的影响")


def basis_en(basis: str) -> str:
    """若不考虑长期现金激励计划的影响 -> excluding the effect of 长期现金激励计划: the excluded
    item stays as the call names it (nothing is machine-translated)."""
    found = _EXCLUDED.search(basis)
    return f"excluding the effect of {found['what']}" if found else f"on the basis: {basis}"


def describe(m: Metric, scale: str | None = None) -> Statement:
    """A sentence stating one metric, in both languages (currency amounts in ``scale`` if given)."""
    return Statement(_zh(m, scale), _en(m, scale), (m.id,))


def amount_text(value: Decimal, unit: Unit | None, lang: str, scale: str | None = None) -> str:
    """A value as a sentence states it: a negative currency amount reads as a loss.

    ``scale`` (``RMB mn``...) puts every currency amount in one scale.
    """

    def fmt(v: Decimal) -> str:
        return format_in_scale(v, unit, scale, lang) if scale else format_value(v, unit, lang)

    if value < 0 and unit is not None and unit.is_currency:
        return f"亏损{fmt(-value)}" if lang == "zh" else f"a loss of {fmt(-value)}"
    return fmt(value)


_LATIN_HAN = re.compile(r"(?<=[A-Za-z0-9%])(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])(?=[A-Za-z0-9])")


def spaced(text: str) -> str:
    """Chinese text with a space where Latin letters or digits meet Han characters."""
    return _LATIN_HAN.sub(" ", text)


def lower_first(text: str) -> str:
    """``Adjusted EBITA`` -> ``adjusted EBITA``; an acronym (``EBITA``) stays as it is."""
    return text if len(text) > 1 and text[1].isupper() else text[:1].lower() + text[1:]


def own_words(words: str | None) -> str:
    """Words said of several businesses at once, said of one: 亏损都实现了收敛 -> 亏损实现了收敛."""
    return re.sub(r"^(亏损|收入|利润)[都均也]", r"\1", words or "")


def _zh(m: Metric, scale: str | None) -> str:
    if m.measure == "loss":
        body = f"{m.subject_zh}{own_words(m.qualitative)}"
    elif m.measure.endswith("_change") and m.value is not None:
        up, down = ("增加", "减少") if m.unit and m.unit.is_currency else ("提高", "下降")
        verb = up if m.value >= 0 else down
        change = format_value(abs(m.value), m.unit, "zh")
        body = f"{m.subject_zh}{m.measure_zh.removesuffix('变动')}同比{verb} {change}"
    else:
        head = f"{m.subject_zh}{m.measure_zh}"
        if m.value is not None:
            head += f"为{amount_text(m.value, m.unit, 'zh', scale)}"
        head += m.qualitative or ""
        parts = [head]
        if m.yoy_pct is not None:
            if m.value is None:
                parts[0] += _zh_change(m.yoy_pct)
            else:
                parts.append(_zh_change(m.yoy_pct))
        if m.prior_value is not None:
            parts.append(f"去年同期为{amount_text(m.prior_value, m.unit, 'zh', scale)}")
        body = "，".join(parts)
    prefix = "".join(f"{x}，" for x in (m.basis, m.period.zh if m.period else None) if x)
    if not m.qualitative and m.value is None and m.yoy_pct is None and m.prior_value is None:
        body = f"{m.subject_zh}{m.measure_zh}"
    return spaced(f"{prefix}{body}。")


def _zh_change(pct: Decimal) -> str:
    if pct == 0:
        return "同比持平"
    return f"同比{'增长' if pct > 0 else '下降'} {abs(pct)}%"


def _en(m: Metric, scale: str | None) -> str:
    subject, measure = m.subject_en, lower_first(m.measure_en)
    if m.measure == "loss":
        body = f"{subject}: {m.qualitative_en}"
    elif m.measure.endswith("_change") and m.value is not None:
        base = lower_first(m.measure_en.removeprefix("Change in "))
        verb = "rose" if m.value >= 0 else "fell"
        body = f"{subject} {base} {verb} {format_value(abs(m.value), m.unit, 'en')} year-over-year"
    elif m.value is None:
        said = [m.qualitative_en] if m.qualitative_en else []
        said += [_en_change(m.yoy_pct)] if m.yoy_pct is not None else []
        if m.prior_value is not None:
            said.append(f"{amount_text(m.prior_value, m.unit, 'en', scale)} a year earlier")
        body = f"{subject} {measure}: {'; '.join(said)}"
    elif m.unit in (Unit.MEMBERS, Unit.PEOPLE):
        body = f"{subject} had {format_value(m.value, m.unit, 'en')}"
    else:
        verb = "were" if m.measure_en.endswith("s") and not m.measure_en.endswith("ss") else "was"
        body = f"{subject} {measure} {verb} {amount_text(m.value, m.unit, 'en', scale)}"
        if m.yoy_pct is not None:
            body += f", {_en_change(m.yoy_pct)}"
        if m.prior_value is not None:
            body += (
                f", compared with {amount_text(m.prior_value, m.unit, 'en', scale)} a year earlier"
            )
    if m.period:
        body += f" ({m.period.en})"
    if m.basis:
        body += f" ({basis_en(m.basis)})"
    return f"{body}."


def _en_change(pct: Decimal | None) -> str:
    if pct is None or pct == 0:
        return "flat year-over-year"
    return f"{'up' if pct > 0 else 'down'} {abs(pct)}% year-over-year"
