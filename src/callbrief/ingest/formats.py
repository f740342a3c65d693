"""Transcripts that are not plain text: a text-based PDF, a saved web page, a Word file.

Each is turned into plain text with line structure: a PDF's pages separated by form feeds
(``\\f``, so page furniture can be told from text), a web page's article (not its menus and
footers) one paragraph a line, a Word file one paragraph a line and a table row as
tab-separated cells. The libraries load only for the format that needs them.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING

from callbrief.errors import InputError
from callbrief.ingest.encoding import decode

if TYPE_CHECKING:
    from docx.table import _Cell

_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b", re.I | re.S
)
# A PDF with fewer visible characters than this per page has no text layer to speak of.
_MIN_CHARS_PER_PAGE = 20


def extract_text(raw: bytes, source: str) -> tuple[str, str, str]:
    """The format, the text and the encoding of a transcript file's bytes; a PDF's pages
    are separated by form feeds. ``InputError`` for a scan, a damaged file or no text."""
    kind = kind_of(raw, source)
    if kind == "pdf":
        return kind, pdf_text(raw, source), "utf-8"
    if kind == "docx":
        return kind, docx_text(raw, source), "utf-8"
    if kind == "html":
        html, encoding = decode(raw, source=source)
        return kind, html_text(html, source), encoding
    text, encoding = decode(raw, source=source)
    return kind, text, encoding


def kind_of(raw: bytes, path: str) -> str:
    """``pdf``, ``docx``, ``html`` or ``text``: by the file's first bytes, then its name."""
    suffix = PurePath(path).suffix.lower()
    if raw.startswith(b"%PDF-"):
        return "pdf"
    if raw.startswith(b"PK\x03\x04") and (suffix == ".docx" or _is_docx(raw)):
        return "docx"
    if suffix in (".html", ".htm", ".xhtml") or _HTML_START.match(raw[:2048]):
        return "html"
    return "text"


def _is_docx(raw: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            return "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False


def pdf_text(raw: bytes, source: str) -> str:
    """The text layer of a PDF, pages separated by form feeds; a scanned PDF is refused."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfparser import PDFSyntaxError

    pages: list[str] = []
    try:
        for page in extract_pages(io.BytesIO(raw), laparams=LAParams()):
            pages.append(
                "".join(e.get_text() for e in page if isinstance(e, LTTextContainer)).strip("\n")
            )
    except PDFSyntaxError as e:
        raise InputError(f"not a readable PDF ({e})", source=source) from None
    except Exception as e:  # pdfminer raises many kinds (encrypted, damaged streams...)
        raise InputError(f"cannot read the PDF ({type(e).__name__})", source=source) from None
    visible = sum(len(re.sub(r"\s", "", p)) for p in pages)
    if not pages or visible < _MIN_CHARS_PER_PAGE * len(pages):
        raise InputError(
            "a PDF with no text layer (a scan?): run it through OCR first, or give the text",
            source=source,
        )
    return "\f".join(pages)


def html_text(html: str, source: str) -> str:
    """The article of a saved web page, one paragraph a line (menus and footers left out)."""
    import trafilatura

    text = trafilatura.extract(
        html, include_comments=False, include_tables=True, favor_recall=True, deduplicate=False
    )
    if not text or not text.strip():
        raise InputError("a web page with no article text in it", source=source)
    return text


def docx_text(raw: bytes, source: str) -> str:
    """A Word file's paragraphs, one a line; each table row as tab-separated cells."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as e:  # python-docx raises KeyError, BadZipFile, lxml errors...
        raise InputError(f"cannot read the Word file ({type(e).__name__})", source=source) from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines += [_row(row.cells) for row in block.rows]
    return "\n".join(lines)


def _row(cells: Sequence[_Cell]) -> str:
    """A table row as tab-separated cells (a merged cell once, its paragraphs on one line)."""
    texts: list[str] = []
    previous: object = None
    for cell in cells:
        if cell._tc is not previous:  # python-docx repeats a merged cell for each grid column
            texts.append(" ".join(cell.text.split()))
        previous = cell._tc
    return "\t".join(texts)
