"""Chinese words of the name-lines layout: speaker headers on lines of their own.

``张三 示例集团首席财务官（原话）``, ``李四（示例证券）：``, ``王五：`` then the turn's paragraphs.
Patterns here see normalised text (half-width parentheses and colons).
"""

from __future__ import annotations

NAME = r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}"
"""A Chinese name: two to four Han characters, or a transliterated one with ``·``."""

ANALYST_WORDS = ("分析师", "研究员")
"""Words that end an analyst's title: ``示例证券分析师`` (the firm comes before them)."""

HOST_NAMES = ("主持人", "主持")
"""Labels that name the host rather than a person: ``主持人：``."""

LEAD_INS = (
    "首先",
    "其次",
    "再次",
    "最后",
    "另外",
    "此外",
    "同时",
    "例如",
    "比如",
    "包括",
    "其中",
    "第一",
    "第二",
    "第三",
    "第四",
    "总结",
    "总之",
    "综上",
    "具体来说",
    "具体而言",
    "简单来说",
    "总的来说",
    "一是",
    "二是",
    "三是",
    "举例",
    "原因",
    "结论",
    "重点",
    "注",
    "备注",
    "说明",
    "问题",
    "回答",
    "提问",
)
"""Words that end a line with a colon inside a paragraph and are not a speaker (``首先：``)."""

PARTICIPANT_LIST = r"^(?:出席|参会|与会|参加)[^。，]{0,14}?(?:人员|嘉宾|管理层|名单|有)\s*:?$"
"""The heading of an opening list of participants: ``出席本次电话会议的有：``, ``参会人员：``."""

OPERATOR_INTRO = (
    r"来自(?P<firm>[^，。,、\s]{2,20}?)的(?P<name>[^，。,、\s]{2,12}?)(?:[，。,、\s]|$)"
)
"""The operator naming the next analyst and firm: ``下一位提问的是来自示例证券的张三。``."""

SAMPLE_HEADER = "王明 示例科技首席财务官(原话)"
"""A made-up one-line speaker header."""
