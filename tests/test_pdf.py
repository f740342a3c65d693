"""The PDF briefing, read back as a user would: text in both languages, fonts, metadata."""

from __future__ import annotations

import html as html_lib
import io
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from callbrief.build import BuildOptions, build
from callbrief.render import compact_font
from callbrief.render.pdf import WarningCollector
from conftest import EXAMPLE, reference_path


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def reference_build(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Path, Path, list[str]]]:
    out = tmp_path_factory.mktemp("pdf")
    collector = WarningCollector()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collector)
    try:
        options = BuildOptions(out_dir=out, formats=("pdf", "html"), pdf_worker=True)  # as the CLI
        pdf, html = build(str(reference_path()), options)
    finally:
        logger.removeHandler(collector)
    yield pdf, html, collector.messages


def test_no_weasyprint_warning(reference_build: tuple[Path, Path, list[str]]) -> None:
    assert reference_build[2] == []


def test_pdf_text_has_company_segments_and_headline_figures(
    reference_build: tuple[Path, Path, list[str]],
) -> None:
    pdf, _, _ = reference_build
    reader = PdfReader(pdf)
    text = _squeeze("".join(page.extract_text() for page in reader.pages))
    for expected in [
        "阿里巴巴集团", "AlibabaGroup", "2024年9月份季度", "Septemberquarter2024", "FY2025Q2",
        "淘天集团", "TaobaoandTmallGroup", "云智能集团", "CloudIntelligenceGroup",
        "阿里国际数字商业集团", "AlibabaInternationalDigitalCommerceGroup", "菜鸟集团",
        "人民币2,365亿元", "RMB236.5billion", "人民币406亿元", "RMB40.6billion",
        "人民币435亿元", "RMB43.5billion", "人民币137亿元", "RMB13.7billion",
        "3,521亿元（约合502亿美元）",  # a source sentence as the transcript writes it
        f"第1页/共{len(reader.pages)}页·Page1of{len(reader.pages)}",
    ]:  # fmt: skip
        assert expected in text, expected


def test_every_character_is_typeset_with_the_cjk_font(
    reference_build: tuple[Path, Path, list[str]],
) -> None:
    """No tofu and no fallback font: every character of the HTML is in the PDF's text layer."""
    pdf, html, _ = reference_build
    reader = PdfReader(pdf)
    body = re.sub(r"<style>.*?</style>|<[^>]+>", "", html.read_text(encoding="utf-8"), flags=re.S)
    wanted = {c for c in html_lib.unescape(body) if not c.isspace()}
    got = set("".join(page.extract_text() for page in reader.pages))
    assert wanted - got == set()
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    # one face in one weight and style: each other one would embed another CJK subset; the
    # compact copy of the font where set-up made it (make does), else the system's
    face = "Callbrief-Sans-CJK-SC" if compact_font.use() else "Noto-Sans-CJK-SC"
    assert fonts and all(f.endswith(f"+{face}") for f in fonts), fonts


def test_metadata_and_outline(reference_build: tuple[Path, Path, list[str]]) -> None:
    reader = PdfReader(reference_build[0])
    meta = reader.metadata
    assert (
        meta is not None
        and "阿里巴巴集团" in (meta.title or "")
        and "Alibaba Group" in (meta.title or "")
    )
    assert meta.author == "callbrief"
    assert reader.trailer["/Root"]["/Lang"] == "zh-Hans"
    outline = [_squeeze(item.title) for item in _walk(reader.outline)]
    assert outline[0] == "阿里巴巴集团AlibabaGroup"
    assert "要点Keytakeaways" in outline and "问答摘要Q&Adigest" in outline
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.5)  # A4


def _walk(outline: list[Any]) -> Iterator[Any]:
    for item in outline:
        if isinstance(item, list):
            yield from _walk(item)
        else:
            yield item


def test_html_loads_nothing_remote(reference_build: tuple[Path, Path, list[str]]) -> None:
    html = reference_build[1].read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:|//)""", html)
    assert "url(" not in html and "@import" not in html and "<script" not in html


def test_pdf_is_tagged_by_default(reference_build: tuple[Path, Path, list[str]]) -> None:
    root = PdfReader(reference_build[0]).trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    tags = root["/StructTreeRoot"].get_object()
    assert tags["/K"]  # a structure tree with content under it


def test_no_tagged_leaves_the_structure_out(tmp_path: Path) -> None:
    options = BuildOptions(out_dir=tmp_path, formats=("pdf",), tagged_pdf=False)
    (pdf,) = build(str(EXAMPLE), options)
    root = PdfReader(pdf).trailer["/Root"]
    assert "/StructTreeRoot" not in root


def test_a_kept_font_configuration_typesets_as_a_new_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents typeset one after another in a process share a font configuration
    (pdf._KEPT): the PDF is byte for byte the one a fresh configuration makes; one that
    loaded a font of the document's own (@font-face) is not kept."""
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    from callbrief.render import pdf

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    page = '<html lang="zh-Hans"><body><p>星云科技 Nebula 收入 RMB 1.5 billion，同比 +5%</p></body></html>'
    base = Path(__file__).parent
    compact_font.use()
    first = pdf.html_to_pdf(page, base, [])
    (kept,) = pdf._KEPT
    again = pdf.html_to_pdf(page, base, [])
    assert [kept] == pdf._KEPT
    fresh = HTML(string=page, base_url=base.as_uri() + "/").write_pdf(
        font_config=FontConfiguration(), pdf_variant="pdf/ua-1"
    )
    assert first == again == fresh
    font = next(Path("/usr/share/fonts").rglob("*.ttf"), None)
    if font is not None:  # a document's own font: its configuration is not kept
        rule = f"@font-face {{ font-family: Own; src: url({font.as_uri()}) }}"
        styled = page.replace("<body>", f"<style>{rule} p {{ font-family: Own }}</style><body>")
        pdf.html_to_pdf(styled, base, [font.parent])
        assert pdf._KEPT == []


def test_streams_are_compressed_at_zlibs_default_level() -> None:
    """pydyf asks for level 9; typesetting gives it level 6 (pdf._deflate_at_the_default_level):
    the same deflate data as zlib's default, and a PDF that reads back."""
    import zlib

    import pydyf

    from callbrief.render import pdf

    data = ("收入 RMB 1.5 billion，同比 +5% " * 400).encode()
    asked = pdf._Deflate().compressobj(level=9)
    default = zlib.compressobj(6)
    assert asked.compress(data) + asked.flush() == default.compress(data) + default.flush()
    page = '<html lang="zh-Hans"><body><p>星云科技 收入 RMB 1.5 billion</p></body></html>'
    out = pdf.html_to_pdf(page, Path(__file__).parent, [])
    assert isinstance(pydyf.zlib, pdf._Deflate)
    assert "星云科技" in PdfReader(io.BytesIO(out)).pages[0].extract_text()
