"""The sheets of the workbook, one builder each (named by ``registry.SHEETS``): numbers as
numeric cells in the layout's scale, one Excel table a sheet, wording from
``templates/base/workbook-labels.toml``."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from callbrief.formatting import divisor, scale_label, scale_word, table_units
from callbrief.model import HEADLINE, Briefing, Speaker
from callbrief.model.values import Unit
from callbrief.render.audience import AudienceError, WorkbookLayout, templates_root
from callbrief.render.provenance import provenance, reproducible_time
from callbrief.render.registry import Sheet
from callbrief.render.xlsx_cells import (
    AMOUNT,
    INTEGER,
    PERCENT,
    POINTS,
    as_table,
    fraction,
    header_row,
    put,
)

_HEADLINE = (*HEADLINE, "net_cash")  # the workbook adds the balance


@dataclass(frozen=True, slots=True)
class SheetLabels:
    """The fixed wording one sheet is written with."""

    own: Mapping[str, Any]
    """The sheet's table in ``workbook-labels.toml`` (``headers``...)."""
    not_disclosed: str
    """Why a headline cell is empty."""
    separator: Mapping[str, str]
    """Between the items of a list in one cell, per language."""

    def headers(self, *, paired: bool = False, **scale: str) -> list[str]:
        """The sheet's column headers, with the scale of its amounts filled in; ``paired``:
        and the columns a paired transcript adds (``pair_headers``)."""
        extra = self.own.get("pair_headers", []) if paired else []
        return [h.format(**scale) for h in (*self.own["headers"], *extra)]


SheetBuilder = Callable[[Worksheet, Briefing, WorkbookLayout, str, SheetLabels], None]
"""Fills one sheet: (sheet, briefing, layout, audience name, its wording)."""


def builder(sheet: Sheet) -> SheetBuilder:
    """The function that fills a registered sheet."""
    found: SheetBuilder = globals()[sheet.builder]
    return found


@cache
def _label_file() -> dict[str, Any]:
    path = templates_root() / "base" / "workbook-labels.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise AudienceError(f"cannot read the workbook labels ({e})", source=str(path)) from None


def sheet_labels(sheet: Sheet | str) -> SheetLabels:
    """The wording of a registered sheet (or of a table of the file, by name: ``season``)."""
    table = _label_file()
    own = table[sheet if isinstance(sheet, str) else sheet.labels]
    return SheetLabels(own, table["not_disclosed"], table["list_separator"])


def _scaled(
    value: Decimal | None, unit: Unit | None, layout: WorkbookLayout
) -> tuple[Any, str, str]:
    """(cell value, number format, scale word) for a metric value."""
    if value is None:
        return None, AMOUNT, ""
    if unit is Unit.PERCENT:
        return fraction(value), PERCENT, "%"
    if unit is Unit.PERCENTAGE_POINTS:
        return float(value), POINTS, "pp"
    if unit is not None and unit.is_per_share:
        return float(value), AMOUNT, ""  # per share: as stated
    return float(value / divisor(layout.units)), AMOUNT, scale_word(layout.units) or ""


def summary(
    ws: Worksheet, b: Briefing, layout: WorkbookLayout, audience: str, labels: SheetLabels
) -> None:
    call = b.transcript.call
    values = [
        (b.company_zh or call.company, b.company_en),
        (b.period_zh or call.period or "", call.period_en or ""),
        (b.fiscal.zh if b.fiscal else "", b.fiscal.en if b.fiscal else ""),
        (call.date.isoformat() if call.date else "", ""),
    ]
    rows = [(label, zh, en) for label, (zh, en) in zip(labels.own["fields"], values, strict=True)]
    for r, (label, zh, en) in enumerate(rows, 1):
        put(ws, r, 1, label).font = Font(bold=True)
        put(ws, r, 2, zh)
        put(ws, r, 3, en)
    word = scale_word(layout.units) or ""
    top = len(rows) + 2
    headers = labels.headers(word=word)
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
            put(ws, r, 5, fraction(m.yoy_pct), PERCENT)
            put(ws, r, 6, m.source.text)
    as_table(ws, "Headline", top, r, len(headers))
    for n, s in enumerate(b.takeaways, r + 2):
        put(ws, n, 1, s.en)
        put(ws, n, 2, s.zh)


