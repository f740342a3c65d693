"""A briefing's stylesheet parsed once per process: every briefing of an audience carries the
same ``<style>`` element, and WeasyPrint parsing it again (tokenising the CSS, compiling its
selectors) was 7-9% of each document's typesetting in a batch.

The stylesheet is taken out of the HTML and handed to WeasyPrint already parsed. Only a
document whose one stylesheet is a plain ``<style>`` element, and whose CSS loads nothing
(no ``url(``, ``@import`` or ``@font-face``), declares nothing WeasyPrint keeps per document
(``@counter-style``, ``@color-profile``) and hides nothing behind an escape, is typeset this
way; any other is typeset as it is. A stylesheet WeasyPrint warned about is not kept (its
warnings belong to each document that has it). The PDF is byte for byte the one typesetting
the whole HTML gives (tested): WeasyPrint ranks a stylesheet handed to it below the
document's own, and this document has no other."""

from __future__ import annotations

import logging
import re
from typing import Any

_STYLE = re.compile(r"<style>(.*?)</style>", re.DOTALL)
_OTHER_STYLES = re.compile(r"<style|<link", re.IGNORECASE)
_PER_DOCUMENT = re.compile(r"url\(|@import|@font-face|@counter-style|@color-profile|\\",
                           re.IGNORECASE)  # fmt: skip

_parsed: dict[tuple[str, str], Any] = {}
"""Parsed stylesheets by (CSS, base URL): an audience's, and a few more."""
_KEEP = 4


def split(html: str) -> tuple[str, str] | None:
    """``html`` without its stylesheet, and the stylesheet; None for a document that is
    to be typeset as it is."""
    found = _STYLE.search(html)
    if found is None or len(_OTHER_STYLES.findall(html)) != 1:
        return None
    css = found.group(1)
    if _PER_DOCUMENT.search(css):
        return None
    return html[: found.start()] + html[found.end() :], css


def parsed(css: str, base_url: str, fetcher: Any, font_config: Any) -> Any:
    """WeasyPrint's parse of ``css``, kept for the next document unless it warned."""
    key = (css, base_url)
    sheet = _parsed.get(key)
    if sheet is not None:
        return sheet
    from weasyprint import CSS

    warned = _Warned()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(warned)
    try:
        sheet = CSS(string=css, base_url=base_url, url_fetcher=fetcher, font_config=font_config)
    finally:
        logger.removeHandler(warned)
    if not warned.any:
        if len(_parsed) >= _KEEP:
            _parsed.pop(next(iter(_parsed)))
        _parsed[key] = sheet
    return sheet


class _Warned(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.any = False

    def emit(self, record: logging.LogRecord) -> None:
        self.any = True
