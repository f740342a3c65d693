"""Speaker labels, write-up headlines and paragraph scripts, read on their own (the layouts
themselves are read from fixtures in ``fixtures/layouts/``)."""

from __future__ import annotations

from datetime import date

import pytest

from callbrief.model import Role
from callbrief.parse.headline import read_headline
from callbrief.parse.parallel import script
from callbrief.parse.speaker_labels import SpeakerLabel, read_label


@pytest.mark.parametrize(
    ("label", "want"),
    [
        ("某某证券分析师 Jane Doe", SpeakerLabel("Jane Doe", firm="某某证券", role=Role.ANALYST)),
        (
            "某某银行(12.34, -0.05, -0.41%)分析师",
            SpeakerLabel("某某银行分析师", firm="某某银行", role=Role.ANALYST),
        ),
        ("华信证券 李雷", SpeakerLabel("李雷", firm="华信证券")),
        ("某某集团董事长兼CEO王五", SpeakerLabel("王五", title="某某集团董事长兼CEO")),
        ("首席财务官李四", SpeakerLabel("李四", title="首席财务官")),
        ("张三", SpeakerLabel("张三", bare=True)),
        (
            "Tom Becker - Harbor Securities - Analyst",
            SpeakerLabel("Tom Becker", firm="Harbor Securities", role=Role.ANALYST),
        ),
        ("Tom Becker (Harbor Securities)", SpeakerLabel("Tom Becker", firm="Harbor Securities")),
        (
            "Jane Doe, Chief Financial Officer",
            SpeakerLabel("Jane Doe", title="Chief Financial Officer"),
        ),
        ("Operator", SpeakerLabel("Operator")),
    ],
)
def test_a_label_names_its_speaker(label: str, want: SpeakerLabel) -> None:
    assert read_label(label) == want


@pytest.mark.parametrize(
    "text", ["王五表示", "首先", "新浪财经讯 8月20日晚间", "对此, 王五表示", "Note", "Gross margin"]
)
def test_words_before_a_colon_that_are_no_label(text: str) -> None:
    assert read_label(text) is None


def test_a_headline_names_the_company_and_quarter_but_never_guesses_a_date() -> None:
    call = read_headline(
        ["某某科技2025Q2业绩电话会实录：增长放缓", "8月20日晚间，某某科技召开业绩电话会。"]
    )
    assert (call.company, call.period_en, call.period_end, call.date) == (
        "某某科技", "Q2 2025", date(2025, 6, 30), None,
    )  # fmt: skip
    fiscal = read_headline(["某某乳业2026财年第一季度业绩说明会实录"])
    assert (fiscal.period_en, fiscal.period_end) == ("Q1 FY2026", None)


def test_the_article_date_is_not_the_call_date() -> None:
    lines = [
        "某某银行业绩会实录",
        "来源：某某财经 2025年8月21日",
        "2025年8月20日，某某银行召开业绩说明会。",
    ]
    assert read_headline(lines).date == date(2025, 8, 20)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("下一個問題來自Northgate Capital的Sofia Marin。", "zh"),
        ("Thank you, 张三.", "en"),
        ("谢谢Megan。", "zh"),
        ("Revenue was up 18%.", "en"),
        ("12,400", None),
    ],
)
def test_a_paragraphs_language_is_told_by_its_script(text: str, want: str | None) -> None:
    assert script(text) == want
