"""Cell-level helpers for the workbook: text that is never a formula, widths that fit CJK,
number formats, a deterministic zip."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from copy import copy
from datetime import datetime
from decimal import Decimal
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

AMOUNT = "#,##0.0;[Red](#,##0.0);0.0"
PERCENT = "0.0%;[Red]-0.0%;0.0%"
POINTS = '0.0" pp";[Red]-0.0" pp"'
INTEGER = "#,##0"
MAX_WIDTH = 60


def put(ws: Worksheet, row: int, col: int, value: Any, number_format: str | None = None) -> Cell:
    """Write a value; strings are stored as text, so ``=SUM(...)`` in a transcript stays text."""
    cell = ws.cell(row=row, column=col)
    assert isinstance(cell, Cell)  # we never merge cells
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the first character
    if number_format:
        cell.number_format = number_format
    return cell


def fraction(pct: Decimal | None) -> float | None:
    """A percentage as the fraction a percent-formatted cell holds (12 -> 0.12)."""
    return None if pct is None else float(pct / 100)


def display_width(text: str) -> int:
    """Columns a text needs: a CJK (wide) character takes two."""
    return len(text) if text.isascii() else sum(map(_COLUMNS.__getitem__, text))


class _Columns(dict[str, int]):
    """Columns of each character met so far (its East Asian width, looked up once)."""

    def __missing__(self, c: str) -> int:
        self[c] = n = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        return n


_COLUMNS = _Columns()


def header_row(ws: Worksheet, row: int, headers: Sequence[str], color: str) -> None:
    """Bold white titles on ``color``. The first cell's style is given the openpyxl way;
    the others take a copy of its style record, as openpyxl's own copying does, instead of
    registering equal objects (hashed field by field) once per cell."""
    first: Cell | None = None
    for col, title in enumerate(headers, 1):
        cell = put(ws, row, col, title)
        if first is None:
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor=color)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            first = cell
        else:
            cell._style = copy(first._style)  # type: ignore[attr-defined]


def as_table(ws: Worksheet, name: str, first_row: int, last_row: int, columns: int) -> None:
    """Make the block an Excel table (filters, banded rows) and freeze its header row."""
    ref = f"A{first_row}:{_column(columns)}{max(last_row, first_row + 1)}"
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(table)
    ws.freeze_panes = f"A{first_row + 1}"


def fit_columns(ws: Worksheet, wrap: bool, widest: int = MAX_WIDTH) -> None:
    """Width of each column from its longest line (CJK counted double); long text wraps, and
    its row grows to show every line (spreadsheets do not all recompute heights)."""
    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                text = cell.value if isinstance(cell.value, str) else _shown(cell)
                need = max(display_width(line) for line in str(text).split("\n"))
                widths[cell.column] = max(widths.get(cell.column, 0), need)
    for col, width in widths.items():
        ws.column_dimensions[_column(col)].width = min(width, widest) + 2
    if not wrap:
        return
    for row in ws.iter_rows():
        lines = 1
        for cell in row:
            if isinstance(cell.value, str) and (len(cell.value) > 1 or "\n" in cell.value):
                width = min(widths[cell.column], widest)
                wrapped = sum(-(-max(display_width(p), 1) // width) for p in cell.value.split("\n"))
                if wrapped > 1:
                    cell.alignment = Alignment(
                        wrap_text=True, vertical="top", indent=cell.alignment.indent
                    )
                    lines = max(lines, wrapped)
        if lines > 1 and row[0].row is not None:
            ws.row_dimensions[row[0].row].height = 15 * lines


def _shown(cell: Cell) -> str:
    if isinstance(cell.value, float | int):
        return f"{cell.value:,.2f}" if "%" not in str(cell.number_format) else "100.0%"
    return str(cell.value)


def _column(n: int) -> str:
    name = ""
    while n:
        n, rest = divmod(n - 1, 26)
        name = chr(65 + rest) + name
    return name


def repack(data: bytes, when: datetime) -> bytes:
    """The same workbook with fixed zip timestamps and save time: equal input, equal bytes."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + stamp.encode() + rb"\g<2>",
                    content,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, content)
    return out.getvalue()
