"""Chinese: where a call names a business no glossary knows (电商集团营收为…, 其中海外零售业务营收增长…)."""

from __future__ import annotations

import re

from callbrief.lang.zh.names import BUSINESS_SUFFIXES

BUSINESS = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{1,10}?(?:" + "|".join(BUSINESS_SUFFIXES) + r"))"
    r"(?=的?\s*(?:收入|营收|营业收入|经调整|EBITA|EBITDA|经营利润|利润|亏损|毛利|订单|GMV|方面))"
)
"""A business's name right before a measure it reports (or 方面: 在消费业务方面)."""
LEAD = re.compile(
    r"^(?:其中|我们的?|公司的?|本?季度|本期|今年|去年同期|同期|此外|另外|同时|以及|来自|包括|在|而"
    r"|和|及|与|的|、)+"
)
"""Words a clause may open with before the business it names (季度: a name found ten
characters back may start inside 本季度)."""

PART = re.compile(
    r"(?:^|[，,；;、])\s*(?:其中\s*[，,]?\s*)?(?P<name>[\u4e00-\u9fff]{2,8}?)"
    r"(?=的?\s*(?:收入|营收|营业收入|经调整|EBITA|利润|亏损|GMV))"
)
"""In a sentence opening with 其中: a part's name before a measure it reports (国内零售收入…)."""
SUB_PART = re.compile(r"^\s*其中")
NOT_PARTS = frozenset(
    ["本季度", "这个季度", "去年同期", "同比", "整体", "总体", "合计", "集团", "公司", "我们"]
)
"""Words that stand where a part's name would but name none."""
