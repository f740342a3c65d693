"""Chinese vocabulary of speaker labels and of news write-ups of a call (``实录``).

A news site's write-up of an earnings call opens with a headline and a reporter's paragraphs,
then gives the call as paragraphs that open with a label and a colon: ``某某证券分析师 Jane Doe:``,
``首席财务官李四:``, ``张三:``, or ``问:`` / ``答:``. The parse stage reads those labels with
these words (and ``callbrief.lang.en.parallel`` for the English ones). Each tuple holds
regular-expression alternatives, longest first where one word holds another.
"""

from __future__ import annotations

ANALYST_WORDS = ("分析师", "研究员")
"""Words that make a label an analyst's: the firm before them, the name after."""

TITLE_WORDS = (
    r"首席[\u4e00-\u9fff]{1,6}官",
    "联席首席执行官",
    "董事会主席",
    "董事会秘书",
    "副董事长",
    "董事长",
    "执行董事",
    "独立董事",
    "董事",
    "联合创始人",
    "创始人",
    "高级副总裁",
    "副总裁",
    "总裁",
    "总经理",
    "财务总监",
    "投资者关系总监",
    "投资者关系负责人",
    "投资者关系",
    "董秘",
    "主席",
    "主持人",
    "负责人",
    "总监",
)
"""Job titles in a label (``首席财务官李四``, ``某某集团董事长兼CEO王五``): the label's part up to
the last of them is the title, the rest the name."""

FIRM_SUFFIXES = (
    "证券",
    "银行",
    "资本",
    "基金",
    "资管",
    "资产管理",
    "投资",
    "研究所",
    "研究院",
    "研究",
    "投行",
    "期货",
    "保险",
)
"""Words that end an analyst's firm in a label without ``分析师`` (``华信证券 李雷``)."""

SPEECH_VERBS = (
    "表示",
    "指出",
    "认为",
    "强调",
    "透露",
    "回应",
    "坦言",
    "谈到",
    "提到",
    "介绍",
    "补充",
    "说",
    "称",
)
"""Words that end a reporter's ``X 表示:``, which quotes someone but is no label."""

NOT_NAMES = (
    "首先",
    "其次",
    "再次",
    "然后",
    "最后",
    "另外",
    "此外",
    "同时",
    "其中",
    "对此",
    "总之",
    "总结",
    "例如",
    "比如",
    "目前",
    "今年",
    "明年",
    "去年",
    "我们",
    "公司",
    "集团",
    "注",
    "备注",
    "提示",
    "风险提示",
    "来源",
    "编者按",
    "记者",
    "原标题",
    r"第[一二三四五六七八九十]+",
)
"""Short words that end in a colon in running text (``首先:``) and are never a speaker."""

QUESTION_MARKERS = (r"提问\s*\d{0,3}", r"问题\s*\d{0,3}", r"问\s*\d{0,3}")
"""Labels that open a question by someone the write-up does not name (an investor-relations
record numbers them: ``问题1:``)."""
ANSWER_MARKERS = ("回答", "回复", "答复", "补充", "答")
"""Labels that open an answer by someone the write-up does not name."""
FOLLOW_UP_MARKERS = ("追问",)
"""Labels that open a follow-up question: the last questioner asks again."""

HOST_WORDS = ("主持人", "主持")
"""Labels of the host, even without a name (``主持人:``)."""

STOCK_QUOTE = (
    r"\(\s*[-+]?\d+(?:\.\d+)?\s*[,，]\s*[-+]?\d+(?:\.\d+)?\s*[,，]\s*[-+]?\d+(?:\.\d+)?%\s*\)"
)
"""A stock quote after a listed firm's name: ``某某银行(12.34, 0.05, 0.41%)`` (price, change,
change in percent); not part of the firm's name."""

