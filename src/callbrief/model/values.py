"""Values handed between stages: units and amounts, periods, fiscal quarters."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum


class Unit(StrEnum):
    """What an amount counts. Currencies are ISO codes (``USD/share`` a currency per share);
    ratios are percent or percentage points; counts name what they count."""

    CNY = "CNY"
    USD = "USD"
    HKD = "HKD"
    EUR = "EUR"
    GBP = "GBP"
    JPY = "JPY"
    TWD = "TWD"
    CNY_PER_SHARE = "CNY/share"
    USD_PER_SHARE = "USD/share"
    HKD_PER_SHARE = "HKD/share"
    EUR_PER_SHARE = "EUR/share"
    GBP_PER_SHARE = "GBP/share"
    JPY_PER_SHARE = "JPY/share"
    TWD_PER_SHARE = "TWD/share"
    SHARES = "shares"
    ADS = "ADS"
    MEMBERS = "members"
    PEOPLE = "people"
    CUSTOMERS = "customers"
    SUBSCRIBERS = "subscribers"
    USERS = "users"
    COUNT = "count"
    """A number of things the measure names (stores, units sold...)."""
    PERCENT = "percent"
    PERCENTAGE_POINTS = "percentage_points"

    @property
    def is_currency(self) -> bool:
        """A sum of money (per share or not)."""
        return self.currency is not None

    @property
    def is_per_share(self) -> bool:
        return self.value.endswith("/share")

    @property
    def currency(self) -> Unit | None:
        """The currency of a sum of money (``USD`` for ``USD/share``); None for other units."""
        code = self.value.removesuffix("/share")
        return Unit(code) if code in _CURRENCIES else None

    def per_share(self) -> Unit:
        """The per-share unit of a currency (``USD`` -> ``USD/share``)."""
        return Unit(f"{self.currency}/share") if self.currency else self


_CURRENCIES = {"CNY", "USD", "HKD", "EUR", "GBP", "JPY", "TWD"}


@dataclass(frozen=True, slots=True)
class Amount:
    """An exact value in base units with its unit (None: a bare count, unit from context)."""

    value: Decimal
    unit: Unit | None


def exact(value: Decimal) -> Decimal:
    """The same value without trailing zeros or exponent noise: 2.5 亿 -> 250000000."""
    if value == value.to_integral_value():
        try:
            return value.quantize(Decimal(1))
        except InvalidOperation:  # more digits than the context holds: as it is
            return value
    return value.normalize()


@dataclass(frozen=True, slots=True)
class FiscalYear:
    """When a company's fiscal year ends, and which calendar year names it."""

    end_month: int
    end_day: int
    named_by_start: bool = False
    """Fiscal 2025 is the year that starts in 2025 and ends in January 2026 (as some
    retailers name theirs), rather than the year that ends in 2025."""


@dataclass(frozen=True, slots=True)
class FiscalPeriod:
    """A quarter of a company's fiscal year: FY2025 Q2."""

    year: int
    quarter: int
    zh: str
    """The Chinese label (``2025 财年第二季度``), written by the Chinese pack."""

    @property
    def en(self) -> str:
        return f"FY{self.year} Q{self.quarter}"


@dataclass(frozen=True, slots=True)
class PeriodRef:
    """A period other than the call's own quarter, as a figure's sentence names it."""

    key: str
    """Canonical: ``quarter:2024-06``, ``fy2025-h1``, ``fy2024``, ``month:2024-05``..."""
    zh: str
    en: str
