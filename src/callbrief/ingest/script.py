"""Traditional Chinese: detected cheaply, matched as Simplified, shown as written.

The parse and analyze stages read a Simplified copy (OpenCC ``t2s``) that keeps every line's
length, so a position in the copy is the same position in the text as written; ``Restorer``
gives any string of the copy back in the source's characters, and ``variants`` tells
``as_written`` which characters each Simplified one stood for.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

from callbrief.lang.zh.script import SIMPLIFIED_ONLY, TRADITIONAL_ONLY

_HAN = re.compile(r"[\u3400-\u9fff]")
_TRADITIONAL = re.compile("[" + "".join(sorted(TRADITIONAL_ONLY)) + "]")
_SIMPLIFIED = re.compile("[" + "".join(sorted(SIMPLIFIED_ONLY)) + "]")
_SAMPLE = 200_000
"""Characters looked at: a transcript's script shows long before its end."""
# Traditional when its own characters are at least this many and outnumber Simplified ones
# this many times over (a Simplified text may quote a Traditional name).
_MIN_TRADITIONAL = 3
_RATIO = 3

SIMPLIFIED = "simplified"
TRADITIONAL = "traditional"


def script_of(text: str) -> str | None:
    """``traditional``, ``simplified``, or None without Han characters; by counting a few
    characters that only one script writes (no converter is loaded)."""
    if not _HAN.search(text):
        return None
    sample = text[:_SAMPLE]
    traditional = len(_TRADITIONAL.findall(sample))
    if traditional < _MIN_TRADITIONAL:
        return SIMPLIFIED
    simplified = len(_SIMPLIFIED.findall(sample))
    return TRADITIONAL if traditional > _RATIO * simplified else SIMPLIFIED


def to_simplified(text: str) -> str:
    """``text`` in Simplified characters, each line as long as it was (OpenCC ``t2s``; a line
    whose phrase conversion changes its length is converted character by character)."""
    convert = _converter()
    lines = text.split("\n")
    converted = convert(text).split("\n")
    if len(converted) != len(lines):
        converted = [convert(line) for line in lines]
    return "\n".join(
        new if len(new) == len(old) else _by_character(old, convert)
        for old, new in zip(lines, converted, strict=True)
    )


def _by_character(line: str, convert: Callable[[str], str]) -> str:
    out = []
    for char in line:
        new = convert(char)
        out.append(new if len(new) == 1 else char)
    return "".join(out)


def _converter() -> Callable[[str], str]:
    import opencc  # loaded only for Traditional text

    converter = opencc.OpenCC("t2s")

    def convert(text: str) -> str:
        return str(converter.convert(text))

    return convert


def variants(simplified: str, written: str) -> dict[str, str]:
    """For each Simplified character of the copy, the characters the source wrote for it, the
    most frequent first."""
    found: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for s, w in zip(simplified, written, strict=True):
        if s != w:
            found[s][w] += 1
    return {s: "".join(w for w, _ in sorted(ws.items(), key=_by_count)) for s, ws in found.items()}


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


class Restorer:
    """Strings of the Simplified copy back in the source's characters."""

    def __init__(self, simplified: str, written: str) -> None:
        self._simplified = simplified
        self._written = written
        self._cursor = 0
        pairs = Counter((s, w) for s, w in zip(simplified, written, strict=True) if s != w)
        self._usual: dict[str, str] = {}
        for (s, w), _ in pairs.most_common():
            self._usual.setdefault(s, w)

    def __call__(self, text: str, *, in_order: bool = False) -> str:
        """``text`` as the source writes it: the same span of the text as written when the
        copy holds it (``in_order``: searched from where the last one was found, for texts
        taken in reading order), else each character as the source usually writes it."""
        if not text or text.isascii():
            return text
        start = self._simplified.find(text, self._cursor) if in_order else -1
        if start < 0:
            start = self._simplified.find(text)
        if start >= 0:
            if in_order:
                self._cursor = start + len(text)
            return self._written[start : start + len(text)]
        return "".join(self._usual.get(c, c) for c in text)

    def optional(self, text: str | None) -> str | None:
        return None if text is None else self(text)
