"""Normalisation only CJK text needs: full-width digits, letters and punctuation read as
half-width, and the way back (a normalised sentence as the file writes it)."""

from __future__ import annotations

import re
from collections.abc import Mapping

# Full-width forms that carry structure or numbers: digits, Latin letters, colon, parentheses,
# percent sign, ideographic and no-break spaces. Chinese commas and full stops are kept.
_WIDTH: dict[int, str | None] = {0xFF10 + i: chr(ord("0") + i) for i in range(10)}
_WIDTH |= {0xFF21 + i: chr(ord("A") + i) for i in range(26)}
_WIDTH |= {0xFF41 + i: chr(ord("a") + i) for i in range(26)}
_WIDTH |= {0xFF1A: ":", 0xFF08: "(", 0xFF09: ")", 0xFF05: "%", 0x3000: " ", 0x00A0: " "}
_WIDTH |= {0x200B: None, 0xFEFF: None, 0x200E: None, 0x200F: None}
_WIDE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_WIDTH)) + "]")

_DIGIT_DOT = re.compile(r"(?<=\d)．(?=\d)")
# A full-width comma between digit groups is a thousands separator: １，２０４ -> 1,204.
_DIGIT_COMMA = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")


def fold_width(text: str) -> str:
    """Full-width digits, letters, colons, parentheses, percent signs, spaces and digit
    separators as half-width; Chinese commas and full stops between words are kept."""
    # Only the characters to fold are looked up (str.translate would look up every character:
    # 0.18 s for 5 MB of Chinese, against a few milliseconds).
    text = _WIDE.sub(lambda m: _WIDTH[ord(m[0])] or "", text)
    return _DIGIT_COMMA.sub(",", _DIGIT_DOT.sub(".", text))


# What each normalised character may have been written as (the inverse of the width table).
_WRITTEN: dict[str, str] = {}
for _cp, _half in _WIDTH.items():
    if _half:
        _WRITTEN[_half] = _WRITTEN.get(_half, _half) + chr(_cp)
_WRITTEN["."] = _WRITTEN.get(".", ".") + "．"
_WRITTEN[","] = _WRITTEN.get(",", ",") + "，"


def as_written(original: str, normalised: str, variants: Mapping[str, str] | None = None) -> str:
    """``normalised`` (a sentence of the normalised text) as the file writes it: full-width
    colons, parentheses and digits back as they were, and with ``variants`` (each character of
    a Simplified copy -> the Traditional ones the file wrote for it, most frequent first) in
    the file's script. The sentence itself when it cannot be found (it spanned a repaired page
    break, say), in the file's script character by character."""
    if not original or not normalised:
        return normalised
    if not variants and normalised in original:
        return normalised  # written as normalised: no pattern to build
    parts = []
    for char in normalised:
        if char == " ":
            parts.append(r"[ \t\f\v\u3000\u00a0]+")
        elif char in _WRITTEN:
            parts.append("[" + re.escape(_WRITTEN[char]) + "]")
        elif variants and char in variants:
            parts.append("[" + re.escape(char + variants[char]) + "]")
        else:
            parts.append(re.escape(char))
    found = re.search("".join(parts), original)
    if found:
        return found[0]
    # not found (it spans a page break): at least in the file's script, each character as
    # the file most often writes it
    return "".join(variants[c][0] if variants and c in variants else c for c in normalised)
