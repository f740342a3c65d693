"""Chinese clause cues: explanations, a basis, continuations, 分别, 其中, 持平."""

from __future__ import annotations

import re

from callbrief.lang import ClauseCues
from callbrief.lang.zh.discovery import NAMED_BUSINESS, NOT_A_LINE_WORDS

CLAUSE_CUES = ClauseCues(
    # Clauses that explain a figure ("主要是由于…") name businesses in passing: they neither
    # state the figure nor change which business the sentence is about.
    explanatory=re.compile(
        r"^\s*(?:主要|这主要|这是|部分被|原因|因为|由于|得益于|受益于|带动|尤其|特别是)"
    ),
    basis=re.compile(r"(?:若|如果?|在)?(?:不考虑|剔除|排除)[^，,；;。]{1,30}?的影响"),
    # A clause that goes on about the previous clause's measure starts with a change, a level
    # or an equivalent; any other clause without a known measure is about something we do not
    # know.
    continuation=re.compile(
        r"^\s*(?:同比|环比|较|相较|相比|比去年|去年同期|上年同期|去年同一季度|增长|成长|下降|"
        r"季增|季减|年增|年减|增加|减少|上升|提高|降低|达到|达|为|约合|相当于|大约相当于|约为|或|即|合计|共计|折合|至|并|也)"
    ),
    comparison=re.compile(
        r"^\s*(?:而|相比之下\s*[，,]?)?\s*(?:去年同期|上年同期|去年同一季度)(?!相比|比)"
    ),
    comparison_goes_on=re.compile(r"[，,]"),
    restated=re.compile(r"^\s*(?:或|即)"),
    respectively=re.compile(r"分别"),
    joined=re.compile(r"^\s*(?:和|与|及|以及|、)\s*$"),
    flat=re.compile(r"同比(?:基本)?持平|与去年同期(?:基本)?持平"),
    sub_part=re.compile(r"^\s*其中"),
    coordinator=re.compile(r"^\s*(?:及|和|与|、|以及|and)\s*$"),
    unknown_owner=re.compile(
        r"(?<![A-Za-z])[A-Za-z]{2,}[A-Za-z0-9&+\-]*\s*(?:[\u4e00-\u9fff]{1,6}?)?\s*的?\s*$"
    ),
    unknown_business=NAMED_BUSINESS,
    unknown_lead=re.compile(
        r"^\s*(?:本季度|本期|我们的?|其中|此外|另外|同时|而|预计|预期|估计|"
        r"第[一二三四1-4]\s*(?:财季|季度?)|\d{4}\s*年度?|全年|下一?个?季度)*+\s*[，,]?\s*"
        rf"(?!我们|[\u4e00-\u9fff]*(?:{NOT_A_LINE_WORDS}))"
        r"[\u4e00-\u9fff]{2,10}\s*的?\s*$"
    ),
)
