"""Chinese words of the simple layouts: inline ``名字：正文``, tab-separated rows and plain
prose (``callbrief.parse.inline_names`` and its neighbours); the counterpart of
``callbrief.lang.en.inline_simple``.
"""

from __future__ import annotations

HAN_NAME = r"[\u4e00-\u9fff]{2,4}"
"""A Chinese name in a label: two to four Han characters (``张三``, ``欧阳明远``)."""

ROLE_LABELS = ("会议主持人", "主持人", "接线员", "操作员", "会议助理", "主持")
"""Labels that name a speaker by role: a label even when said once (``主持人：...``)."""

NOT_NAME_LABELS = ("问", "答", "注", "备注", "来源", "问题", "回答", "时间", "日期", "地点")
"""Labels that are never a speaker, whole (``注：``)."""
NOT_NAME_PARTS = (
    "收入", "营收", "利润", "毛利", "季度", "同比", "环比", "提示", "声明", "说明", "要点",
    "摘要", "亮点", "嘉宾", "主题", "业务", "业绩", "记者", "编辑", "责编", "首先", "其次",
    "最后", "另外", "此外", "总之", "例如", "比如", "其中", "包括", "目前", "同时", "因此",
    "所以", "但是", "然后", "第一", "第二", "第三", "第四", "第五", "一是", "二是", "三是",
)  # fmt: skip
"""Parts that make a label a topic or a list marker, not a name: ``营业收入：``, ``第一：``."""

FIRM_WORDS = ("证券", "银行", "资本", "基金", "研究", "投资", "资管", "资产管理", "期货", "信托")
"""Words that make an affiliation a firm (so its speaker an analyst): ``某某证券``."""

ANALYST_WORDS = ("分析师", "研究员")
"""Words in a title that make its speaker an analyst; the rest is the firm."""

TITLE_WORDS = ("副总裁", "总经理", "董秘", "秘书", "创始人", "官", "总裁")
"""Words that make an affiliation a job title, besides ``structure.JOB_TITLE_WORDS``."""

COLUMN_HEADERS = ("发言人", "讲话人", "姓名", "职务", "职位", "内容", "发言")
"""Cells of a tab-separated file's header row: ``发言人<TAB>职务<TAB>内容``."""

UNNAMED_SPEAKER = "管理层"
"""The speaker of a Chinese text with no speaker labels (prepared remarks pasted as prose)."""

INTRODUCED_FIRM = r"来自(?P<firm>[^\s，。、,:;()]{2,20}?)的\s*{name}"
"""A speaker's firm as the host introduces them (``{name}`` is the speaker's name):
``下一位提问的是来自某某证券的张三``."""

SAMPLE_INLINE = "李四(某某证券):请问海外业务的毛利率如何?"
"""A made-up inline turn of an analyst, for ``callbrief layouts``."""
