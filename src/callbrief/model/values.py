"""Values handed between stages: units and amounts, periods, fiscal quarters."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


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


@dataclass(frozen=True, slots=True)
class Amount:
    """An exact value in base units with its unit (None: a bare count, unit from context)."""

    value: Decimal
    unit: Unit | None


def exact(value: Decimal) -> Decimal:
    """The same value without trailing zeros or exponent noise: 2.5 亿 -> 250000000."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


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
