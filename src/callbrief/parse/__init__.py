"""Parse: normalised text -> ``Transcript``, by whichever registered layout fits it best.

Layouts are plug-ins (``callbrief.parse.registry``); each scores a text in [0, 1] with a
reason (``Detection``), and the best one at or above ``MIN_SCORE`` reads it. The shared
``TurnBuilder`` turns a layout's ``Header`` objects and headings into the ``Transcript``.
"""

from __future__ import annotations

import re

from callbrief.ingest import Text
from callbrief.model import Source, Transcript
from callbrief.parse.layout import MIN_SCORE, Detection, Layout, choose
from callbrief.parse.registry import layouts, register_layout, unregister_layout
from callbrief.parse.turns import Header, TurnBuilder

__all__ = [
    "MIN_SCORE",
    "Detection",
    "Header",
    "Layout",
    "TurnBuilder",
    "detect_language",
    "layouts",
    "parse",
    "register_layout",
    "unregister_layout",
]

_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def parse(text: Text) -> Transcript:
    """Parse normalised text with the best-scoring layout; ``ParseError`` if none fits."""
    lines = [line for line in text.content.split("\n") if line]
    layout = choose(layouts(), lines, source=text.path)
    language = detect_language(text.content)
    source = Source(text.path, text.sha256, text.encoding, language, layout.name, text.original)
    return layout.parse(lines, source)


def detect_language(content: str) -> str:
    """``zh`` when Han characters outnumber Latin letters' words, else ``en``."""
    han = len(_HAN.findall(content))
    latin = len(_LATIN.findall(content))
    return "zh" if han * 3 >= latin else "en"
