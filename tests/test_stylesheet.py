"""A briefing's stylesheet, parsed once per process (render/stylesheet.py): the PDF is the one
the whole HTML gives, and a document whose styles belong to it alone is typeset as it is."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from callbrief.build import BuildOptions, render_job, render_outputs
from callbrief.render import compact_font, pdf, stylesheet
from callbrief.render.pdf import WarningCollector
from callbrief.render.renderers import HtmlRenderer
from conftest import EXAMPLE

PAGE = (
    '<html lang="zh-Hans"><head><style>p { color: #1f4e79 } .second { font-size: 8pt }'
    "</style></head><body><p>星云科技 <span class=second>Nebula</span> 收入 RMB 1.5 billion"
    "</p></body></html>"
)


def test_a_briefing_typeset_with_its_parsed_stylesheet_is_the_same_pdf(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The bundled example's analyst briefing, typeset twice (the second time with the
    stylesheet the first one parsed), is byte for byte what WeasyPrint makes of the whole
    HTML, <style> and all."""
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    from callbrief.build import brief

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.setattr(stylesheet, "_parsed", {})
    job = render_job(brief(str(EXAMPLE)), BuildOptions())
    html = HtmlRenderer().render(job).decode()
    assert stylesheet.split(html) is not None  # the base templates' briefing is one of them
    base, allowed = job.audience.folder, list(job.audience.chain)
    compact_font.use()
    first = pdf.html_to_pdf(html, base, allowed)
    assert len(stylesheet._parsed) == 1
    again = pdf.html_to_pdf(html, base, allowed)
    whole = HTML(string=html, base_url=base.as_uri() + "/").write_pdf(
        font_config=FontConfiguration(), pdf_variant="pdf/ua-1"
    )
    assert first == again == whole


@pytest.mark.parametrize(
    "styles",
    [
        '<style media="print">p { color: red }</style>',
        "<style>p { color: red }</style><style>p { font-size: 8pt }</style>",
        '<style>p { color: red }</style><link rel="stylesheet" href="more.css">',
        "<style>p { background: url(logo.png) }</style>",
        '<style>@import "more.css";</style>',
        "<style>@font-face { font-family: Own; src: local(Own) }</style>",
        "<style>@counter-style thumbs { system: cyclic; symbols: X }</style>",
        "<style>@f\\6f nt-face { font-family: Own }</style>",
    ],
)
def test_styles_of_a_document_of_its_own_are_left_in_it(styles: str) -> None:
    html = PAGE.replace(PAGE[PAGE.index("<style>") : PAGE.index("</head>")], styles)
    assert stylesheet.split(html) is None


def test_the_stylesheet_is_taken_out_whole() -> None:
    split = stylesheet.split(PAGE)
    assert split is not None
    html, css = split
    assert css == "p { color: #1f4e79 } .second { font-size: 8pt }"
    assert "<style" not in html and "星云科技" in html and html.startswith("<html")


def test_a_stylesheet_weasyprint_warns_about_warns_for_every_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its warnings belong to each document that has it: it is parsed again for each."""
    monkeypatch.setattr(stylesheet, "_parsed", {})
    page = PAGE.replace("p { color: #1f4e79 }", "p { colour: red }")
    collector = WarningCollector()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collector)
    try:
        for _ in range(2):
            pdf.html_to_pdf(page, Path(__file__).parent, [])
    finally:
        logger.removeHandler(collector)
    assert stylesheet._parsed == {}
    assert sum("colour" in m for m in collector.messages) == 2


def test_a_build_keeps_one_stylesheet_for_every_briefing_of_an_audience(tmp_path: Path) -> None:
    from callbrief.build import brief

    stylesheet._parsed.clear()
    options = BuildOptions(out_dir=tmp_path, formats=("pdf",))
    briefing = brief(str(EXAMPLE))
    for _ in range(2):
        outputs = render_outputs(briefing, options, pdf.InProcess(), str(EXAMPLE))
        assert outputs["pdf"].startswith(b"%PDF")
    assert len(stylesheet._parsed) == 1
