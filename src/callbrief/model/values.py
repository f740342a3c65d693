"""Values handed between stages: periods, fiscal quarters (amount types: ``callbrief.amounts``)."""

from __future__ import annotations

from dataclasses import dataclass

_CN_ORDINAL = {1: "一", 2: "二", 3: "三", 4: "四"}


@dataclass(frozen=True, slots=True)
class FiscalPeriod:
    """A quarter of a company's fiscal year: FY2025 Q2."""

    year: int
    quarter: int

    @property
    def zh(self) -> str:
        return f"{self.year} 财年第{_CN_ORDINAL[self.quarter]}季度"

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
