"""Chinese structural vocabulary: the words that mark a transcript's parts, not its content.

The parse stage reads a transcript before its language is known, so it composes its patterns
from this module and ``callbrief.lang.en.structure`` together (Chinese alternatives first).
Each tuple holds regular-expression alternatives in the order they are tried; most are plain
words, a few carry an anchor (``^开场``: only at the start of a heading).
"""

from __future__ import annotations

# Full-width punctuation the recognisers treat like its half-width forms.
FULL_STOP = "。"
COMMA = "，"
ENUMERATION_COMMA = "、"
SEMICOLON = "；"
COLON = "："
EXCLAMATION = "！"
QUESTION = "？"
CLOSING_CORNER_QUOTES = "」』"
OPENING_BRACKET = "【"
CLOSING_BRACKET = "】"

ORIGINAL_TAGS = ("原话", "原文")
"""Delivery tags for the speaker's own words: ``(原话)``."""
INTERPRETED_TAGS = ("翻译", "口译", "同传", "同声传译", "译文")
"""Delivery tags for an interpretation: ``(翻译)``."""

END_MARKERS = ("记录稿结束", "会议记录结束", "实录结束", "全文完", "会议结束")
"""Lines that close a transcript: ``【记录稿结束】``."""

PLEASANTRIES = ("谢谢", "感谢", "好的")
"""Words that open a short reply, never a section heading."""

JOB_TITLE_WORDS = (
    "首席",
    "总裁",
    "董事",
    "主席",
    "主管",
    "总监",
    "经理",
    "负责人",
    "执行官",
    "财务官",
)
"""Words that make a line a job title."""

HOST_TITLE_WORDS = ("投资者关系", "投资人关系", "主持")
"""Words in a title that make its speaker the host."""
OPERATOR_WORDS = ("接线员", "操作员", "会议助理")
"""Words in a name or title that make its speaker the operator."""

# Section headings, by the kind of section they open.
QA_HEADING_WORDS = ("问答", "答问", "提问")
FINANCIAL_HEADING_WORDS = ("财务",)
INTRODUCTION_HEADING_WORDS = ("(?<!情况)介绍$", "^开场", "^引言", "^简介")
PREPARED_REMARKS_HEADING_WORDS = ("业务", "进展", "回顾", "发言", "致辞", "战略", "展望", "经营")
QA_STANDALONE_HEADINGS = ("问答", "问答环节", "问答部分", "答问环节")
"""Headings that open Q&A on a line of their own, wherever they stand."""

# The title block.
CALL_DESCRIPTORS = (
    "电话会", "会议", "记录稿", "实录", "纪要", "业绩发布", "说明会", "法说会", "逐字稿", "业绩会",
)  # fmt: skip
"""Words that describe the call in a title line (so the line is not the company's name)."""
COMPANY_SUFFIXES = ("集团", "公司", "控股", "股份", "银行")
"""Words that end a company's name."""
QUARTER_BY_MONTH = r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月份?\s*(?:止)?季度"
"""``2024 年 9 月份季度``: groups ``y`` (year) and ``m`` (the quarter's last month)."""
QUARTER_BY_NUMBER = r"(?P<y>\d{4})\s*年?\s*(?:第\s*)?(?P<q>[一二三四1-4])\s*(?:财季|季度?)"
"""``2024 年第三季度``: groups ``y`` and ``q`` (a digit or a key of ``QUARTER_NUMERALS``)."""
QUARTER_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4}
QUARTER_WORDS = "季"
"""What every Chinese phrase naming a quarter holds."""
HALF_YEAR = (
    r"(?P<y>\d{4})\s*(?P<fy>财年|财政年度)?\s*年?\s*(?:度)?\s*(?:(?P<h1>上半年|半年度|中期|H1)|"
    r"(?P<h2>下半年|H2))(?=业绩|财报|报告)"
)
"""``2025 年半年度业绩说明会``, ``2025 年中期业绩``: a call on a half year (groups ``y``, ``fy``,
and ``h1`` or ``h2``), said with the results it reports."""
FULL_YEAR = r"(?P<y>\d{4})\s*(?P<fy>财年|财政年度)?\s*年?\s*(?:度|全年)(?=业绩|财报|报告)"
"""``2024 年度业绩说明会``, ``2024 年全年业绩``: a call on a whole year."""
DATE = r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
"""``2024 年 11 月 15 日``: groups ``y``, ``m``, ``d``."""

SAMPLE_SPEAKER_BLOCK = ("王明", "示例科技首席财务官", "(原话)")
"""A made-up speaker header in the reference layout (name, title, delivery tag)."""
WELCOME = (
    r"欢迎(?:各位|大家)?(?:参加|参与|来到|收听|出席)(?:本次)?"
    r"(?P<company>[^\s，。,、；;：:（(]{2,30}?)(?:的)?\s*"
    r"(?=\d{4}\s*(?:年|财年)|第\s*[一二三四1-4]\s*季度|[一二三四]季度|本季度|季度|年度|全年|业绩|财报)"
)
"""The host's welcome, naming the company: ``欢迎参加某某集团 2025 年 6 月份季度业绩电话会议``."""

NOTE_LABELS = ("注", "备注", "说明", "编者按", "免责声明", "来源")
"""Labels of a note in a title block (``注：本记录稿经过编辑``), which is not a missed turn."""
