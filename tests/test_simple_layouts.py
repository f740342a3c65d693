"""The simple layouts beyond their fixtures: what is a label and what is not, how an
affiliation is read, and the plain-text layout's floor (it never reads junk, lists of
numbers or a few short lines, and it scores below every layout that finds speakers)."""

from __future__ import annotations

import pytest

from callbrief.parse import MIN_SCORE
from callbrief.parse.inline_names import InlineNameLayout, read_inline
from callbrief.parse.labels import affiliation
from callbrief.parse.plain_text import PlainTextLayout

PROSE = [
    "Example Corp today reported revenue of $1.2 billion for the quarter, up 8% from a year ago.",
    "Gross margin improved to 41.5%, helped by lower freight costs and a better product mix.",
    "Operating expenses grew more slowly than revenue, and operating margin reached 14% in the quarter.",
    "The company expects revenue of $1.25 billion to $1.30 billion for the fourth quarter of the year.",
    "Free cash flow was $150 million, and the board approved a new share repurchase programme today.",
    "The company ended the quarter with $2.1 billion in cash and investments and no outstanding debt.",
]  # fmt: skip


@pytest.mark.parametrize(
    ("said", "title", "firm"),
    [
        ("CFO", "CFO", None),
        ("Example Corp, Chief Financial Officer", "Example Corp, Chief Financial Officer", None),
        ("Analyst, Example Securities", None, "Example Securities"),
        ("Example Securities", None, "Example Securities"),
        ("Chief Investment Officer", "Chief Investment Officer", None),
        ("首席财务官", "首席财务官", None),
        ("某某证券", None, "某某证券"),
        ("某某证券分析师", None, "某某证券"),
        (None, None, None),
    ],
)
def test_an_affiliation_is_a_title_or_a_firm(
    said: str | None, title: str | None, firm: str | None
) -> None:
    assert affiliation(said) == (title, firm)


def test_false_labels_stay_in_the_turn() -> None:
    lines = [
        "Note: this transcript was edited. The call began at 10:30 a.m.",
        "Jane Doe, CFO: Thanks, and good morning.",
        "Revenue: $4.2 billion, up 6%.",
        "Q3: a record quarter.",
        "10:30: the call started.",
        "John Roe (Example Securities): How did margins move?",
        "Jane Doe: They improved.",
        "营业收入: 42 亿元。",
        "第一: 海外收入增长。",
    ]
    read = read_inline(lines)
    assert not isinstance(read, str)
    headers, _ = read
    assert [(h.start, h.name) for h in headers] == [
        (1, "Jane Doe"),
        (5, "John Roe"),
        (6, "Jane Doe"),
    ]
    assert headers[1].firm == "Example Securities" and headers[0].title == "CFO"


def test_one_speakers_labels_are_not_a_conversation() -> None:
    lines = [f"Operator: Good day and welcome, line {n}." for n in range(5)]
    assert InlineNameLayout().detect(lines).score == 0


def test_prose_scores_just_above_the_floor() -> None:
    score = PlainTextLayout().detect(PROSE).score
    assert MIN_SCORE < score <= 0.3


@pytest.mark.parametrize(
    "lines",
    [
        PROSE[:3],  # three lines: too little prose to brief
        ["Revenue grew.", "Margins rose.", "Outlook raised."] * 3,
        ["1,204.5  3,310.2  7.5%", "2,118.0  4,002.9  8.1%", "3,555.1  1,290.4  6.0%"] * 10,
        ["x#9@!~~ qz%%^^ 0x3f 0x4e &&** ((__ ##%% $$ ;;", "0101 1100 %%^^&& ** ## @@ !!"] * 10,
        ["Jane Doe", *PROSE[:3], "Jane Doe", *PROSE[3:]],  # a name said twice: speakers
        [f"Operator: {p}" for p in PROSE],  # labels: a speaker layout's text
    ],
    ids=["three-lines", "short-lines", "numbers", "junk", "recurring-name", "labels"],
)
def test_plain_text_does_not_read(lines: list[str]) -> None:
    assert PlainTextLayout().detect(lines).score == 0


def test_a_chinese_statement_is_managements() -> None:
    from callbrief.model import Source

    lines = [
        "本季度公司实现营业收入人民币 58.6 亿元，同比增长 14%，储能和海外两条主线均超出年初计划。",
        "毛利率为 22.4%，同比提升 1.6 个百分点，主要得益于原材料价格回落和产品结构改善。",
        "经营活动现金流净额为人民币 9.8 亿元，期末在手现金为人民币 74 亿元，财务状况稳健。",
        "公司预计第四季度营业收入将在人民币 60 亿元至 63 亿元之间，全年目标保持不变。",
        "董事会批准了新的股份回购计划，未来十二个月内回购金额不超过人民币 20 亿元。",
    ]
    source = Source("t.txt", "0" * 64, "utf-8", "zh", "plain-text", "")
    t = PlainTextLayout().parse(lines, source)
    assert [s.name for s in t.speakers] == ["管理层"] and len(t.turns[0].paragraphs) == 5
