"""Decoding transcript bytes: BOMs first, then strict UTF-8, then Windows-1252 or Latin-1 for
Latin text, then charset-normalizer (GB18030, GBK, Big5, UTF-16 without BOM); binary data is
refused."""

from __future__ import annotations

import codecs
import re

from callbrief.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
"""Control characters no transcript holds (tab, line breaks and form feed aside)."""


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
    wide = match is not None and match.encoding.replace("_", "").startswith(_WIDE)
    if not wide and b"\x00" not in raw and (western := _western(raw)):
        return _checked(*western, source)  # Latin text its detector took for cp775 or cp1250
    if match is None:
        raise InputError("looks like binary data, not a text transcript", source=source)
    return _checked(str(match), match.encoding, source)


_HIGH_RUNS = re.compile(rb"[\x80-\xff]+")
_WIDE = ("big5", "gb", "cp950", "cp936", "hz", "euc", "shiftjis", "cp932", "iso2022", "utf")
"""Encodings of Chinese (and other double-byte) text: the detector's word on these stands."""


def _western(raw: bytes) -> tuple[str, str] | None:
    """Latin text in Windows-1252 or Latin-1 (``Jos\xe9``, curly quotes): its bytes above 127
    are few and stand alone (or two together: ``Núñez``) among ASCII letters, where Chinese
    double-byte encodings put them in long runs; a detector guessing from letter statistics
    would take it for cp775 or the like."""
    runs = _HIGH_RUNS.findall(raw)
    high = sum(map(len, runs))
    if not runs or sum(len(r) == 1 for r in runs) < 0.6 * len(runs) or high > 0.15 * len(raw):
        return None
    for codec in ("cp1252", "latin-1"):
        try:
            return raw.decode(codec), codec
        except UnicodeDecodeError:
            continue
    return None


def _checked(text: str, encoding: str, source: str) -> tuple[str, str]:
    # Text decoded from binary data is full of control characters; transcripts hold none.
    if len(CONTROL.findall(text)) > max(2, len(text) // 1000):
        raise InputError("looks like binary data, not a text transcript", source=source)
    return text, encoding
