"""Ingest: bytes from a file or stdin -> normalised ``Text``.

Detects the encoding (BOMs first, then strict UTF-8, then charset-normalizer for GB18030/GBK,
Big5, UTF-16 without BOM), normalises width, line endings and stray whitespace, and refuses
input that is missing, empty, binary or too large with a one-line ``InputError``.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from callbrief.cjk import as_written, fold_width
from callbrief.defaults import DEFAULT_MAX_BYTES
from callbrief.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_SPACES = re.compile(r"[ \t\f\v]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Text:
    """A transcript's text after ingest, with what is known of its source."""

    content: str
    """Normalised text: ``\\n`` line endings, half-width digits/letters/colons/parentheses."""
    path: str
    """The path as given on the command line (``-`` for stdin)."""
    sha256: str
    """SHA-256 of the raw bytes."""
    encoding: str
    """The detected encoding, as a Python codec name."""
    original: str = field(default="", repr=False)
    """The decoded text before normalisation, as a reader of the file sees it (``as_written``)."""


__all__ = ["Text", "as_written", "decode", "normalise", "read_source"]


def read_source(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Text:
    """Read ``path`` (or ``-`` for stdin) and return its normalised text.

    Raises ``InputError`` naming the file for anything that is not a readable text file.
    """
    raw = _read_stdin(sys.stdin.buffer, max_bytes) if path == "-" else _read_file(path, max_bytes)
    if not raw.strip():
        what = "empty" if not raw else "blank (only whitespace)"
        raise InputError(f"the file is {what}", source=path)
    text, encoding = decode(raw, source=path)
    content = normalise(text)
    if not content.strip():
        raise InputError("the file is blank (only whitespace)", source=path)
    return Text(content, path, hashlib.sha256(raw).hexdigest(), encoding, text)


def _read_file(path: str, max_bytes: int) -> bytes:
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a directory, not a transcript file", source=path)
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(_too_large(size, max_bytes), source=path)
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", source=path) from None
    except PermissionError:
        raise InputError("permission denied", source=path) from None
    except OSError as e:
        raise InputError(f"cannot read the file ({e.strerror})", source=path) from None


def _read_stdin(stream: BinaryIO, max_bytes: int) -> bytes:
    raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise InputError(_too_large(len(raw), max_bytes, at_least=True), source="-")
    return raw


def _too_large(size: int, limit: int, *, at_least: bool = False) -> str:
    mb = 1024 * 1024
    over = "over" if not at_least else "more than"
    return (
        f"the input is {over} the size limit ({size / mb:.1f} MB > {limit / mb:g} MB; "
        "raise it with --max-size MB)"
    )


def decode(raw: bytes, *, source: str = "<bytes>") -> tuple[str, str]:
    """Decode transcript bytes; return the text and the codec name used."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return _checked(raw.decode(codec, errors="strict"), codec, source)
            except UnicodeDecodeError as e:
                raise InputError(
                    f"starts like {codec.upper()} text but is damaged at byte {e.start}",
                    source=source,
                ) from None
    if b"\x00" not in raw:
        try:
            return _checked(raw.decode("utf-8"), "utf-8", source)
        except UnicodeDecodeError:
            pass
    import charset_normalizer  # only for what is not UTF-8: most input never needs it

    match = charset_normalizer.from_bytes(raw).best()
    if match is None:
        raise InputError("looks like binary data, not a text transcript", source=source)
    return _checked(str(match), match.encoding, source)


def _checked(text: str, encoding: str, source: str) -> tuple[str, str]:
    # Text decoded from binary data is full of control characters; transcripts hold none.
    if len(_CONTROL.findall(text)) > max(2, len(text) // 1000):
        raise InputError("looks like binary data, not a text transcript", source=source)
    return text, encoding


def normalise(text: str) -> str:
    """Normalise width, line endings and stray whitespace; keep line structure."""
    text = fold_width(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines).strip("\n") + "\n"
