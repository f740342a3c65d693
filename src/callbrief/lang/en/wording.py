"""English output: amounts as an English sentence writes them, and sentences stating metrics."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from callbrief.model import Metric
from callbrief.model.values import Unit

AmountText = Callable[[Decimal], str]
UNNAMED_COMPANY = "Company"
"""The subject of a company the call does not name."""
UNATTRIBUTED = "Unattributed business"
"""The subject of a figure whose business cannot be told apart."""

_PREFIX = {
    Unit.CNY: "RMB", Unit.USD: "US$", Unit.HKD: "HK$", Unit.EUR: "€", Unit.GBP: "£",
    Unit.JPY: "¥", Unit.TWD: "NT$",
}  # fmt: skip
_SUFFIX = {
    Unit.SHARES: " shares", Unit.ADS: " ADSs", Unit.MEMBERS: " members", Unit.PEOPLE: " people",
    Unit.CUSTOMERS: " customers", Unit.SUBSCRIBERS: " subscribers", Unit.USERS: " users",
}  # fmt: skip


_COUNTED = (Unit.MEMBERS, Unit.PEOPLE, Unit.CUSTOMERS, Unit.SUBSCRIBERS, Unit.USERS)
"""Units whose count a sentence says the business *had* (``had 3.1 million subscribers``)."""


def plain(value: Decimal) -> str:
    """A number with English digit grouping, every digit kept."""
    from babel.numbers import format_decimal  # Babel loads on first use, not at start-up

    return format_decimal(value, locale="en", decimal_quantization=False)


def format_value(value: Decimal, unit: Unit | None) -> str:
    """``RMB123.4 billion``; ``0.5%``; ``3 percentage points``."""
    if unit is Unit.PERCENT:
        return f"{plain(value)}%"
    if unit is Unit.PERCENTAGE_POINTS:
        return f"{plain(value)} percentage points"
    if unit is not None and unit.is_per_share and unit.currency:
        places = value.as_tuple().exponent
        if isinstance(places, int) and places > -2 and abs(value) < 10**6:
            sign = "-" if value < 0 else ""  # cents always shown: US$0.50 per share
            prefix = _PREFIX.get(unit.currency, "")
            return f"{sign}{prefix}{abs(value):,.2f}{_SUFFIX.get(unit.currency, '')} per share"
        return f"{format_value(value, unit.currency)} per share"
    if abs(value) >= 10**6:
        exponent = next(e for e in (12, 9, 6) if abs(value) >= 10**e)  # Babel's own steps
        mantissa = (value / Decimal(10) ** exponent).normalize()
        digits = max(0, -int(mantissa.as_tuple().exponent))
        from babel.numbers import format_compact_decimal

        number = format_compact_decimal(
            value, format_type="long", locale="en", fraction_digits=digits
        )
    else:
        number = plain(value)
    sign = ""
    if number.startswith("-") and unit in _PREFIX:
        sign, number = "-", number[1:]
    prefix = _PREFIX.get(unit, "") if unit else ""
    suffix = _SUFFIX.get(unit, "") if unit else ""
    return f"{sign}{prefix}{number}{suffix}"


def format_in_scale(scaled: Decimal, unit: Unit, word: str) -> str:
    """A currency amount already divided into a scale: ``RMB 123,400 mn``."""
    return f"{_PREFIX[unit]} {plain(scaled.normalize())} {word}"


def loss(amount: str) -> str:
    return f"a loss of {amount}"


def more_mentions(extra: int) -> str:
    return f"and {extra} more mention{'s' if extra > 1 else ''}"


def lower_first(text: str) -> str:
    """``Adjusted EBITA`` -> ``adjusted EBITA``; an acronym (``EBITA``) stays as it is."""
    return text if len(text) > 1 and text[1].isupper() else text[:1].lower() + text[1:]


GUIDANCE_CHANGES = {
    "raised": "raised",
    "lowered": "lowered",
    "reaffirmed": "reaffirmed",
    "new": "new",
}


def guidance_measure(name: str) -> str:
    """The name of a guided measure: 收入指引 / Revenue guidance."""
    return f"{name} guidance"


def guidance_range(low: str, high: str, change: str | None) -> str:
    """``US$1.82 billion to US$1.83 billion (raised)``."""
    shown = value_range(low, high)
    return f"{shown} ({change})" if change else shown


def value_range(low: str, high: str) -> str:
    """``US$1.82 billion to US$1.83 billion``; one value when both ends are the same."""
    return low if low == high else f"{low} to {high}"


def describe(m: Metric, amount: AmountText, basis_en: Callable[[str], str]) -> str:
    """An English sentence stating one metric."""
    subject, measure = m.subject_en, lower_first(m.measure_en)
    if m.kind == "guidance" and m.low is not None and m.high is not None:
        body = f"{subject} {measure} guidance: {value_range(amount(m.low), amount(m.high))}"
        if m.guidance_change:
            body += f" ({GUIDANCE_CHANGES.get(m.guidance_change, m.guidance_change)})"
    elif m.measure == "loss":
        body = f"{subject}: {m.qualitative_en}"
    elif m.measure.endswith("_change") and m.value is not None:
        base = lower_first(m.measure_en.removeprefix("Change in "))
        verb = "rose" if m.value >= 0 else "fell"
        body = f"{subject} {base} {verb} {format_value(abs(m.value), m.unit)} year-over-year"
    elif m.value is None:
        said = [m.qualitative_en] if m.qualitative_en else []
        said += [_change(m.yoy_pct)] if m.yoy_pct is not None else []
        if m.prior_value is not None:
            said.append(f"{amount(m.prior_value)} a year earlier")
        said += [sequential(m.qoq_pct)] if m.qoq_pct is not None else []
        body = f"{subject} {measure}: {'; '.join(said)}"
    elif m.unit in _COUNTED:
        body = f"{subject} had {format_value(m.value, m.unit)}"
    else:
        verb = "were" if m.measure_en.endswith("s") and not m.measure_en.endswith("ss") else "was"
        body = f"{subject} {measure} {verb} {amount(m.value)}"
        if m.yoy_pct is not None:
            body += f", {_change(m.yoy_pct)}"
        if m.prior_value is not None:
            body += f", compared with {amount(m.prior_value)} a year earlier"
        if m.qoq_pct is not None:
            body += f", {sequential(m.qoq_pct)}"
    if m.period:
        body += f" ({m.period.en})"
    if m.basis:
        body += f" ({m.basis_en or basis_en(m.basis)})"
    return f"{body}."


def sequential(pct: Decimal) -> str:
    """``down 2% sequentially``."""
    if pct == 0:
        return "flat sequentially"
    return f"{'up' if pct > 0 else 'down'} {abs(pct)}% sequentially"


def _change(pct: Decimal | None) -> str:
    if pct is None or pct == 0:
        return "flat year-over-year"
    return f"{'up' if pct > 0 else 'down'} {abs(pct)}% year-over-year"


PAIR_CONFIRMED = "confirmed in both versions"
PAIR_ONE_SIDE = "stated in this version only"


def pair_different(value: str) -> str:
    """A figure the paired transcript states otherwise."""
    return f"DIFFERENT in the other version: {value}"


GUIDANCE_STATUS = {
    "narrowed": "narrowed",
    "widened": "widened",
    "raised": "raised",
    "lowered": "lowered",
    "reaffirmed": "reaffirmed",
    "dropped": "no longer given",
    "new": "new",
}
"""Guidance now against the prior quarter's, as the "What changed" part says it."""


def of_business(measure: str, whose: str) -> str:
    """``Revenue (Domestic retail)``: a measure and whose (or which period's) it is."""
    return f"{measure} ({whose})"
