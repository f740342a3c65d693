"""The Excel workbook for finance teams: numbers as numeric cells in a stated scale, one
Excel table a sheet, every figure with its source sentence. Laid out by the audience's
workbook settings (``workbook.toml``)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from callbrief.analyze.briefing import HEADLINE
from callbrief.audience import WorkbookLayout
from callbrief.formatting import FIXED_SCALES, scale_label
from callbrief.model import Briefing, Speaker
from callbrief.model.values import Unit
from callbrief.render import RenderJob
from callbrief.render.provenance import provenance, reproducible_time
from callbrief.render.xlsx_cells import (
    AMOUNT,
    INTEGER,
    PERCENT,
    POINTS,
    as_table,
    fit_columns,
    header_row,
    put,
    repack,
)

_HEADLINE = (*HEADLINE, "net_cash")  # the workbook adds the balance
NOT_DISCLOSED = "Not disclosed on the call / 电话会未披露"


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
    builders = {
        "Summary": _summary, "Segments": _segments, "Metrics": _metrics,
        "Quotes": _quotes, "Q&A": _qa, "About": _about,
    }  # fmt: skip
    for name in layout.sheets:
        ws = wb.create_sheet(name)
        builders[name](ws, b, layout, audience)
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


def _scaled(
    value: Decimal | None, unit: Unit | None, layout: WorkbookLayout
) -> tuple[Any, str, str]:
    """(cell value, number format, scale word) for a metric value."""
    if value is None:
        return None, AMOUNT, ""
    if unit is Unit.PERCENT:
        return _fraction(value), PERCENT, "%"
    if unit is Unit.PERCENTAGE_POINTS:
        return float(value), POINTS, "pp"
    divisor, word = FIXED_SCALES[layout.units]
    return float(value / divisor), AMOUNT, word


def _fraction(pct: Decimal | None) -> float | None:
    return None if pct is None else float(pct / 100)


# --- sheets -------------------------------------------------------------------------------


def _summary(ws: Worksheet, b: Briefing, layout: WorkbookLayout, audience: str) -> None:
    call = b.transcript.call
    rows = [
        ("Company / 公司", call.company, b.company_en),
        ("Period / 报告期", call.period or "", call.period_en or ""),
        ("Fiscal quarter / 财季", b.fiscal.zh if b.fiscal else "", b.fiscal.en if b.fiscal else ""),
        ("Call date / 电话会日期", call.date.isoformat() if call.date else "", ""),
    ]
    for r, (label, zh, en) in enumerate(rows, 1):
        put(ws, r, 1, label).font = Font(bold=True)
        put(ws, r, 2, zh)
        put(ws, r, 3, en)
    word = FIXED_SCALES[layout.units][1]
    top = len(rows) + 2
    headers = ["Measure", "指标", f"Value ({word})", "Unit", "YoY", "Source sentence / 原文"]
    header_row(ws, top, headers, layout.header_color)
    current = [m for m in b.metrics if m.subject == "group" and m.is_current]
    r = top
    for key in _HEADLINE:
        for m in (m for m in current if m.measure == key):
            r += 1
            value, fmt, _ = _scaled(m.value, m.unit, layout)
            put(ws, r, 1, m.measure_en)
            put(ws, r, 2, m.measure_zh)
            put(ws, r, 3, value, fmt)
            put(ws, r, 4, m.unit.value if m.unit else "")
            put(ws, r, 5, _fraction(m.yoy_pct), PERCENT)
            put(ws, r, 6, m.source.text)
    as_table(ws, "Headline", top, r, len(headers))
    for n, s in enumerate(b.takeaways, r + 2):
        put(ws, n, 1, s.en)
        put(ws, n, 2, s.zh)


def _segments(ws: Worksheet, b: Briefing, layout: WorkbookLayout, audience: str) -> None:
    unit_zh, unit_en = scale_label(layout.units)
    headers = [
        "Segment", "分部", "Level",
        f"Revenue ({unit_en}) / 收入（{unit_zh}）", "Revenue YoY / 收入同比",
        f"Revenue prior year ({unit_en}) / 去年同期收入",
        f"Adj. EBITA ({unit_en}) / 经调整 EBITA（{unit_zh}）", "Adj. EBITA YoY / 经调整 EBITA 同比",
        f"Adj. EBITA prior year ({unit_en}) / 去年同期经调整 EBITA", "Adj. EBITA margin / 利润率",
        "Notes", "备注",
    ]  # fmt: skip
    header_row(ws, 1, headers, layout.header_color)
    divisor = FIXED_SCALES[layout.units][0]
    for r, row in enumerate(b.segments, 2):
        name = put(ws, r, 1, row.name_en)
        name.alignment = Alignment(indent=row.level * 2)
        put(ws, r, 2, row.name_zh).alignment = Alignment(indent=row.level * 2)
        put(ws, r, 3, "total" if row.is_total else row.level)
        cells = [
            (4, row.revenue, AMOUNT), (5, row.revenue_yoy_pct, PERCENT),
            (6, row.revenue_prior, AMOUNT), (7, row.adjusted_ebita, AMOUNT),
            (8, row.adjusted_ebita_yoy_pct, PERCENT),
            (9, row.adjusted_ebita_prior, AMOUNT), (10, row.adjusted_ebita_margin_pct, PERCENT),
        ]  # fmt: skip
        for col, value, fmt in cells:
            if value is None:
                if col in (4, 7):  # the headline cells say why they are empty
                    ws.cell(row=r, column=col).comment = Comment(NOT_DISCLOSED, "callbrief")
                continue
            shown = _fraction(value) if fmt == PERCENT else float(value / divisor)
            put(ws, r, col, shown, fmt)
        put(ws, r, 11, "\n".join(n.en for n in row.notes))
        put(ws, r, 12, "\n".join(n.zh for n in row.notes))
        if row.level:
            ws.row_dimensions[r].outline_level = row.level
        if row.is_total:
            for col in range(1, len(headers) + 1):
                ws.cell(row=r, column=col).font = Font(bold=True)
    last = len(b.segments) + 1
    as_table(ws, "Segments", 1, last, len(headers))
    put(ws, last + 2, 1, f"Empty cell: {NOT_DISCLOSED}. Nothing is derived.")
    _segment_chart(ws, b, last + 4, unit_en, divisor)


def _segment_chart(ws: Worksheet, b: Briefing, top: int, unit: str, divisor: Decimal) -> None:
    """A bar chart of top-level segment revenue, from a small data block below the table."""
    top_rows = [r for r in b.segments if r.level == 0 and not r.is_total]
    put(ws, top, 1, "Chart data: segment revenue")
    put(ws, top, 2, f"Revenue ({unit})")
    for n, row in enumerate(top_rows, top + 1):
        put(ws, n, 1, f"{row.name_en} {row.name_zh}")
        if row.revenue is not None:
            put(ws, n, 2, float(row.revenue / divisor), AMOUNT)
    chart = BarChart()
    chart.type = "bar"
    chart.title = f"Segment revenue ({unit}); blank = not disclosed"
    chart.legend = None
    chart.height, chart.width = 9, 18
    data = Reference(ws, min_col=2, min_row=top, max_row=top + len(top_rows))
    cats = Reference(ws, min_col=1, min_row=top + 1, max_row=top + len(top_rows))
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    chart.y_axis.numFmt = "#,##0"
    chart.x_axis.scaling.orientation = "maxMin"  # first segment on top, as in the table
    ws.add_chart(chart, f"D{top}")


def _metrics(ws: Worksheet, b: Briefing, layout: WorkbookLayout, audience: str) -> None:
    headers = [
        "ID", "Subject", "主体", "Measure", "指标", "Period", "期间", "Basis / 口径",
        "Value", "Unit", "Scale", "YoY", "Prior value", "Qualitative", "定性描述",
        "Speaker", "发言人", "Section", "章节", "Source sentence / 原文", "Sources",
    ]  # fmt: skip
    header_row(ws, 1, headers, layout.header_color)
    speakers = {s.id: s for s in b.transcript.speakers}
    sections = {s.id: s for s in b.transcript.sections}
    for r, m in enumerate(b.metrics, 2):
        value, fmt, scale = _scaled(m.value, m.unit, layout)
        prior, _, _ = _scaled(m.prior_value, m.unit, layout)
        first = m.source
        who: Speaker = speakers[first.speaker]
        section = sections[b.transcript.turns[first.turn].section]
        row: list[tuple[Any, str | None]] = [
            (m.id, None), (m.subject_en, None), (m.subject_zh, None), (m.measure_en, None),
            (m.measure_zh, None), (m.period.en if m.period else "", None),
            (m.period.zh if m.period else "", None), (m.basis or "", None),
            (value, fmt), (m.unit.value if m.unit else "", None), (scale, None),
            (_fraction(m.yoy_pct), PERCENT), (prior, fmt), (m.qualitative_en or "", None),
            (m.qualitative or "", None), (who.name_en, None), (who.name, None),
            (section.title_en or "", None), (section.title, None), (first.text, None),
            (len(m.sources), INTEGER),
        ]  # fmt: skip
        for col, (v, f) in enumerate(row, 1):
            put(ws, r, col, v, f)
    as_table(ws, "Metrics", 1, len(b.metrics) + 1, len(headers))


def _quotes(ws: Worksheet, b: Briefing, layout: WorkbookLayout, audience: str) -> None:
    headers = ["Speaker", "发言人", "Title", "职务", "Topic", "话题", "Quote (original)",
               "Quote (other language)", "Turn"]  # fmt: skip
    header_row(ws, 1, headers, layout.header_color)
    speakers = {s.id: s for s in b.transcript.speakers}
    topics = {t.key: t for t in b.glossary.topics}
    for r, q in enumerate(b.quotes, 2):
        who, topic = speakers[q.speaker], topics.get(q.topic)
        values = [who.name_en, who.name, who.title_en or "", who.title or "",
                  topic.en if topic else q.topic, topic.zh if topic else q.topic, q.text,
                  q.text_en or "", q.turn]  # fmt: skip
        for col, v in enumerate(values, 1):
            put(ws, r, col, v, INTEGER if col == len(values) else None)
    as_table(ws, "Quotes", 1, len(b.quotes) + 1, len(headers))


def _qa(ws: Worksheet, b: Briefing, layout: WorkbookLayout, audience: str) -> None:
    from callbrief.render.context import question_excerpt

    headers = ["#", "Analyst", "分析师", "Firm", "Topics", "话题", "Question (excerpt)",
               "Answered by", "回答", "Question turn"]  # fmt: skip
    header_row(ws, 1, headers, layout.header_color)
    speakers = {s.id: s for s in b.transcript.speakers}
    topics = {t.key: t for t in b.glossary.topics}
    for r, q in enumerate(b.transcript.qa, 2):
        analyst = speakers[q.analyst]
        values: Sequence[Any] = [
            q.index + 1, analyst.name_en, analyst.name, analyst.firm_en or q.firm or "",
            "; ".join(topics[k].en for k in q.topics if k in topics),
            "；".join(topics[k].zh for k in q.topics if k in topics),
            question_excerpt(b.transcript, q.question_turn),
            "; ".join(speakers[a].name_en for a in q.answerers),
            "；".join(speakers[a].name for a in q.answerers), q.question_turn,
        ]  # fmt: skip
        for col, v in enumerate(values, 1):
            put(ws, r, col, v, INTEGER if isinstance(v, int) else None)
    as_table(ws, "QA", 1, len(b.transcript.qa) + 1, len(headers))


def _about(ws: Worksheet, b: Briefing, layout: WorkbookLayout, audience: str) -> None:
    source, origin = b.transcript.source, provenance(b, audience)
    fixed = reproducible_time()
    stamp = (
        fixed.strftime("%Y-%m-%d %H:%M UTC")
        if fixed
        else "not recorded (set SOURCE_DATE_EPOCH); left out so equal input gives an equal file"
    )
    rows: list[tuple[str, str]] = [
        ("Source file", origin.file_name),
        ("SHA-256", origin.sha256),
        ("Encoding", source.encoding),
        ("Language", source.language),
        ("Layout", source.layout),
        ("Generator", f"callbrief {origin.version}"),
        ("Generated", stamp),
        ("Audience", audience),
        ("Currency scale", layout.units),
        ("Glossary files", "; ".join(b.glossaries) or "shipped glossaries only"),
    ]
    rows += [(f"Glossary fallback ({f.kind})", f"{f.zh} -> {f.en} (pinyin; add it to a glossary)")
             for f in b.fallbacks]  # fmt: skip
    header_row(ws, 1, ["Field", "Value"], layout.header_color)
    for r, (k, v) in enumerate(rows, 2):
        put(ws, r, 1, k)
        put(ws, r, 2, v)
    as_table(ws, "About", 1, len(rows) + 1, 2)
