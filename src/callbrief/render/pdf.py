"""HTML -> PDF with WeasyPrint: A4, CJK fonts, running header and footer, outline, metadata."""

from __future__ import annotations

import gc
import logging
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from callbrief.render import native_libraries


def harfbuzz_subsetting() -> bool:
    """Whether WeasyPrint can subset fonts with HarfBuzz (else it is ~20 times slower)."""
    native_libraries.load()
    from weasyprint.text.ffi import harfbuzz, harfbuzz_subset

    return bool(harfbuzz_subset) and bool(harfbuzz.hb_version_atleast(4, 1, 0))


def html_to_pdf(
    html: str, base_url: Path, allowed: Iterable[Path], *, tagged: bool = True
) -> bytes:
    """Typeset ``html``; only files under ``allowed`` may be loaded.

    Title, author, description, keywords and dates come from the HTML's ``<title>`` and
    ``<meta>`` elements, the document language from ``<html lang>``; headings make the outline.
    ``tagged`` makes a PDF/UA document (structure tags for screen readers and reflow): about
    5% larger and 2% slower with this lean markup, so it is the default (``--no-tagged``).
    """
    native_libraries.load()
    from weasyprint import HTML

    from callbrief.render import compact_font, stylesheet
    from callbrief.render.fetcher import LocalOnlyFetcher  # imports WeasyPrint too

    compact_font.use()
    fetcher = LocalOnlyFetcher([base_url, *allowed])
    url = base_url.as_uri() + "/"
    options: dict[str, object] = {"pdf_variant": "pdf/ua-1"} if tagged else {}
    config = _KEPT.pop() if _KEPT else _new_font_config()
    stylesheet.install()
    _deflate_at_the_default_level()
    document = HTML(string=html, base_url=url, url_fetcher=fetcher)
    with _fewer_collections():
        pdf = document.write_pdf(font_config=config, **options)
    if getattr(config, "_folder", True) is None:  # it loaded no font of the document's own
        _KEPT.append(config)
    return pdf  # type: ignore[no-any-return]


_KEPT: list[object] = []
"""The font configuration the last document was typeset with, kept for the next one in this
process: its font map keeps the fonts open and what it has learnt of them, so that a batch's
documents after the first are typeset 6-8% faster. One that loaded a font a document
declares (``@font-face``, however the rule came in) is not kept, so that font is never
another document's (and its temporary folder goes with it)."""


def _deflate_at_the_default_level() -> None:
    """WeasyPrint's PDF writer (pydyf) compresses every stream at zlib's highest level, 9; at
    the default level, 6, a briefing's PDF is 1% larger (207 KB against 205) and typesetting
    does 4% less work (zlib's share went from 6% to 2%)."""
    import pydyf

    if not isinstance(pydyf.zlib, _Deflate):
        pydyf.zlib = _Deflate()


class _Deflate:
    """zlib as pydyf sees it: the same, with no compressor above the default level."""

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)

    @staticmethod
    def compressobj(level: int = -1, *args: Any, **kwargs: Any) -> Any:
        return zlib.compressobj(min(level, 6), *args, **kwargs)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Python's cycle collector run less often while a document is typeset: WeasyPrint makes
    a few hundred thousand short-lived objects per document, and at the default threshold
    (700 allocations) the collector ran about 120 times per briefing (one of them a full
    collection), 5-8% of its time. At 100,000 it runs a few times; a briefing's peak memory
    grows by about 13 MB."""
    threshold = gc.get_threshold()
    if threshold[0]:  # (0: the program turned automatic collection off)
        gc.set_threshold(max(threshold[0], 100_000), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _new_font_config() -> object:
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


class WarningCollector(logging.Handler):
    """Collects WeasyPrint's warnings (missing glyphs, bad CSS, refused URLs)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[int, str]] = []
        """(level, message) of each, in order."""

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.levelno, record.getMessage()))

    @property
    def messages(self) -> list[str]:
        return [message for _, message in self.records]


class Typesetter(Protocol):
    """Where HTML becomes a PDF: in this process, or in a worker started early (pdf_worker)."""

    def submit(
        self, html: str, base_url: Path, allowed: Sequence[Path], *, tagged: bool
    ) -> Callable[[], bytes]:
        """Start typesetting; the callable returned gives the PDF."""
        ...


class InProcess:
    """Typesets in this process, when the PDF is asked for."""

    def submit(
        self, html: str, base_url: Path, allowed: Sequence[Path], *, tagged: bool
    ) -> Callable[[], bytes]:
        return lambda: html_to_pdf(html, base_url, allowed, tagged=tagged)


class Preparer:
    """Typesets nothing: parses each document's stylesheet (stylesheet.py) for the documents
    typeset after it in this process and in processes forked from it. No font is looked up,
    so no thread of Pango's is started: a process may fork safely afterwards."""

    def submit(
        self, html: str, base_url: Path, allowed: Sequence[Path], *, tagged: bool
    ) -> Callable[[], bytes]:
        from callbrief.render import stylesheet

        if stylesheet.install():
            stylesheet.parse_ahead(html, base_url.as_uri() + "/")
        return lambda: b""
