"""Ingest of what users have besides plain text: a text-based PDF (CJK, page furniture), a
saved web page, a Word file; a scan is refused. Fixtures are made here from the made-up
layout fixtures (WeasyPrint for the PDF, python-docx for the Word file)."""

from __future__ import annotations

import base64
import html
import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

from callbrief import extract
from callbrief.errors import InputError
from callbrief.ingest import read_source
from callbrief.ingest.formats import docx_text, kind_of
from conftest import FIXTURES
from test_layout_fixtures import check

LAYOUTS = FIXTURES / "layouts"
SOURCE = LAYOUTS / "speaker-blocks-zh.txt"
RUNNING_HEADER = "青石材料 2025 年 3 月份季度业绩电话会议"


def _want(name: str, **changes: Any) -> dict[str, Any]:
    want = json.loads((LAYOUTS / f"{name}.expected.json").read_text(encoding="utf-8"))
    want.pop("damaged", None)
    return {**want, **changes}


def _lines(path: Path = SOURCE) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def _pdf(body: str, tmp_path: Path, name: str = "call.pdf") -> Path:
    import weasyprint

    page = f"""<html><head><style>
      @page {{ size: A6; margin: 18mm 12mm;
        @top-center {{ content: "{RUNNING_HEADER}"; font-size: 7pt; }}
        @bottom-center {{ content: "第 " counter(page) " 页 共 " counter(pages) " 页"; }} }}
      body {{ font-family: "Noto Sans CJK SC"; font-size: 10pt; }}
    </style></head><body>{body}</body></html>"""
    path = tmp_path / name
    path.write_bytes(weasyprint.HTML(string=page).write_pdf())
    return path


def test_a_text_pdf_is_read_page_by_page_without_its_furniture(tmp_path: Path) -> None:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in _lines())
    path = _pdf(body, tmp_path)
    text = read_source(str(path))
    pages = text.original.count("\f") + 1
    assert text.format == "pdf" and pages >= 3
    # a running header and a page number on every page, none left in the text
    assert text.furniture.count(RUNNING_HEADER) == pages
    assert RUNNING_HEADER not in text.content and "页 共" not in text.content
    check(extract(str(path)), _want("speaker-blocks-zh", format="pdf", furniture=2 * pages))


def _png(width: int = 64, height: int = 64) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + bytes([200, 120, 40]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_a_scanned_pdf_is_refused_in_one_line(tmp_path: Path) -> None:
    import weasyprint

    image = base64.b64encode(_png()).decode()
    page = f'<html><body><img src="data:image/png;base64,{image}" style="width:100%"></body></html>'
    path = tmp_path / "scan.pdf"
    path.write_bytes(weasyprint.HTML(string=page).write_pdf())
    with pytest.raises(InputError) as info:
        read_source(str(path))
    message = info.value.one_line()
    assert "\n" not in message and str(path) in message and "no text layer" in message


def test_a_damaged_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    with pytest.raises(InputError, match="PDF"):
        read_source(str(path))


def _docx(tmp_path: Path) -> Path:
    import docx

    document = docx.Document()
    for line in _lines():
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=3)
    rows = [("指标", "本季度", "同比"), ("收入", "86 亿元", "9%")]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    path = tmp_path / "call.docx"
    document.save(str(path))
    return path


def test_a_word_file_gives_its_paragraphs_and_table_rows(tmp_path: Path) -> None:
    path = _docx(tmp_path)
    raw = path.read_bytes()
    assert kind_of(raw, str(path)) == kind_of(raw, "-") == "docx"
    lines = docx_text(raw, str(path)).split("\n")
    assert lines[: len(_lines())] == _lines()
    assert lines[-2:] == ["指标\t本季度\t同比", "收入\t86 亿元\t9%"]
    paragraphs = {"陈思远": 2, "马立群": 6, "孙悦": 1, "Kevin Brooks": 1}  # the table's rows
    check(extract(str(path)), _want("speaker-blocks-zh", format="docx", paragraphs=paragraphs))


def test_a_damaged_word_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(InputError, match="Word file"):
        read_source(str(path))


def test_a_web_page_gives_its_article_not_its_menus() -> None:
    path = LAYOUTS / "web-page-zh.html"
    text = read_source(str(path))
    assert text.format == "html"
    for menu in (
        "首页",
        "关于我们",
        "加入我们",
        "相关阅读",
        "年度报告下载",
        "客服热线",
        "版权所有",
    ):
        assert menu not in text.content, menu
    assert text.content.startswith("云帆物流集团 2025 年 12 月份季度业绩电话会议记录稿\n")
    assert "郭建明\n云帆物流集团首席执行官\n(原话)\n" in text.content


def test_a_web_page_without_an_article_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    page = '<html><body><div id="app"></div><script src="app.js"></script></body></html>'
    path.write_text(page, encoding="utf-8")  # a page its scripts fill in, saved unfilled
    with pytest.raises(InputError, match="no article"):
        read_source(str(path))


def test_plain_text_loads_no_format_or_script_library() -> None:
    code = (
        "import sys; from callbrief.ingest import read_source; "
        f"read_source({str(SOURCE)!r}); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'pdfminer', 'trafilatura', 'docx', 'opencc', 'charset_normalizer'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
