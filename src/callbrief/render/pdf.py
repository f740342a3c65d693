"""HTML -> PDF with WeasyPrint: A4, CJK fonts, running header and footer, outline, metadata."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Protocol


def harfbuzz_subsetting() -> bool:
    """Whether WeasyPrint can subset fonts with HarfBuzz (else it is ~20 times slower)."""
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
    from weasyprint import HTML

    from callbrief.render import compact_font
    from callbrief.render.fetcher import LocalOnlyFetcher  # imports WeasyPrint too

    compact_font.use()
    fetcher = LocalOnlyFetcher([base_url, *allowed])
    document = HTML(string=html, base_url=base_url.as_uri() + "/", url_fetcher=fetcher)
    options: dict[str, object] = {"pdf_variant": "pdf/ua-1"} if tagged else {}
    return document.write_pdf(font_config=_font_config(html), **options)  # type: ignore[no-any-return]


_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}", re.IGNORECASE)
_FONT_CONFIGS: dict[tuple[str, ...], object] = {}


def _font_config(html: str) -> object:
    """The font configuration for documents with the ``@font-face`` rules of ``html`` (ours
    have none), made once in a process and kept: its font map keeps the fonts open and what it
    has learnt of them, so that a batch's documents after the first are typeset about 7%
    faster. Documents with other ``@font-face`` rules get a configuration of their own, so a
    font one declares is never another's."""
    from weasyprint.text.fonts import FontConfiguration

    key = tuple(_FONT_FACE.findall(html))
    if key not in _FONT_CONFIGS:
        if len(_FONT_CONFIGS) >= 4:
            _FONT_CONFIGS.clear()
        _FONT_CONFIGS[key] = FontConfiguration()
    return _FONT_CONFIGS[key]


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
