"""Parse: normalised text -> ``Transcript``, by whichever registered layout fits it best.

Layouts are plug-ins (``callbrief.parse.registry``); each scores a text in [0, 1] with a
reason (``Detection``), and the best one at or above ``MIN_SCORE`` reads it. The shared
``TurnBuilder`` turns a layout's ``Header`` objects and headings into the ``Transcript``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date

from callbrief.errors import InputError
from callbrief.ingest import Text
from callbrief.ingest.restore import restored
from callbrief.ingest.script import Restorer, variants
from callbrief.model import Call, Source, Transcript
from callbrief.parse.checks import structure_warnings
from callbrief.parse.layout import MIN_SCORE, Detection, Layout, best
from callbrief.parse.registry import layouts, register_layout, unregister_layout
from callbrief.parse.title_block import complete_call, period_of
from callbrief.parse.turns import Header, TurnBuilder

__all__ = [
    "MIN_SCORE",
    "CallFacts",
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


# The host's welcome, which names the company and quarter, is in the first few turns.
_WELCOME_TURNS = 3


@dataclass(frozen=True, slots=True)
class CallFacts:
    """What the user says about the call (``--company``, ``--period``, ``--date``); each wins
    over what the transcript says."""

    company: str | None = None
    period: str | None = None
    """As the user writes it: ``2025 年 6 月份季度``, ``June quarter 2025``, ``Q3 2025``."""
    date: date | None = None


def parse(text: Text, facts: CallFacts | None = None) -> Transcript:
    """Parse normalised text with the best-scoring layout; ``ParseError`` if none fits.

    The call's company, period and date come from the title block, else from the text (the
    host's welcome), and ``facts`` override both; what none of them says stays None.
    """
    lines = [line for line in text.content.split("\n") if line]
    layout, detection = best(layouts(), lines, source=text.path)
    source = Source(
        text.path, text.sha256, text.encoding, detect_language(text.content), layout.name,
        text.original, detection.score, detection.reason, text.format, text.script,
        text.furniture, variants(text.content, text.written) if text.written else {},
    )  # fmt: skip
    t = layout.parse(lines, source)
    welcome = [p for u in t.turns[:_WELCOME_TURNS] for p in u.paragraphs[:2]]
    call = _with_facts(complete_call(t.call, welcome), facts or CallFacts(), text.path)
    t = dataclasses.replace(t, call=call)
    checked = structure_warnings(t, prose_preamble=getattr(layout, "prose_preamble", False))
    t = dataclasses.replace(t, warnings=(*t.warnings, *checked))
    # Read from the Simplified copy of a Traditional text; shown in the source's characters.
    return restored(t, Restorer(text.content, text.written)) if text.written else t


def _with_facts(call: Call, facts: CallFacts, source: str) -> Call:
    if facts.period is not None:
        read = period_of(facts.period)
        if read is None:
            raise InputError(
                f"--period {facts.period!r} names no quarter (say 'June quarter 2025', 'Q2 2025' "
                "or as a Chinese title block writes it)",
                source=source,
            )
        call = dataclasses.replace(call, period=read[0], period_en=read[1], period_end=read[2])
    return dataclasses.replace(
        call, company=facts.company or call.company, date=facts.date or call.date
    )


def detect_language(content: str) -> str:
    """``zh`` when Han characters outnumber Latin letters' words, else ``en``."""
    han = len(_HAN.findall(content))
    latin = len(_LATIN.findall(content))
    return "zh" if han * 3 >= latin else "en"
