"""The Excel workbook, read back with openpyxl as a finance desk would."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from callbrief.build import BuildOptions, build
from conftest import EXAMPLE, ROOT, reference_path

SHEETS = ["Summary", "Segments", "Metrics", "Quotes", "Q&A", "About"]
SCALE = {"mn": 10**6, "%": 100, "pp": 1}


@pytest.fixture(scope="module")
def reference_outputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("xlsx")
    xlsx, js = build(str(reference_path()), BuildOptions(out_dir=out, formats=("xlsx", "json")))
    return xlsx, json.loads(js.read_text(encoding="utf-8"))


def _rows(ws: Any) -> list[dict[str, Any]]:
    header = [c.value for c in ws[1]]
    return [
        dict(zip(header, row, strict=True)) for row in ws.iter_rows(min_row=2, values_only=True)
    ]


def test_sheets_tables_and_frozen_headers(reference_outputs: tuple[Path, dict[str, Any]]) -> None:
    wb = openpyxl.load_workbook(reference_outputs[0])
    assert wb.sheetnames == SHEETS
    for ws in wb:
        assert ws.tables, f"{ws.title} has no Excel table"
        assert ws.freeze_panes is not None
    assert wb.properties.creator == "callbrief" and "Alibaba Group" in (wb.properties.title or "")
    assert len(wb["Segments"]._charts) == 1


def test_every_metric_is_a_numeric_cell_at_its_scale(
    reference_outputs: tuple[Path, dict[str, Any]],
) -> None:
    xlsx, doc = reference_outputs
    rows = {r["ID"]: r for r in _rows(openpyxl.load_workbook(xlsx)["Metrics"])}
    assert set(rows) == {m["id"] for m in doc["metrics"]}
    for m in doc["metrics"]:
        row = rows[m["id"]]
        if m["value"] is None:
            assert row["Value"] is None
            continue
        assert isinstance(row["Value"], int | float), m["id"]
        assert row["Value"] * SCALE[row["Scale"]] == pytest.approx(m["value"], rel=1e-12), m["id"]
        assert row["Unit"] == m["unit"]
        if m["yoy_pct"] is not None:
            assert row["YoY"] * 100 == pytest.approx(m["yoy_pct"])
        if m["prior_value"] is not None:
            assert row["Prior value"] * SCALE[row["Scale"]] == pytest.approx(
                m["prior_value"], rel=1e-12
            )
        assert row["Source sentence / 原文"] == m["source"]["text"]
        assert row["Sources"] == len(m["sources"])


def test_segments_leave_undisclosed_cells_empty(
    reference_outputs: tuple[Path, dict[str, Any]],
) -> None:
    xlsx, doc = reference_outputs
    ws = openpyxl.load_workbook(xlsx)["Segments"]
    by_name = {ws.cell(row=r, column=1).value: r for r in range(2, ws.max_row + 1)}
    for seg in doc["segments"]:
        r = by_name[seg["name_en"]]
        revenue = ws.cell(row=r, column=4)
        if seg["revenue"] is None:
            assert revenue.value is None and revenue.comment is not None  # empty, never zero
        else:
            assert revenue.value * 10**6 == pytest.approx(seg["revenue"])
    header = ws.cell(row=1, column=4).value
    assert "RMB mn" in header and "人民币百万元" in header


def test_no_cell_is_a_formula(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    # Each at the start of a sentence the workbook copies verbatim (source sentences, questions).
    for old, new in [
        ("各项业务稳步推进。集团收入达到", '各项业务稳步推进。=HYPERLINK("http://x")集团收入达到'),
        ("按非公认会计准则计算的净利润", "@SUM(1)按非公认会计准则计算的净利润"),
        ("本季度自由现金流为", "-2+3本季度自由现金流为"),
        ("请问公司下半年的股东回报计划？", "+cmd|'/c calc' A0 公司下半年的股东回报计划？"),
    ]:
        assert old in text
        text = text.replace(old, new)
    src = tmp_path / "formulas.txt"
    src.write_text(text, encoding="utf-8")
    (xlsx,) = build(str(src), BuildOptions(out_dir=tmp_path, formats=("xlsx",),
                                           glossaries=(ROOT / "examples/nebula.glossary.toml",)))  # fmt: skip
    wb = openpyxl.load_workbook(xlsx)
    seen = []
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (
                    f"{ws.title}!{cell.coordinate} is a formula: {cell.value}"
                )
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    seen.append(cell.value[:12])
    for start in ("=HYPERLINK", "@SUM", "-2+3", "+cmd"):
        assert any(v.startswith(start) for v in seen), (start, seen)


def test_same_input_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    options = BuildOptions(
        formats=("xlsx", "json"), glossaries=(ROOT / "examples/nebula.glossary.toml",)
    )
    first = build(str(EXAMPLE), _with_out(options, tmp_path / "a"))
    second = build(str(EXAMPLE), _with_out(options, tmp_path / "b"))
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    third = build(str(EXAMPLE), _with_out(options, tmp_path / "c"))
    fourth = build(str(EXAMPLE), _with_out(options, tmp_path / "d"))
    assert third[0].read_bytes() == fourth[0].read_bytes()
    about = {r["Field"]: r["Value"] for r in _rows(openpyxl.load_workbook(third[0])["About"])}
    assert about["Generated"] == "2026-01-01 00:00 UTC"
    assert "王磊 -> Wang Lei" in " ".join(str(v) for v in about.values())


def _with_out(options: BuildOptions, out: Path) -> BuildOptions:
    import dataclasses

    return dataclasses.replace(options, out_dir=out)


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is installed by `make bench`"
)
def test_libreoffice_opens_the_workbook(
    reference_outputs: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    result = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(reference_outputs[0])],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / (reference_outputs[0].stem + ".pdf")).stat().st_size > 10_000
