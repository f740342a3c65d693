"""How a Chinese analyst asks: the words that mark a question, and the pleasantries and
announcements that open a turn but are not the question (``我有两个问题。``).

Each tuple holds regular-expression alternatives, in the order they are tried.
"""

from __future__ import annotations

ASKING = ("问题", "想问", "请问", "问一下", "请教", "能否", "如何", "怎么", "[？?]")
"""A sentence holding one of these asks something."""
GREETINGS = (
    "谢谢", "感谢", "晚上好", "大家好", "你好", "管理层好",
    r"我(?:这里)?有(?:一|两|几|三|\d)个问题",
)  # fmt: skip
"""A sentence opening with one of these is a pleasantry or announces the questions."""
QUESTION_MARKS = ("？",)
"""What a question ends with."""
