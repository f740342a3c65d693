"""A briefing's stylesheet, parsed once per process (render/stylesheet.py): each PDF is byte
for byte the one WeasyPrint alone makes, and a document whose styles are its own is left to
WeasyPrint."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from callbrief.build import BuildOptions, brief, render_job, render_outputs
from callbrief.render import compact_font, pdf, stylesheet
from callbrief.render.pdf import WarningCollector
from callbrief.render.renderers import HtmlRenderer
from conftest import EXAMPLE

HERE = Path(__file__).parent


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lookup in place with an empty cache, and fixed PDF dates."""
    assert stylesheet.install()
    monkeypatch.setattr(stylesheet, "_parsed", {})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    compact_font.use()


def _alone(html: str, base: Path, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """What WeasyPrint alone makes of ``html``: its own stylesheet lookup, a new font
    configuration."""
    import weasyprint.css
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    with monkeypatch.context() as m:  # the lookup wraps WeasyPrint's
        m.setattr(weasyprint.css, "find_stylesheets", weasyprint.css.find_stylesheets.__wrapped__)
        return HTML(string=html, base_url=base.as_uri() + "/").write_pdf(  # type: ignore[no-any-return]
            font_config=FontConfiguration(), pdf_variant="pdf/ua-1"
        )


def test_briefings_typeset_with_one_parse_of_their_stylesheet_are_the_same_pdfs(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each audience's briefing of the bundled example, typeset twice in this process (the
    second time with the stylesheet the first parsed), is byte for byte what WeasyPrint alone
    makes of it."""
    for audience in ("analyst", "executive", "finance"):
        job = render_job(brief(str(EXAMPLE)), BuildOptions(audience=audience))
        html = HtmlRenderer().render(job).decode()
        base, allowed = job.audience.folder, list(job.audience.chain)
        first = pdf.html_to_pdf(html, base, allowed)
        again = pdf.html_to_pdf(html, base, allowed)
        assert first == again == _alone(html, base, monkeypatch), audience
    assert len(stylesheet._parsed) == 3  # the three audiences' stylesheets, each parsed once


TRICKY = [
    # rules of the document's own stylesheet rank as the author's: above SVG size attributes,
    # below an inline !important
    '<style>svg.c { width: 100mm; height: 40mm }</style></head><body><svg class="c" '
    'width="50mm" height="20mm" xmlns="http://www.w3.org/2000/svg"><rect width="10" '
    'height="10"/></svg>',
    '<style>p { color: red !important }</style></head><body><p style="color: blue '
    '!important">星云</p>',
    # where the element is still counts
    "</head><body><style>p:first-child { color: red } style + p { color: green }</style>"
    "<p>星云</p><p>Nebula</p>",
    "<!-- <style>p { color: red }</style> --></head><body><p>星云</p>",
    "<style>@page { size: A5; @bottom-center { content: counter(page) } } p { string-set: t "
    "content() }</style></head><body><p>星云</p>",
]


@pytest.mark.parametrize("head_and_body", TRICKY)
def test_documents_of_every_shape_are_typeset_as_weasyprint_alone_would(
    head_and_body: str, fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    html = f'<html lang="zh-Hans"><head>{head_and_body}</body></html>'
    for _ in range(2):
        assert pdf.html_to_pdf(html, HERE, []) == _alone(html, HERE, monkeypatch)


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
        "<style>:root { --c: red } p { color: var(--c) }</style>",
        "<style>@f\\6f nt-face { font-family: Own }</style>",
    ],
)
def test_styles_that_are_the_documents_own_are_parsed_with_it(styles: str, fresh: None) -> None:
    html = f'<html lang="zh-Hans"><head>{styles}</head><body><p>星云</p></body></html>'
    pdf.html_to_pdf(html, HERE, [])
    assert stylesheet._parsed == {}


def test_a_stylesheet_weasyprint_warns_about_warns_for_every_document(fresh: None) -> None:
    page = '<html lang="zh-Hans"><head><style>p { colour: red }</style></head><body><p>星云</p>'
    collector = WarningCollector()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collector)
    try:
        for _ in range(2):
            pdf.html_to_pdf(page, HERE, [])
    finally:
        logger.removeHandler(collector)
    assert stylesheet._parsed == {}
    assert sum("colour" in m for m in collector.messages) == 2


def test_another_weasyprint_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import weasyprint.css

    def find_stylesheets(wrapper_element: object, media_type: str) -> None: ...

    monkeypatch.setattr(weasyprint.css, "find_stylesheets", find_stylesheets)
    assert stylesheet.install() is False
    assert weasyprint.css.find_stylesheets is find_stylesheets


def test_a_batch_parses_ahead_what_its_typesetters_use(fresh: None, tmp_path: Path) -> None:
    """pdf.Preparer (the batch's warm-up before the typesetters fork) leaves the stylesheet
    the build then finds: the build parses nothing more."""
    options = BuildOptions(out_dir=tmp_path, formats=("pdf",))
    briefing = brief(str(EXAMPLE))
    from callbrief.render.renderers import PdfRenderer

    PdfRenderer(pdf.Preparer()).submit(render_job(briefing, options))
    assert len(stylesheet._parsed) == 1
    (kept,) = stylesheet._parsed.values()
    outputs = render_outputs(briefing, options, pdf.InProcess(), str(EXAMPLE))
    assert outputs["pdf"].startswith(b"%PDF")
    assert list(stylesheet._parsed.values()) == [kept]
