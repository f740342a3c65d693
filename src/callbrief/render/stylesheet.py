"""A briefing's stylesheet parsed once per process: every briefing of an audience carries the
same ``<style>`` element, and WeasyPrint parsing it again for each document (tokenising the
CSS, compiling its selectors) was 7-9% of a batch worker's time per document.

``install()`` puts a caching lookup in front of the function with which WeasyPrint finds a
document's stylesheets: the document is read as it is (the ``<style>`` stays where it is, its
rules keep the author origin) and only the parsing is skipped. It is used for a document
whose one stylesheet is a ``<style>`` element without attributes, and whose CSS loads nothing
(no ``url(``, ``@import`` or ``@font-face``), declares nothing WeasyPrint keeps per document
(``@counter-style``, ``@color-profile``), uses no ``var()`` (WeasyPrint reports a bad
``var()`` value once per parsed rule, so a shared parse would report it for the first
document only) and hides nothing behind an escape. Every other document is read by WeasyPrint
alone. A stylesheet WeasyPrint warned about while parsing is not kept (its warnings belong to
each document that has it). The PDF is byte for byte the one WeasyPrint alone makes (tested).

The lookup replaces a function of WeasyPrint's that is not part of its documented interface,
so ``install`` checks its parameters first and leaves a WeasyPrint whose function differs
alone: then nothing is cached and nothing else changes."""

from __future__ import annotations

import inspect
import logging
import re
from collections.abc import Iterator
from typing import Any

from callbrief.render import native_libraries

_PARAMETERS = ("wrapper_element", "device_media_type", "url_fetcher", "base_url", "font_config",
               "counter_style", "color_profiles", "page_rules", "layers")  # fmt: skip
"""Those of ``weasyprint.css.find_stylesheets`` that the lookup was written for."""
_PER_DOCUMENT = re.compile(
    r"url\(|@import|@font-face|@counter-style|@color-profile|var\(|\\", re.IGNORECASE
)
_ONE_STYLE = re.compile(r"<style>(.*?)</style>", re.DOTALL)
_STYLES = re.compile(r"<style|<link", re.IGNORECASE)

_parsed: dict[tuple[str, str, str], Any] = {}
"""Parsed stylesheets by (CSS, base URL, media type): an audience's, and a few more."""
_KEEP = 4


def install() -> bool:
    """Put the caching lookup in front of WeasyPrint's (once per process); False, and nothing
    changed, when this WeasyPrint's function is not the one it was written for."""
    native_libraries.load()
    import weasyprint.css as css

    found = css.find_stylesheets
    if getattr(found, "callbrief_cache", False):
        return True
    if tuple(inspect.signature(found).parameters) != _PARAMETERS:
        return False

    def find_stylesheets(
        wrapper_element: Any, device_media_type: str, url_fetcher: Any, base_url: str | None,
        *rest: Any,
    ) -> Iterator[Any]:  # fmt: skip
        elements = list(wrapper_element.query_all("style", "link"))
        if len(elements) == 1:
            element = elements[0].etree_element
            if element.tag == "style" and not element.attrib:
                text = css.get_child_text(element)
                sheet = _sheet(text, base_url, device_media_type, url_fetcher)
                if sheet is not None:
                    yield sheet
                    return
        yield from found(wrapper_element, device_media_type, url_fetcher, base_url, *rest)

    find_stylesheets.callbrief_cache = True  # type: ignore[attr-defined]
    find_stylesheets.__wrapped__ = found  # type: ignore[attr-defined]
    css.find_stylesheets = find_stylesheets
    return True


def parse_ahead(html: str, base_url: str) -> None:
    """Parse the stylesheet of ``html`` now, for documents typeset later in this process or in
    processes forked from it (a batch's typesetters). Looks no font up, starts no thread.
    Called after ``install`` (which loads WeasyPrint)."""
    from weasyprint import HTML

    if len(_STYLES.findall(html)) == 1 and (found := _ONE_STYLE.search(html)):
        document_url = HTML(string="<html></html>", base_url=base_url).base_url
        _sheet(found.group(1), document_url, "print", None)


def _sheet(text: str, base_url: str | None, media_type: str, url_fetcher: Any) -> Any:
    """The parsed stylesheet of CSS ``text``, from the cache or parsed now (and kept unless
    WeasyPrint warned); None for CSS that is parsed with each document."""
    if _PER_DOCUMENT.search(text):
        return None
    key = (text, base_url or "", media_type)
    if (sheet := _parsed.get(key)) is not None:
        return sheet
    from weasyprint import CSS

    from callbrief.render.pdf import WarningCollector

    warned = WarningCollector()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(warned)
    try:
        sheet = CSS(string=text, base_url=base_url, url_fetcher=url_fetcher, media_type=media_type)
    finally:
        logger.removeHandler(warned)
    if not warned.records:
        if len(_parsed) >= _KEEP:
            _parsed.pop(next(iter(_parsed)))
        _parsed[key] = sheet
    return sheet
