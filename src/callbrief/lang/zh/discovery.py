"""Chinese: where a call names a business no glossary knows (电商集团营收为…, 其中海外零售业务营收增长…)."""

from __future__ import annotations

import re

from callbrief.lang.zh.names import BUSINESS_SUFFIXES

_MEASURE_AHEAD = "收入|营收|营业收入|经调整|EBITA|利润|亏损"
"""The measures a part's or line's name stands right before (国内零售收入, 海外批发营收)."""
BUSINESS = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{1,10}?(?:" + "|".join(BUSINESS_SUFFIXES) + r"))"
    r"(?=的?\s*(?:收入|营收|营业收入|经调整|EBITA|EBITDA|经营利润|利润|亏损|毛利|订单|GMV|方面))"
)
"""A business's name right before a measure it reports (or 方面: 在消费业务方面)."""
NAME_BREAKS = re.compile(
    r"主要是|主要|由于|受益于|得益于|以及|收入|营收|利润|[是占的和及与在对为受]"
)
"""Words inside what ``BUSINESS`` found that no name holds: the name starts after the last
(主要是光伏组件业务 -> 光伏组件业务; 海外收入占储能系统业务 -> 储能系统业务)."""
LATIN_BUSINESS = re.compile(
    r"(?<![A-Za-z0-9])(?P<name>[A-Z][A-Za-z&]{2,15})(?![A-Za-z0-9])"
    r"(?=\s*的?\s*(?:整体)?(?:收入|营收|营业收入|经调整|经营利润|亏损))"
)
"""A business named in Latin letters right before a measure it reports (QMX 收入…)."""
EXPLAINING = re.compile(r"主要|由于|得益于|受益于|带动|拉动|驱动")
"""Where a sentence turns to explaining its figure: names after it are in passing."""
NOT_LATIN_BUSINESSES = frozenset(
    ["EBITA", "EBITDA", "EBIT", "GMV", "GAAP", "IFRS", "ARPU", "ARPPU", "DAU", "MAU", "CMR",
     "ROI", "API", "APP", "SaaS", "PaaS", "IaaS", "CEO", "CFO", "ESG", "Non", "IPO", "TTM",
     "LTM", "YoY", "YOY", "QoQ", "QOQ", "RMB", "USD", "HKD", "CNY", "EUR", "GBP", "JPY"]
)  # fmt: skip
"""Latin words that stand before a measure but name no business."""
LEAD = re.compile(
    r"^(?:其中|我们的?|公司的?|本?季度|本期|今年|去年同期|同期|此外|另外|同时|以及|来自|包括|在|而"
    r"|和|及|与|的|、|第[一二三四]季度|上一?个?季度|前三季度|[上下]半年|全年|去年)+"
)
"""Words a clause may open with before the business it names (季度: a name found ten
characters back may start inside 本季度)."""

PART = re.compile(
    r"(?:^|[，,；;、])\s*(?:其中\s*[，,]?\s*)?(?P<name>[\u4e00-\u9fff]{2,8}?)"
    rf"(?=的?\s*(?:{_MEASURE_AHEAD}|GMV))"
)
"""In a sentence opening with 其中: a part's name before a measure it reports (国内零售收入…)."""
SUB_PART = re.compile(r"^\s*其中")
NOT_A_LINE_WORDS = (
    "预计|预期|实现|推动|带动|带来|贡献|使|让|将|把|被|会(?!员|计|议)|是|有|在|对|总|净"
    "|去年|上年|今年|本年|同期|上季|季度|[零一二三四五六七八九十百千万亿两]{2}"
    "|整体|总体|合计|全年|同比|环比|合并|经调整|调整|整个|全部|主要|核心|^其他"
    "|单季|当季|综合|累计|报告期"
    "|基于|通过|随着|由于|受|按|以"
    "|^经营$|^营业$|税前|税后|归母|递延|利息|第[一二三四]季度|前三季度|[上下]半年"
)
"""Words in what opens a clause before a measure that show it names no business line (预计,
同期, 整体, 千六...)."""
NOT_A_LINE = re.compile(f"(?:{NOT_A_LINE_WORDS})")
_LINE_NAME = r"(?P<name>(?:[A-Za-z]{1,10}\s*)?[\u4e00-\u9fff]{2,8}?)"
LINE = re.compile(rf"^\s*{_LINE_NAME}(?=的?\s*(?:{_MEASURE_AHEAD}))")
"""A sentence opening with a line's name before its measure (海外批发收入增长…, AI 相关产品的
收入…): told after a business was named in the turn, a part of it."""
NEXT_LINE = re.compile(
    rf"[，,；;]\s*(?:尤其是?|特别是|而)?\s*{_LINE_NAME}(?=的?\s*(?:{_MEASURE_AHEAD}))"
)
"""In a sentence that opens with a line, the next lines it names (…，海外批发收入增长…)."""
_REPORTED = "(?:营收|收入|营业收入|经营利润|利润|亏损|GMV)"
SUBJECT_ACHIEVED = re.compile(
    r"(?:^|[，,；;])\s*(?:本?季度|本期|我们的?)?\s*[，,]?\s*(?P<name>[\u4e00-\u9fff]{2,8}?)"
    rf"(?:取得|实现|录得)了?\s*[\d.]+\s*%\s*的\s*(?:同比)?{_REPORTED}(?:增长|增速|下降)"
)
"""A business that is a clause's subject and achieves its figure (国际文旅商业取得 29% 的营收
增长): a name of any ending, told by the verb and the measure after the figure."""
BRAND_MEASURES = rf"(?=的?\s*(?:商业化收入|{_MEASURE_AHEAD}))"
"""After a business named for the company (星云云商业化收入…): the measures it reports."""
BRAND_TAIL = r"[\u4e00-\u9fff]{1,4}?"
"""What follows the company's own name in a business named for it (星云 + 云)."""
NOT_BRANDS = re.compile(r"(?:集团|公司|控股|整体|总|合并|的)$")
"""The ends of the company's own name, not a business of it (星云集团)."""
_NAMED = (
    r"(?!我们|这|该|本|各|其|所有|整体|核心|主营|相关|现有|传统|新业务)"
    r"[\u4e00-\u7683\u7685-\u9fff]{1,6}(?:业务|板块|分部|事业群|事业部)"
)
NAMED_BUSINESS = re.compile(r"(?:^|(?<=[，,的]))" + _NAMED)
"""A business's name, wherever it stands (我们的硬件业务增长强劲…; not 各项业务, 核心业务)."""
TOPIC_BUSINESS = re.compile(
    rf"^\s*(?:本季度|本期|我们的?|此外|另外|同时)*\s*(?P<name>{_NAMED})"
    rf"[^，,；;。]*[，,；;]\s*{_REPORTED}"
)
"""A business a sentence is about, named in its first clause, whose figure a later clause
gives without naming it again (我们的硬件业务增长动力依然强劲，收入增长加速至 12%)."""
FOREIGN_OWNER = re.compile(
    rf"(?<![A-Za-z])[A-Za-z]{{2,}}[A-Za-z0-9&+\-]*\s*的?\s*(?:{_MEASURE_AHEAD})"
)
"""A business named in Latin letters before its measure (QMX 收入): what follows is not a
part of the business named before it."""
NOT_PARTS = frozenset(
    ["本季度", "这个季度", "去年同期", "同比", "整体", "总体", "合计", "集团", "公司", "我们"]
)
"""Words that stand where a part's name would but name none."""
