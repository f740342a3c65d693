"""Parse: normalised text -> ``Transcript``, by whichever layout recognises the text best."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from callbrief.errors import ParseError
from callbrief.ingest import Text
from callbrief.model import Source, Transcript
from callbrief.parse.speaker_blocks import SpeakerBlockLayout

_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


class Layout(Protocol):
    """A transcript layout: says how well it recognises a text, and parses it."""

    name: str

    def detect(self, lines: Sequence[str]) -> int:
        """A score: 0 means "not this layout"; the highest score wins."""
        ...

    def parse(self, lines: Sequence[str], source: Source) -> Transcript:
        """The call, read from the non-empty lines of a normalised text."""
        ...


LAYOUTS: tuple[Layout, ...] = (SpeakerBlockLayout(),)


def parse(text: Text) -> Transcript:
    """Parse normalised text with the best-scoring layout; ``ParseError`` if none fits."""
    lines = [line for line in text.content.split("\n") if line]
    scored = [(layout.detect(lines), n, layout) for n, layout in enumerate(LAYOUTS)]
    score, _, layout = max(scored, key=lambda s: (s[0], -s[1]))
    if score == 0:
        raise ParseError(
            "no transcript structure found (no speaker headers such as a name, a title and "
            "a delivery tag, or 'Name (Firm):')",
            source=text.path,
        )
    language = detect_language(text.content)
    source = Source(text.path, text.sha256, text.encoding, language, layout.name, text.original)
    return layout.parse(lines, source)


def detect_language(content: str) -> str:
    """``zh`` when Han characters outnumber Latin letters' words, else ``en``."""
    han = len(_HAN.findall(content))
    latin = len(_LATIN.findall(content))
    return "zh" if han * 3 >= latin else "en"
