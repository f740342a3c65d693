"""The workbook's cell helpers: widths as East Asian width counts them, and header rows
whose every cell carries the header style (the later cells take a copy of the first's)."""

from __future__ import annotations

import io
import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from callbrief.render.xlsx_cells import display_width, header_row


@given(st.text())
def test_display_width_counts_wide_characters_twice(text: str) -> None:
    want = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    assert display_width(text) == want


def test_every_header_cell_is_styled() -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    header_row(ws, 2, ["指标 Measure", "Value", "来源 Source"], "1F4E79")
    ws.cell(row=3, column=2).value = 5
    data = io.BytesIO()
    wb.save(data)
    back = load_workbook(io.BytesIO(data.getvalue())).active
    assert back is not None
    for col in (1, 2, 3):
        cell = back.cell(row=2, column=col)
        assert cell.font.b and cell.font.color is not None
        assert cell.font.color.rgb.endswith("FFFFFF")
        assert cell.fill.fgColor.rgb.endswith("1F4E79")
        assert cell.alignment.wrap_text and cell.alignment.vertical == "top"
    plain = back.cell(row=3, column=2)
    assert not plain.font.b and plain.fill.fill_type is None
