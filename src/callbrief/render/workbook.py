"""The Excel workbook for finance teams: numbers as numeric cells in a stated scale, one
Excel table a sheet, every figure with its source sentence. Laid out by the audience's
workbook settings (``workbook.toml``)."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from openpyxl import Workbook

from callbrief.model import Briefing
from callbrief.render import RenderJob
from callbrief.render.audience import WorkbookLayout
from callbrief.render.provenance import reproducible_time
from callbrief.render.registry import sheet
from callbrief.render.sheets import builder, sheet_labels
from callbrief.render.xlsx_cells import fit_columns, repack


class XlsxRenderer:
    suffix = "xlsx"

    def render(self, job: RenderJob) -> bytes:
        return workbook_bytes(job.briefing, job.audience.workbook, job.audience.name)


def workbook_bytes(b: Briefing, layout: WorkbookLayout, audience: str) -> bytes:
    """The workbook, byte-identical for the same input and options."""
    stamp = _timestamp(b)
    wb = Workbook()
    for default in list(wb.worksheets):
        wb.remove(default)
    for name in layout.sheets:
        declared = sheet(name)
        if declared.only_with and getattr(b, declared.only_with) is None:
            continue  # the Changes sheet of a call built without its prior quarter
        ws = wb.create_sheet(name)
        builder(declared)(ws, b, layout, audience, sheet_labels(declared))
        fit_columns(ws, layout.wrap_text)
    call = b.transcript.call
    wb.properties.title = (
        f"{call.company} {call.period or ''} / {b.company_en} {call.period_en or ''}"
    )
    wb.properties.subject = "Earnings call figures with their source sentences"
    wb.properties.creator = "callbrief"
    wb.properties.lastModifiedBy = "callbrief"
    wb.properties.keywords = "earnings call"
    wb.properties.created = stamp.replace(tzinfo=None)
    wb.properties.modified = stamp.replace(tzinfo=None)
    buffer = io.BytesIO()
    wb.save(buffer)
    return repack(buffer.getvalue(), stamp)


def _timestamp(b: Briefing) -> datetime:
    """SOURCE_DATE_EPOCH when set, else the call date: never "now", so builds are repeatable."""
    if (fixed := reproducible_time()) is not None:
        return fixed
    day = b.transcript.call.date or b.transcript.call.period_end
    return (
        datetime(day.year, day.month, day.day, tzinfo=UTC)
        if day
        else datetime(1980, 1, 1, tzinfo=UTC)
    )