WRITE_UP = "实录"
"""What a news site calls its write-up of a call."""
HEADLINE = r"(?:实录|全文|文字版|纪要)"
"""Words of a write-up's headline: ``某某集团2025年二季度业绩电话会实录: ...``."""
LEAD_IN = (
    r"以下(?:为|是)[^:]{0,20}(?:实录|全文|内容|要点|摘要|问答|纪要)[^:]{0,6}:$|(?:实录|全文)如下:$|"
    r"以下(?:为|是)[^:，,。]{0,12}(?:实录|全文|纪要)[，,。.]"
)
"""The reporter's line that hands over to the call: ``以下为实录:``, or a lead's last words
(``…以下为电话会纪要，经编辑整理。``)."""
RECORD_LEAD_IN = r"^\s*(?:投资者关系活动)?主要内容(?:介绍)?\s*:\s*$"
"""An investor-relations activity record's (``投资者关系活动记录表``, as listed companies in
mainland China publish them) line that opens the call's account, after its form's fields."""
ROSTER_FIELDS = r"接待人员|出席人员|参会人员|参会嘉宾|出席嘉宾|参与单位|参会机构|调研机构|来访人员"
"""A record's field that lists who attended on one line (``上市公司接待人员姓名:董事长 陈某、
总经理 王某``, ``参与单位名称及人员姓名:某某证券 李某、…``)."""
LIST_SEPARATORS = r"[、;；]"
"""What separates a one-line list's entries."""
ENTRY_SEPARATOR = r"(?:\s|-|–|—|,|，)"
"""What stands between a name and a title in a list of who attended (``首席财务官 张伟``)."""
CALL_WORDS = r"(?:业绩)?(?:电话会议?|说明会|交流会|发布会|沟通会|分析师会议?)"
"""What the call is called in a headline or a reporter's paragraph."""
CALLED = r"(?:召开|举行|举办|发布)"
"""The verb of a reporter's ``某某集团召开...业绩电话会``."""
COMPANY_NAME = r"[\u4e00-\u9fffA-Za-z·&]{2,20}?"
AFTER_COMPANY = r"(?:\s*\([^()]{2,16}\))?\s*(?:\d{4}|第[一二三四]|Q[1-4])"
"""What follows the company's name in a headline, besides the call's name: a year, a quarter
(after its stock code, ``(02399.HK)``)."""
"""A company's name in a headline: Han characters or Latin letters, no punctuation."""
MEETING_TIME = r"^\s*(?:会议|电话会议?|召开|活动)?(?:时间|日期)\s*:"
"""The line of a write-up that says when the call was held (``会议时间：2025年11月19日``)."""
NOT_A_COMPANY = r"业绩|季度|昨[天晚日]|今[天晚日]|公布"
"""What a reporter's words before 召开 are when they are no company's name (``...业绩并召开``)."""
NOT_A_COMPANY_END = r"并"
REPORT_DATE = r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
"""A full date in a reporter's paragraph: ``2025年8月20日``."""

PERIOD = (
    r"(?P<y>\d{4})\s*(?P<fy>财年|财政年度)?\s*年?\s*"
    r"(?:第\s*(?P<q1>[一二三四1-4])\s*(?:财季|季度)|(?P<q2>[一二三四1-4])\s*季度|"
    r"(?P<q3>[一二三四1-4])季|Q(?P<q4>[1-4]))"
)
"""A quarter in a headline: ``2025年二季度``, ``2025年第二季度``, ``2025Q2``, ``2026财年第一季度``:
groups ``y``, ``fy`` (fiscal), and the quarter in one of ``q1`` to ``q4``."""
PERIOD_NO_YEAR = r"第(?P<q>[一二三四])季度|(?<![\dA-Za-z])Q(?P<qq>[1-4])(?![\d])"
"""A quarter without its year: ``第二季度``, ``Q2``."""
QUARTER_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4}

FOOTER = (
    "责任编辑",
    "海量资讯",
    "文章来源",
    "免责声明",
    "风险提示:",
    "本文来源",
    "本文根据",
    "点击进入",
    "附件清单",
    "关于本次活动",
)
"""Lines that close a news article (the editor, the site's promotion, a disclaimer, an
editor's note on the text)."""

SAMPLE_LABELS = ("某某证券分析师 Jane Doe:", "某某集团首席财务官李四:")
"""Made-up labels of a write-up, for ``callbrief layouts``."""
HEADING_NUMBER = (
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|\(\s*[一二三四五六七八九十\d]+\s*\)|\d+\s*[、．])\s*"
)
"""The number a record's part heading opens with: ``二、问答环节``, ``(一)``."""
HEADING_BRACKETS = ("【", "】")
"""Brackets a write-up sets a part's heading in: ``【问答环节】``."""