def segments(
    ws: Worksheet, b: Briefing, layout: WorkbookLayout, audience: str, labels: SheetLabels
) -> None:
    unit_zh, unit_en = scale_label(table_units(layout.units, b.currency, "en"))
    headers = labels.headers(unit_en=unit_en, unit_zh=unit_zh)
    header_row(ws, 1, headers, layout.header_color)
    by = divisor(layout.units)
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
                    ws.cell(row=r, column=col).comment = Comment(labels.not_disclosed, "callbrief")
                continue
            shown = fraction(value) if fmt == PERCENT else float(value / by)
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
    put(ws, last + 2, 1, f"Empty cell: {labels.not_disclosed}. Nothing is derived.")
    _segment_chart(ws, b, last + 4, unit_en, by)


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


def metrics(
    ws: Worksheet, b: Briefing, layout: WorkbookLayout, audience: str, labels: SheetLabels
) -> None:
    headers = labels.headers(paired=b.pairing is not None)
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
            (fraction(m.yoy_pct), PERCENT), (prior, fmt), (m.qualitative_en or "", None),
            (m.qualitative or "", None), (who.name_en, None), (who.name, None),
            (section.title_en or "", None), (section.title, None), (first.text, None),
            (len(m.sources), INTEGER),
        ]  # fmt: skip
        if m.pair is not None:  # the figure in the paired transcript
            other, other_fmt, _ = _scaled(m.pair.value, m.unit, layout)
            if m.pair.is_change:
                other, other_fmt = fraction(m.pair.value), PERCENT
            row += [(m.pair.status, None), (other, other_fmt), (m.pair.text or "", None),
                    (first.translation or "", None)]  # fmt: skip
        for col, (v, f) in enumerate(row, 1):
            put(ws, r, col, v, f)
    as_table(ws, "Metrics", 1, len(b.metrics) + 1, len(headers))


def changes(
    ws: Worksheet, b: Briefing, layout: WorkbookLayout, audience: str, labels: SheetLabels
) -> None:
    """Figures this quarter and last, the derived change and both sentences; then guidance
    then and now, and the segments and topics that appeared or vanished."""
    c = b.changes
    assert c is not None  # the sheet is made only with a prior quarter
    headers = labels.headers()
    header_row(ws, 1, headers, layout.header_color)
    r = 1
    for r, m in enumerate(c.metrics, 2):
        value, fmt, scale = _scaled(m.value, m.unit, layout)
        prior, _, _ = _scaled(m.prior_value, m.unit, layout)
        derived = fraction(m.qoq_pct) if m.qoq_pct is not None else m.qoq_points
        row: list[tuple[Any, str | None]] = [
            (m.id, None), (m.subject_en, None), (m.subject_zh, None), (m.measure_en, None),
            (m.measure_zh, None), (value, fmt), (prior, fmt), (scale, None),
            (derived, PERCENT if m.qoq_pct is not None else POINTS), ("derived", None),
            (m.inputs[0].text, None), (m.inputs[1].call, None), (m.inputs[1].text, None),
        ]  # fmt: skip
        for col, (v, f) in enumerate(row, 1):
            put(ws, r, col, v, f)
    as_table(ws, "Changes", 1, max(r, 2) if c.metrics else 1, len(headers))
    top = (r if c.metrics else 1) + 2
    put(ws, top, 1, labels.own["guidance_title"])
    for n, g in enumerate(c.guidance, top + 1):
        said = " | ".join(i.text for i in g.inputs)
        ends = [_scaled(v, g.unit, layout)[:2] for v in (*(g.then or (None, None)),
                                                          *(g.now or (None, None)))]  # fmt: skip
        values: list[tuple[Any, str | None]] = [
            (g.id, None), (g.measure_en, None), (g.measure_zh, None), (g.period_en, None),
            (g.status, None), *ends, (said, None),
        ]  # fmt: skip
        for col, (v, f) in enumerate(values, 1):
            put(ws, n, col, v, f)
    at = top + len(c.guidance) + 2
    for title, items in (
        (labels.own["segments_new"], [f"{en} / {zh}" for _, zh, en in c.segments_new]),
        (labels.own["segments_gone"], [f"{en} / {zh}" for _, zh, en in c.segments_gone]),
        (labels.own["topics_new"], [f"{t.en} / {t.zh}" for t in c.topics_new]),
        (labels.own["topics_gone"], [f"{t.en} / {t.zh}" for t in c.topics_gone]),
    ):
        put(ws, at, 1, title)
        put(ws, at, 2, "; ".join(items))
        at += 1


