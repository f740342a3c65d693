"""Periods: fiscal quarters, and which period phrase dates a figure (the phrases themselves are
found by each language pack's period reader, ``lang/zh/periods.py``)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from callbrief.formatting import fiscal_label_zh
from callbrief.lang.en import structure as en_structure
from callbrief.lang.zh import structure as zh_structure
from callbrief.model import Call, FiscalPeriod, FiscalYear, PeriodRef

if TYPE_CHECKING:
    from callbrief.lang import PeriodReader


def fiscal_period(period_end: date, fiscal_year: FiscalYear) -> FiscalPeriod:
    """The fiscal quarter that ends on ``period_end`` (or in the week after a month's end, as
    a 52/53-week calendar's quarters do)."""
    end = nominal_end(period_end)
    year = end.year + (1 if end.month > fiscal_year.end_month else 0) - fiscal_year.named_by_start
    quarter = (end.month - fiscal_year.end_month - 1) % 12 // 3 + 1
    return FiscalPeriod(year, quarter, fiscal_label_zh(year, quarter))


def nominal_end(day: date) -> date:
    """The month end a period ending on ``day`` stands for: ``2025-08-02`` (a 52/53-week
    quarter's Saturday) is the July quarter."""
    return day if day.day > _WEEK_AFTER else day.replace(day=1) - timedelta(days=1)


_WEEK_AFTER = 7
_FISCAL_QUARTER = re.compile(r"^Q(?P<q>[1-4]) FY(?P<y>\d{4})$")


def stated_fiscal_year(call: Call) -> FiscalYear | None:
    """The fiscal year a call's own period implies: ``Q2 FY2025`` ending on 2 August 2025 is
    a year ending in January, named by the year it starts in. None unless both are stated."""
    m = _FISCAL_QUARTER.match(call.period_en or "")
    if m is None or call.period_end is None:
        return None
    end, q, named = nominal_end(call.period_end), int(m["q"]), int(m["y"])
    month = (end.month + 3 * (4 - q) - 1) % 12 + 1
    by_end = end.year + (1 if end.month > month else 0)
    if named not in (by_end, by_end - 1) or (named != by_end and month == 12):
        return None
    return FiscalYear(month, calendar.monthrange(2001, month)[1], named != by_end)


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


_SPAN = re.compile(r"^(?P<h>H[12] )?(?P<fy>FY)?(?P<y>\d{4})$")
_QUARTER_WORDS = re.compile(f"{zh_structure.QUARTER_WORDS}|{en_structure.QUARTER_WORDS}", re.I)


def span_keys(period_en: str | None) -> tuple[frozenset[str], frozenset[str]] | None:
    """The period keys that are a half-year or whole-year call's own period, and those of the
    same period a year before (the packs key them as ``2025-h1`` / ``h1:2025``, ``year+0`` /
    ``year:2025`` / ``fy2025``); None for a quarter's call."""
    m = _SPAN.match(period_en or "")
    if m is None:
        return None
    year = int(m["y"])
    if m["h"]:
        h = m["h"].strip().lower()

        def half(y: int) -> set[str]:
            return {f"{y}-{h}", f"{h}:{y}", f"{h}:fy{y}", f"fy{y}-{h}"}

        return frozenset({*half(year), h}), frozenset(half(year - 1))
    return (
        frozenset({"year+0", f"year:{year}", f"fy{year}"}),
        frozenset({"year-1", f"year:{year - 1}", f"fy{year - 1}"}),
    )


class SpanReader:
    """The period reader of a call on a half or a whole year: that span is the call's own
    period (no period of its figures'), and a quarter that ends with it is that quarter, not
    the call's own (``第二季度`` in a half-year call)."""

    def __init__(self, inner: PeriodReader, own: frozenset[str], end: date | None) -> None:
        self.inner, self.own, self.end = inner, own, end

    def marks(self, sentence: str) -> list[PeriodMark]:
        out = []
        for m in self.inner.marks(sentence):
            if m.ref is not None and m.ref.key in self.own:
                m = replace(m, ref=None)
            elif (
                m.ref is None
                and self.end
                and _QUARTER_WORDS.search(said := sentence[m.start : m.end])
            ):
                key = f"quarter:{self.end.year}-{self.end.month:02d}"
                m = replace(m, ref=PeriodRef(key, said, f"quarter ended {self.end.isoformat()}"))
            out.append(m)
        return out
