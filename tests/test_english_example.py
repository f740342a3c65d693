"""The English example (a made-up company's call in the news-site layout): every figure as
written by hand in ``fixtures/harborview-2025-09-quarter-en.metrics.json``, on every variant;
its structure; its JSON against the schema; and its briefing: English first, tables in US$,
the Chinese side generated from data."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from callbrief import Briefing, brief
from callbrief.build import BuildOptions, build
from callbrief.render.json_document import document, dumps
from conftest import FIXTURES, ROOT, VARIANTS

EXAMPLE_EN = ROOT / "examples" / "harborview-2025-09-quarter-en.txt"
GLOSSARY = ROOT / "examples" / "harborview.glossary.toml"
WANT: dict[str, Any] = json.loads(
    (FIXTURES / "harborview-2025-09-quarter-en.metrics.json").read_text(encoding="utf-8")
)


def _d(x: str | None) -> Decimal | None:
    return None if x is None else Decimal(x)


def _briefing(path: Path) -> Briefing:
    return brief(str(path), glossaries=[GLOSSARY])


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_figure_as_read_by_hand(variant: str, tmp_path: Path) -> None:
    path = tmp_path / EXAMPLE_EN.name
    path.write_bytes(VARIANTS[variant](EXAMPLE_EN.read_text(encoding="utf-8")))
    b = _briefing(path)
    got = [
        [m.id, m.value, m.unit and m.unit.value, m.yoy_pct, m.prior_value, m.qoq_pct,
         m.low, m.high, m.qualitative, m.basis, m.guidance_change]
        for m in b.metrics
    ]  # fmt: skip
    want = [
        [i, _d(v), u, _d(y), _d(p), _d(q), _d(lo), _d(hi), words, basis, change]
        for i, v, u, y, p, q, lo, hi, words, basis, change in WANT["metrics"]
    ]
    assert got == want
    sentences = EXAMPLE_EN.read_text(encoding="utf-8")
    for m in b.metrics:
        assert m.source.text in sentences, m.id  # each figure quotes its own sentence


def test_structure_speakers_and_qa() -> None:
    t = _briefing(EXAMPLE_EN).transcript
    assert t.source.layout == "dash-titles" and t.source.language == "en"
    assert (t.call.company, t.call.period_en, str(t.call.date)) == (
        "Harborview Instruments", "Q3 2025", "2025-10-28",
    )  # fmt: skip
    roles = {s.name: s.role.value for s in t.speakers}
    assert roles["Colette Marsh"] == "host" and roles["Operator"] == "operator"
    assert [roles[n] for n in ("Daniel Okafor", "Ingrid Halvorsen")] == ["management"] * 2
    names = {s.id: s.name for s in t.speakers}
    assert [(names[q.analyst], q.firm, [names[a] for a in q.answerers]) for q in t.qa] == [
        ("Rachel Bianchi", "Northgate Securities", ["Daniel Okafor", "Ingrid Halvorsen"]),
        ("Tomasz Lewandowski", "Bellcroft Capital", ["Ingrid Halvorsen"]),
        ("Hannah Sato", "Meridian Partners", ["Daniel Okafor"]),
        ("Marcus Feld", "Quarry Hill Research", ["Daniel Okafor"]),
    ]
    assert t.warnings == ()


def test_chinese_side_from_data() -> None:
    b = _briefing(EXAMPLE_EN)
    cfo = next(s for s in b.transcript.speakers if s.name == "Ingrid Halvorsen")
    assert cfo.title_zh == "执行副总裁兼首席财务官"
    assert b.period_zh == "2025 年第三季度" and b.currency and b.currency.value == "USD"
    first = b.takeaways[0]
    assert first.en.startswith("Harborview Instruments revenue was US$1.06 billion, up 8%")
    assert first.zh.startswith("港景仪器收入为 10.6 亿美元，同比增长 8%")
    revenue = next(m for m in b.metrics if m.id == "group.revenue@quarter-2025-12~guidance")
    assert (revenue.measure_zh, revenue.measure_en) == ("收入", "Revenue")


def test_json_follows_the_schema() -> None:
    schema = json.loads((files("callbrief") / "data" / "callbrief-1.schema.json").read_text())
    doc = json.loads(dumps(document(_briefing(EXAMPLE_EN))))
    jsonschema.Draft202012Validator(schema).validate(doc)
    guidance = [m for m in doc["metrics"] if m["kind"] == "guidance"]
    assert {m["guidance_change"] for m in guidance} == {"new", "raised", "reaffirmed"}
    assert all(m["value"] is None and m["low"] is not None for m in guidance if m["low"])


def test_briefing_english_first_tables_in_usd(tmp_path: Path) -> None:
    pdf, xlsx = build(str(EXAMPLE_EN), BuildOptions(out_dir=tmp_path, glossaries=(GLOSSARY,)))
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert text.index("Key takeaways") < text.index("要点")  # English first
    assert "USD mn" in text and "百万美元" in text and "RMB" not in text
    assert re.search(r"US\$4\.35 per share to US\$4\.45 per share \(raised\)", text)
    workbook = load_workbook(xlsx)
    segments = workbook["Segments"]
    headers = [c.value for c in segments[1]]
    assert any("USD mn" in str(h) for h in headers), headers


def test_no_adjusted_ebita_columns_when_no_segment_states_it(tmp_path: Path) -> None:
    from callbrief.build import BuildOptions, build

    options = BuildOptions(out_dir=tmp_path, formats=("html",), languages=("en",))
    page = build(str(EXAMPLE_EN), options)[0].read_text(encoding="utf-8")
    table = page.split('<table class="segment-table">', 1)[1].split("</table>", 1)[0]
    assert "Revenue" in table and "Adj. EBITA" not in table and "not disclosed" not in table
