"""The season workbook (``callbrief build ... --index season.xlsx``): every call of a batch in
one workbook. "Calls" has one row per call with its headline figures, their change on the
year and, when the prior quarter was among the inputs, on the quarter (derived); then one
sheet per headline measure across companies. Every figure keeps its call, turn and sentence,
as in the single-call workbook. Amounts are in millions of each call's own currency (a
currency column says which): nothing is converted."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook

from callbrief.model import HEADLINE, Briefing, Metric
from callbrief.model.values import Unit
from callbrief.render.provenance import reproducible_time
from callbrief.render.sheets import sheet_labels
from callbrief.render.xlsx_cells import (
    AMOUNT,
    PERCENT,
    POINTS,
    as_table,
    fit_columns,
    fraction,
    header_row,
    put,
    repack,
)

_COLOR = "1F4E79"
_MILLION = Decimal(1_000_000)


def season_workbook(calls: Sequence[tuple[str, Briefing]]) -> bytes:
    """The workbook of ``calls`` (input path, briefing), in the order given."""
    wb = Workbook()
    for sheet in list(wb.worksheets):
        wb.remove(sheet)
    measures = [k for k in HEADLINE if any(_headline(b, k) for _, b in calls)]
    labels = sheet_labels("season")
    ws = wb.create_sheet("Calls")
    names = {k: _measure_names(calls, k) for k in measures}
    headers = labels.headers()
    for k in measures:
        mn = " (mn)" if _in_millions(calls, k) else ""
        headers += [h.format(measure=names[k], mn=mn) for h in labels.own["per_measure"]]
    header_row(ws, 1, headers, _COLOR)
    for r, (path, b) in enumerate(calls, 2):
        call = b.transcript.call
        row: list[tuple[Any, str | None]] = [
            (b.company_en or call.company or "", None), (b.company_zh or call.company or "", None),
            (call.period_en or "", None), (call.date.isoformat() if call.date else "", None),
            (b.currency.value if b.currency else "", None), (path, None),
        ]  # fmt: skip
        for k in measures:
            m = _headline(b, k)
            row += [_value(m), (fraction(m.yoy_pct) if m else None, PERCENT),
                    (_qoq(b, m), PERCENT)]  # fmt: skip
        for col, (v, f) in enumerate(row, 1):
            put(ws, r, col, v, f)
    as_table(ws, "Calls", 1, len(calls) + 1, len(headers))
    fit_columns(ws, True)
    for k in measures:
        sheet = wb.create_sheet(re.sub(r"[\\/?*\[\]:]", " ", names[k])[:31])
        cols = list(labels.own["measure_sheet"])
        header_row(sheet, 1, cols, _COLOR)
        rows = [(p, b, m) for p, b in calls if (m := _headline(b, k))]
        for r, (path, b, m) in enumerate(rows, 2):
            values: list[tuple[Any, str | None]] = [
                (b.company_en or b.transcript.call.company or "", None),
                (b.transcript.call.period_en or "", None), _value(m),
                (m.unit.value if m.unit else "", None), (fraction(m.yoy_pct), PERCENT),
                (_qoq(b, m), PERCENT), (path, None), (m.source.turn, None),
                (m.source.written or m.source.text, None),
            ]  # fmt: skip
            for col, (v, f) in enumerate(values, 1):
                put(sheet, r, col, v, f)
        as_table(sheet, f"M_{k}", 1, max(len(rows) + 1, 2), len(cols))
        fit_columns(sheet, True)
    stamp = reproducible_time() or datetime(1980, 1, 1, tzinfo=UTC)  # the same bytes each time
    wb.properties.creator = wb.properties.lastModifiedBy = "callbrief"
    wb.properties.title = "Season of earnings calls"
    wb.properties.created = wb.properties.modified = stamp.replace(tzinfo=None)
    out = io.BytesIO()
    wb.save(out)
    return repack(out.getvalue(), stamp)


def _headline(b: Briefing, key: str) -> Metric | None:
    """The group's figure of the quarter for a measure, in the call's reporting currency
    (or its per-share form) when it is an amount of money."""
    return next(
        (
            m for m in b.metrics
            if m.subject == "group" and m.measure == key and m.is_current
            and (m.unit is None or not m.unit.is_currency or b.currency is None
                 or m.unit.value.split("/")[0] == b.currency.value)
        ),
        None,
    )  # fmt: skip


def _in_millions(calls: Sequence[tuple[str, Briefing]], key: str) -> bool:
    """Whether a measure's cells are amounts of money shown in millions."""
    return any(
        (m := _headline(b, key)) is not None and m.unit is not None and m.unit.is_currency
        and not m.unit.is_per_share
        for _, b in calls
    )  # fmt: skip


def _measure_names(calls: Sequence[tuple[str, Briefing]], key: str) -> str:
    for _, b in calls:
        if m := _headline(b, key):
            return m.measure_en
    return key


def _value(m: Metric | None) -> tuple[Any, str | None]:
    if m is None or m.value is None:
        return None, None
    if m.unit is Unit.PERCENT:
        return float(m.value / 100), PERCENT
    if m.unit is Unit.PERCENTAGE_POINTS:
        return float(m.value), POINTS
    if m.unit is not None and (m.unit.is_per_share or not m.unit.is_currency):
        return float(m.value), AMOUNT
    return float(m.value / _MILLION), AMOUNT


def _qoq(b: Briefing, m: Metric | None) -> float | None:
    if m is None or b.changes is None:
        return None
    c = next((c for c in b.changes.metrics if c.id == m.id), None)
    return fraction(c.qoq_pct) if c else None