def quotes(
    ws: Worksheet, b: Briefing, layout: WorkbookLayout, audience: str, labels: SheetLabels
) -> None:
    headers = labels.headers()
    header_row(ws, 1, headers, layout.header_color)
    speakers = {s.id: s for s in b.transcript.speakers}
    topics = {t.key: t for t in b.topics}
    for r, q in enumerate(b.quotes, 2):
        who, topic = speakers[q.speaker], topics.get(q.topic)
        values = [who.name_en, who.name, who.title_en or "", who.title or "",
                  topic.en if topic else q.topic, topic.zh if topic else q.topic, q.text,
                  q.translation or "", q.turn]  # fmt: skip
        for col, v in enumerate(values, 1):
            put(ws, r, col, v, INTEGER if col == len(values) else None)
    as_table(ws, "Quotes", 1, len(b.quotes) + 1, len(headers))


def qa(
    ws: Worksheet, b: Briefing, layout: WorkbookLayout, audience: str, labels: SheetLabels
) -> None:
    headers = labels.headers(paired=b.pairing is not None)
    zh, en = labels.separator["zh"], labels.separator["en"]
    header_row(ws, 1, headers, layout.header_color)
    speakers = {s.id: s for s in b.transcript.speakers}
    topics = {t.key: t for t in b.topics}
    others = b.question_translations or (None,) * len(b.questions)
    for r, (q, asked, other) in enumerate(
        zip(b.transcript.qa, b.questions, others, strict=True), 2
    ):
        analyst = speakers[q.analyst]
        values: Sequence[Any] = [
            q.index + 1, analyst.name_en, analyst.name, analyst.firm_en or q.firm or "",
            en.join(topics[k].en for k in q.topics if k in topics),
            zh.join(topics[k].zh for k in q.topics if k in topics),
            asked,
            en.join(speakers[a].name_en for a in q.answerers),
            zh.join(speakers[a].name for a in q.answerers), q.question_turn,
        ]  # fmt: skip
        if b.pairing is not None:
            values = [*values, other or ""]
        for col, v in enumerate(values, 1):
            put(ws, r, col, v, INTEGER if isinstance(v, int) else None)
    as_table(ws, "QA", 1, len(b.transcript.qa) + 1, len(headers))


def about(
    ws: Worksheet, b: Briefing, layout: WorkbookLayout, audience: str, labels: SheetLabels
) -> None:
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
        ("Currency scale", table_units(layout.units, b.currency, "en")),
        ("Glossary files", "; ".join(b.glossaries) or "shipped glossaries only"),
    ]
    rows += [(f"Glossary fallback ({f.kind})", f"{f.zh} -> {f.en} (pinyin; add it to a glossary)")
             for f in b.fallbacks]  # fmt: skip
    header_row(ws, 1, labels.headers(), layout.header_color)
    for r, (k, v) in enumerate(rows, 2):
        put(ws, r, 1, k)
        put(ws, r, 2, v)
    as_table(ws, "About", 1, len(rows) + 1, 2)
