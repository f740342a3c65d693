"""Chinese guidance: whether a clause says what management expects, and how it changed
(``我们预计第四季度收入在 150 亿元至 160 亿元之间``, ``全年目标从 17% 上调至 18%``)."""

from __future__ import annotations

import re

from callbrief.lang.patterns import guidance_change

_GUIDANCE = re.compile(
    r"预计|预期|指引|展望|预估|有望|料将|目标(?!用户|客户|市场|人群)|"
    r"(?:上调|下调|调高|调低|上修|下修|维持|重申)(?:了)?(?:全年|本年度|今年)?"
)
_RAISED = re.compile(r"上调|调高|上修|提高(?:了)?[^，。；]{0,8}?(?:指引|目标|预期)")
_LOWERED = re.compile(r"下调|调低|下修|降低(?:了)?[^，。；]{0,8}?(?:指引|目标|预期)")
_REAFFIRMED = re.compile(r"维持(?!在)|重申|保持(?:了)?[^，。；]{0,8}?(?:指引|目标|预期)|不变")


def guidance(text: str) -> str | None:
    """``raised``, ``lowered``, ``reaffirmed`` or ``new`` when ``text`` gives guidance; else None."""
    return guidance_change(text, _GUIDANCE, _LOWERED, _RAISED, _REAFFIRMED)
