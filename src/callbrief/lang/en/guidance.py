"""English guidance: whether a clause says what management expects, and how it changed."""

from __future__ import annotations

import re

from callbrief.lang.patterns import guidance_change

_GUIDANCE = re.compile(
    r"\b(?:we\s+(?:now\s+|continue\s+to\s+|still\s+|also\s+)?(?:expect|anticipate|project|forecast|"
    r"see|guide|estimate|target|are\s+targeting|are\s+guiding)|(?:our\s+)?(?:guidance|outlook)|"
    r"(?:is|are)\s+expected\s+to|to\s+be\s+(?:in\s+the\s+range\s+of|between)|"
    r"we\s+are\s+(?:raising|lowering|reaffirming|reiterating|maintaining|updating|narrowing)|"
    r"(?:raising|lowering|reaffirming|reiterating|maintaining|narrowing)\s+(?:our\s+)?"
    r"(?:full[- ]year\s+|annual\s+)?(?:guidance|outlook|forecast))",
    re.IGNORECASE,
)
_RAISED = re.compile(
    r"\b(?:rais(?:e|es|ed|ing)|increas(?:e|ed|ing)\s+(?:our\s+)?(?:guidance|outlook)|higher\s+end)\b",
    re.I,
)
_LOWERED = re.compile(
    r"\b(?:lower(?:s|ed|ing)?\s+(?:our\s+)?(?:guidance|outlook|forecast|full)|reduc(?:e|ed|ing)\s+(?:our\s+)?(?:guidance|outlook)|cut(?:ting)?\s+(?:our\s+)?(?:guidance|outlook))\b",
    re.I,
)
_REAFFIRMED = re.compile(
    r"\b(?:reaffirm\w*|reiterat\w*|maintain\w*|confirm\w*|continue\s+to\s+expect|still\s+expect|unchanged)\b",
    re.I,
)


def guidance(text: str) -> str | None:
    """``raised``, ``lowered``, ``reaffirmed`` or ``new`` when ``text`` gives guidance; else None."""
    return guidance_change(text, _GUIDANCE, _LOWERED, _RAISED, _REAFFIRMED)
