"""Geometry of the segment revenue chart, drawn from data (the SVG itself is a template)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from callbrief.model import SegmentRow

WIDTH = 640
ROW_HEIGHT = 34
LABEL_WIDTH = 230
BAR_AREA = 260
TOP = 8


@dataclass(frozen=True, slots=True)
class Bar:
    """One segment's row of the chart. ``width`` is None when revenue is not disclosed."""

    y: float
    name_zh: str
    name_en: str
    width: float | None
    value_text: str
    growth_text: str
    growth_negative: bool


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    label_width: int
    bars: tuple[Bar, ...]


def segment_chart(
    rows: Sequence[SegmentRow], value_text: dict[str, str], growth_text: dict[str, str]
) -> Chart:
    """Bars for the top-level segments, scaled to the largest stated revenue."""
    top = [r for r in rows if r.level == 0 and not r.is_total]
    largest = max((r.revenue for r in top if r.revenue is not None), default=Decimal(0))
    bars = tuple(
        Bar(
            y=TOP + n * ROW_HEIGHT,
            name_zh=r.name_zh,
            name_en=r.name_en,
            width=float(r.revenue / largest * BAR_AREA)
            if r.revenue is not None and largest > 0
            else None,
            value_text=value_text[r.key],
            growth_text=growth_text[r.key],
            growth_negative=r.revenue_yoy_pct is not None and r.revenue_yoy_pct < 0,
        )
        for n, r in enumerate(top)
    )
    return Chart(WIDTH, TOP * 2 + ROW_HEIGHT * len(bars), LABEL_WIDTH, bars)
