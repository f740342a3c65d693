"""Periods: fiscal quarters, and which period phrase dates a figure (the phrases themselves are
found by each language pack's period reader, ``lang/zh/periods.py``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from callbrief.formatting import fiscal_label_zh
from callbrief.model import FiscalPeriod, PeriodRef


def fiscal_period(period_end: date, fiscal_year_end: tuple[int, int]) -> FiscalPeriod:
    """The fiscal quarter that ends on ``period_end`` for a fiscal year ending on (month, day)."""
    fye_month = fiscal_year_end[0]
    year = period_end.year + (1 if period_end.month > fye_month else 0)
    quarter = (period_end.month - fye_month - 1) % 12 // 3 + 1
    return FiscalPeriod(year, quarter, fiscal_label_zh(year, quarter))


@dataclass(frozen=True, slots=True)
class PeriodMark:
    start: int
    end: int
    ref: PeriodRef | None
    """None: the call's own period (本季度, the quarter's end date...)."""
    comparison: bool
    """Introduced by 较/相较于/相比: dates a figure only in its own clause."""
    starts_from: bool = False
    """Introduced by 从/由: dates only the figure right after it (the starting point)."""


def period_at(
    marks: list[PeriodMark],
    position: int,
    clause_start: int,
    between: str,
    change_word: re.Pattern[str],
) -> PeriodRef | None:
    """The period that dates a figure at ``position`` of its sentence.

    The nearest phrase before it counts; a comparison phrase (较上季度) only when it stands in
    the figure's own clause with no change word (增长, 加速...) in ``between``.
    """
    for mark in reversed([m for m in marks if m.end <= position]):
        if mark.starts_from and position - mark.end > 3:  # only "由上季度的 3%" itself
            continue  # 由上季度的 3% 放缓至 1%: the period dates the 3%, not the 1%
        if not mark.comparison:
            return mark.ref
        if mark.start >= clause_start and not change_word.search(
            between[mark.end - clause_start :]
        ):
            return mark.ref
    return None


class MarkCollector:
    """The period phrases of one sentence as a pack's reader finds them: the first phrase to
    claim a span keeps it; ``marks`` orders them and notes how each is introduced."""

    def __init__(self) -> None:
        self._found: list[tuple[int, int, PeriodRef | None]] = []
        self._taken = bytearray()

    def add(self, m: re.Match[str], ref: PeriodRef | None) -> None:
        if len(self._taken) < m.end():
            self._taken.extend(bytes(m.end() - len(self._taken)))
        if not any(self._taken[m.start() : m.end()]):
            self._found.append((m.start(), m.end(), ref))
            self._taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())

    def marks(
        self, sentence: str, comparison: re.Pattern[str], starts_from: re.Pattern[str]
    ) -> list[PeriodMark]:
        """The marks in order; ``comparison`` and ``starts_from`` match the words that may
        stand right before a phrase (较 / compared to; 从 / from)."""
        return sorted(
            (
                PeriodMark(
                    s,
                    e,
                    ref,
                    bool(comparison.search(sentence[:s])),
                    bool(starts_from.search(sentence[:s])),
                )
                for s, e, ref in self._found
            ),
            key=lambda mark: mark.start,
        )
