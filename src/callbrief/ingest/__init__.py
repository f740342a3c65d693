"""Ingest: bytes from a file or stdin -> normalised ``Text``.

Reads the format (plain text, a text-based PDF, a saved web page, a Word file), detects the
encoding (BOMs first, then strict UTF-8, then charset-normalizer for GB18030/GBK, Big5,
UTF-16 without BOM), normalises width, line endings and stray whitespace, matches Traditional
Chinese as Simplified (keeping the text as written), removes page furniture, and refuses
input that is missing, empty, binary, scanned or too large with a one-line ``InputError``.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from callbrief.cjk import as_written, fold_width
from callbrief.defaults import DEFAULT_MAX_BYTES
from callbrief.errors import InputError
from callbrief.ingest.encoding import CONTROL, decode
from callbrief.ingest.formats import extract_text
from callbrief.ingest.furniture import furniture
from callbrief.ingest.reading import read_bytes
from callbrief.ingest.script import TRADITIONAL, script_of, to_simplified

_SPACES = re.compile(r"[ \t\f\v]+")


@dataclass(frozen=True, slots=True)
class Text:
    """A transcript's text after ingest, with what is known of its source."""

    content: str
    """Normalised text: ``\\n`` line endings, half-width digits/letters/colons/parentheses,
    Simplified characters, page furniture removed: what the parse stage reads."""
    path: str
    """The path as given on the command line (``-`` for stdin)."""
    sha256: str
    """SHA-256 of the raw bytes."""
    encoding: str
    """The detected encoding, as a Python codec name (``utf-8`` for a PDF or a Word file)."""
    original: str = field(default="", repr=False)
    """The decoded text before normalisation, as a reader of the file sees it (``as_written``)."""
    format: str = "text"
    """``text``, ``pdf``, ``html`` or ``docx``."""
    script: str | None = None
    """``simplified`` or ``traditional``; None without Han characters."""
    written: str = field(default="", repr=False)
    """``content`` in the source's characters (Traditional), line for line and character for
    character; empty when ``content`` is already as written."""
    furniture: tuple[str, ...] = field(default=(), repr=False)
    """The page-furniture lines removed from ``content``, in order (normalised, as written)."""


__all__ = ["Text", "as_written", "decode", "normalise", "read_source"]


def read_source(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Text:
    """Read ``path`` (or ``-`` for stdin) and return its normalised text.

    Raises ``InputError`` naming the file for anything that is not a readable transcript.
    """
    raw = read_bytes(path, max_bytes)
    if not raw.strip():
        what = "empty" if not raw else "blank (only whitespace)"
        raise InputError(f"the file is {what}", source=path)
    kind, text, encoding = extract_text(raw, path)
    text = CONTROL.sub("", text)  # a stray control character: removed from every output alike
    pages = [normalise(page).split("\n") for page in text.split("\f")]
    script = script_of(text)
    matched = pages
    if script == TRADITIONAL:  # matched as Simplified, line for line (OpenCC loads only here)
        matched = [to_simplified("\n".join(p)).split("\n") for p in pages]
    removed = furniture(matched)
    content = _joined(matched, removed)
    if not content.strip():
        raise InputError("the file is blank (only whitespace)", source=path)
    return Text(
        content, path, hashlib.sha256(raw).hexdigest(), encoding, text, kind, script,
        _joined(pages, removed) if matched is not pages else "",
        tuple(p[i] for p, drop in zip(pages, removed, strict=True) for i in sorted(drop)),
    )  # fmt: skip


def _joined(pages: list[list[str]], removed: list[set[int]]) -> str:
    lines = [line for page, drop in zip(pages, removed, strict=True)
             for i, line in enumerate(page) if i not in drop]  # fmt: skip
    return "\n".join(lines).strip("\n") + "\n"


def normalise(text: str) -> str:
    """Normalise width, line endings and stray whitespace; keep line structure.

    A table (tab-separated rows: most lines hold the same number of tabs) keeps its tabs
    between cells, each cell normalised on its own; elsewhere a tab is a space.
    """
    text = fold_width(text.replace("\r\n", "\n").replace("\r", "\n"))
    raw = text.split("\n")
    table = _is_table(raw)
    lines = (
        _row(line) if table and "\t" in line else _SPACES.sub(" ", line).strip() for line in raw
    )
    return "\n".join(lines).strip("\n") + "\n"


# A table: at least this many rows with one count of tabs, at least this share of the lines.
_MIN_TABLE_ROWS = 3
_TABLE_SHARE = 0.5
_CELL_SPACES = re.compile(r"[ \f\v]+")


def _is_table(lines: list[str]) -> bool:
    filled = [line.strip(" \f\v") for line in lines if line.strip()]
    tabs = Counter(n for line in filled if (n := line.rstrip("\t").count("\t")))
    if not tabs:
        return False
    _, rows = tabs.most_common(1)[0]
    return rows >= _MIN_TABLE_ROWS and rows >= _TABLE_SHARE * len(filled)


def _row(line: str) -> str:
    cells = (_CELL_SPACES.sub(" ", cell).strip() for cell in line.split("\t"))
    return "\t".join(cells).rstrip("\t")
