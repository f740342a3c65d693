"""Regression tests: phrasings that once gave a wrong figure (from a review of the extractor).

Each case puts one paragraph into the CFO's turn of a small transcript in the reference layout
and lists the metrics expected from it: id -> (value, unit, yoy %, prior value, period key).
Only the listed ids are checked, plus ``absent`` ids that must not appear.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from callbrief import brief
from conftest import ROOT

HEAD = """星云科技

星云科技集团

2025 年 6 月份季度

业绩电话会议

2025 年 8 月 21 日（星期四）

财 务 回 顾

周敏

星云科技集团首席财务官

（翻译）

"""
TAIL = """

问 答 环 节

Helen Zhang (CICC):

（翻译）

请问资本开支？

【记录稿结束】
"""
Y = 10**8  # 亿
CASES: list[tuple[str, dict[str, tuple[Any, ...]], list[str]]] = [
    # other periods keep their own period
    ("2024 年第四季度，集团收入为人民币 480 亿元。本季度集团收入为人民币 500 亿元。",
     {"group.revenue": (500 * Y, "CNY", None, None, None),
      "group.revenue@quarter-2024-12": (480 * Y, "CNY", None, None, "quarter:2024-12")}, []),
    ("集团全年收入增长 10%。", {"group.revenue@fy2025": (None, None, 10, None, "fy2025")}, ["group.revenue"]),
    ("集团收入由 3 月份季度的人民币 480 亿元增长至本季度的人民币 500 亿元。",
     {"group.revenue": (500 * Y, "CNY", None, None, None),
      "group.revenue@quarter-2025-03": (480 * Y, "CNY", None, None, "quarter:2025-03")}, []),
    ("2024 年 7 月，我们发行了 40 亿港元的可转换债券。",
     {"group.convertible_bond_issuance@month-2024-07": (40 * Y, "HKD", None, None, "month:2024-07")}, []),
    # New Taiwan dollars, 較上季 (quarter-on-quarter, not recorded), 成長, 第四季 (Traditional, read
    # through its Simplified copy)
    ("第四季集团营收为新台币 386.2 亿元，较上季减少 3.1%，较去年同期成长 8.5%。",
     {"group.revenue@quarter-2025-12": (Decimal("386.2") * Y, "TWD", Decimal("8.5"), None, "quarter:2025-12")}, []),
    ("集团营收为 386.2 亿元，季增 3%，年增 8%。", {"group.revenue": (Decimal("386.2") * Y, "CNY", 8, None, None)}, []),
    ("星云云集团收入为 12 亿欧元。", {"cloud.revenue": (12 * Y, "EUR", None, None, None)}, []),
    # measures every call states, with or without a glossary
    ("集团毛利率为 48.0%，去年同期为 45.6%。",
     {"group.gross_margin": (Decimal("48.0"), "percent", None, Decimal("45.6"), None)}, []),
    ("每股摊薄盈利为人民币 2.85 元，经调整每股摊薄盈利为人民币 3.57 元。",
     {"group.eps": (Decimal("2.85"), "CNY/share", None, None, None),
      "group.non_gaap_eps": (Decimal("3.57"), "CNY/share", None, None, None)}, []),
    ("经调整净利润为 38.4 亿元，经调整净利润率为 19.0%。",
     {"group.non_gaap_net_income": (Decimal("38.4") * Y, "CNY", None, None, None),
      "group.adjusted_net_margin": (19, "percent", None, None, None)}, ["group.net_income"]),
    ("归属于母公司业主之净损为新台币 12.4 亿元，每股亏损 0.52 元。",
     {"group.net_income": (Decimal("-12.4") * Y, "TWD", None, None, None),
      "group.eps": (Decimal("-0.52"), "TWD/share", None, None, None)}, []),  # 元 in a call in NT$
    # the comparison's figure per share after a comma is a prior value too; a semicolon ends it
    ("集团净损为新台币 12.4 亿元，每股亏损 0.52 元；去年同期为净利 72.6 亿元，每股盈余 3.05 元。",
     {"group.net_income": (Decimal("-12.4") * Y, "TWD", None, Decimal("72.6") * Y, None),
      "group.eps": (Decimal("-0.52"), "TWD/share", None, Decimal("3.05"), None)}, []),
    ("月活跃用户达到 2.3 亿，日活跃用户为 8,600 万。",
     {"group.mau": (Decimal("2.3") * Y, "users", None, None, None),
      "group.dau": (86000000, "users", None, None, None)}, []),
    ("经营利润为 33.5 亿元，同比增长 22%，经营利润率为 16.6%。",
     {"group.operating_income": (Decimal("33.5") * Y, "CNY", 22, None, None),
      "group.operating_margin": (Decimal("16.6"), "percent", None, None, None)}, []),
    # a part of the business (会员收入) or another kind of revenue (递延收入) is not the revenue
    ("会员收入为 9.6 亿元。", {"unknown.revenue": (Decimal("9.6") * Y, "CNY", None, None, None)}, ["group.revenue"]),
    ("递延收入余额为 128 亿元。", {"group.deferred_revenue": (128 * Y, "CNY", None, None, None)}, ["group.revenue"]),
    # a bound that describes a noun states no figure; an effect on a measure is not the measure
    ("集团收入为人民币 500 亿元。平台上月收入超过 1 万元的创作者达到 41 万人。",
     {"group.revenue": (500 * Y, "CNY", None, None, None)}, []),
    ("港元兑人民币每变动 1%，对我们全年经调整净利润的影响大约为 1.2 亿元。", {}, ["group.non_gaap_net_income@fy2025"]),
    # parts of the year, and the end of the quarter's last month (no month of its own)
    ("前三季度，集团收入为人民币 1,400 亿元，同比增长 8%。",
     {"group.revenue@9m-fy2025": (1400 * Y, "CNY", 8, None, "9m:fy2025")}, ["group.revenue"]),
    ("今年以来累计回购金额已达 36.4 亿港元。",
     {"group.share_repurchases@ytd-fy2025": (Decimal("36.4") * Y, "HKD", None, None, "ytd:fy2025")}, []),
    ("截至 6 月底，付费会员数达到 1,920 万。", {"group.members": (19200000, "members", None, None, None)}, []),
    # a month that dates an event, or starts a span, is not the figure's period
    ("我们 3 月推出的星云优选现在已有 310 万付费会员。",
     {"nebula_select.members": (3100000, "members", None, None, None)}, ["nebula_select.members@month-2025-03"]),
    ("自 2025 年 8 月以来，星云优选的付费会员数增长至 310 万。",
     {"nebula_select.members": (3100000, "members", None, None, None)}, ["nebula_select.members@month-2025-08"]),
    # quarter-on-quarter is not year-over-year
    ("集团收入为人民币 500 亿元，较上季度增长 3%。", {"group.revenue": (500 * Y, "CNY", None, None, None)}, []),
    ("集团收入为人民币 500 亿元，环比增长 3%，同比增长 12%。", {"group.revenue": (500 * Y, "CNY", 12, None, None)}, []),
    # from X to Y
    ("集团收入从人民币 450 亿元增长至人民币 500 亿元。", {"group.revenue": (500 * Y, "CNY", None, None, None)}, []),
    ("星云云集团经调整 EBITA 利润率从去年同期的 15% 提升至 17%。",
     {"cloud.adjusted_ebita_margin": (17, "percent", None, 15, None)}, []),
    ("星云云集团经调整 EBITA 利润率为 17%，去年同期为 15%。",
     {"cloud.adjusted_ebita_margin": (17, "percent", None, 15, None)}, []),
    # a change stated as an amount is not the level
    ("集团收入同比增长人民币 50 亿元。", {"group.revenue_change": (50 * Y, "CNY", None, None, None)}, ["group.revenue"]),
    ("集团收入减少人民币 5 亿元至人民币 495 亿元。",
     {"group.revenue": (495 * Y, "CNY", None, None, None), "group.revenue_change": (-5 * Y, "CNY", None, None, None)}, []),
    # signs
    ("星云本地服务集团经调整 EBITA 亏损同比收窄 45% 至人民币 6 亿元。",
     {"local_services.adjusted_ebita": (-6 * Y, "CNY", None, None, None)}, []),
    ("集团录得净亏损，净亏损同比扩大 20% 至人民币 6 亿元。", {"group.net_income": (-6 * Y, "CNY", None, None, None)}, []),
    ("星云云集团经调整 EBITA 为负人民币 5 亿元。", {"cloud.adjusted_ebita": (-5 * Y, "CNY", None, None, None)}, []),
    ("集团收入同比负增长 3%。", {"group.revenue": (None, None, -3, None, None)}, []),
    ("集团收入同比持平。", {"group.revenue": (None, None, 0, None, None)}, []),
    ("集团收入下降了约 3%。", {"group.revenue": (None, None, -3, None, None)}, []),
    # full-width thousands separator
    ("我们的净现金为人民币１，２０４亿元。", {"group.net_cash": (1204 * Y, "CNY", None, None, None)}, []),
    # an unknown measure takes nothing from the one before it
    ("集团收入为人民币 500 亿元，经营利润为人民币 50 亿元。", {"group.revenue": (500 * Y, "CNY", None, None, None)}, []),
    ("集团经调整 EBITA 为人民币 88 亿元，经营现金流为人民币 120 亿元，同比增长 30%。",
     {"group.adjusted_ebita": (88 * Y, "CNY", None, None, None)}, []),
    # respectively, shares of a total, sub-parts
    ("国内零售和跨境零售收入分别为人民币 214 亿元和人民币 46 亿元。",
     {"domestic_retail.revenue": (214 * Y, "CNY", None, None, None),
      "cross_border_retail.revenue": (46 * Y, "CNY", None, None, None)}, []),
    ("星云电商集团和星云云集团收入分别同比增长 6% 和 21%。",
     {"commerce.revenue": (None, None, 6, None, None), "cloud.revenue": (None, None, 21, None, None)}, []),
    ("星云云集团收入为人民币 130 亿元，占集团总收入的 26%，同比增长 21%。",
     {"cloud.revenue": (130 * Y, "CNY", 21, None, None), "cloud.revenue_share": (26, "percent", None, None, None)},
     ["group.revenue"]),
    # words that are not head counts; bounds are words
    ("智能计算产品收入实现 2 位数增长，位居行业第 2 位。", {}, ["intelligent_computing.revenue"]),
    ("星云优选的付费会员数已超过 1,850 万。", {}, []),
    ("集团收入为 RMB12.3m。", {"group.revenue": (12_300_000, "CNY", None, None, None)}, []),
]  # fmt: skip


def _briefing(tmp_path: Path, paragraph: str) -> dict[str, Any]:
    src = tmp_path / "t.txt"
    src.write_text(HEAD + paragraph + TAIL, encoding="utf-8")
    b = brief(str(src), glossaries=[ROOT / "examples/nebula.glossary.toml"])
    return {m.id: m for m in b.metrics}


@pytest.mark.parametrize(("paragraph", "expected", "absent"), CASES, ids=[c[0][:24] for c in CASES])
def test_phrasing(
    tmp_path: Path, paragraph: str, expected: dict[str, tuple[Any, ...]], absent: list[str]
) -> None:
    got = _briefing(tmp_path, paragraph)
    for metric_id, (value, unit, yoy, prior, period) in expected.items():
        assert metric_id in got, (metric_id, sorted(got))
        m = got[metric_id]
        want = (
            None if value is None else Decimal(value), unit,
            None if yoy is None else Decimal(yoy), None if prior is None else Decimal(prior), period,
        )  # fmt: skip
        have = (
            m.value,
            m.unit.value if m.unit else None,
            m.yoy_pct,
            m.prior_value,
            m.period.key if m.period else None,
        )
        assert have == want, metric_id
    for metric_id in absent:
        assert metric_id not in got, (metric_id, got[metric_id])


def test_bounds_are_kept_as_words(tmp_path: Path) -> None:
    m = _briefing(tmp_path, "星云优选的付费会员数已超过 1,850 万。")["nebula_select.members"]
    assert m.value is None and m.qualitative == "超过 1,850 万"
    assert m.qualitative_en == "more than 18.5 million members"
    growth = _briefing(tmp_path, "集团收入增长超过 20%。")["group.revenue"]
    assert growth.yoy_pct is None and growth.qualitative == "增长超过 20%"
    assert growth.qualitative_en == "up more than 20%"


# Found by a second review.
SECOND: list[tuple[str, dict[str, tuple[Any, ...]], list[str]]] = [
    ("星云云集团收入占比提升至 27%。", {"cloud.revenue_share": (27, "percent", None, None, None)}, ["cloud.revenue"]),
    ("星云云集团收入占比由去年同期的 22% 提升至 26%。",
     {"cloud.revenue_share": (26, "percent", None, 22, None)}, ["cloud.revenue"]),
    ("国内零售和跨境零售收入为人民币 214 亿元和人民币 46 亿元。",
     {"domestic_retail.revenue": (214 * Y, "CNY", None, None, None),
      "cross_border_retail.revenue": (46 * Y, "CNY", None, None, None)}, ["cross_border_retail.revenue.cny"]),
    ("国内零售和跨境零售收入同比增长 4% 和 29%。",
     {"domestic_retail.revenue": (None, None, 4, None, None),
      "cross_border_retail.revenue": (None, None, 29, None, None)}, []),
    ("星云电商集团和星云云集团的经调整 EBITA 为人民币 400 亿元和人民币 27 亿元。",
     {"commerce.adjusted_ebita": (400 * Y, "CNY", None, None, None),
      "cloud.adjusted_ebita": (27 * Y, "CNY", None, None, None)}, []),
    ("2024 年上半年集团收入为人民币 940 亿元。", {"group.revenue@2024-h1": (940 * Y, "CNY", None, None, "2024-h1")}, []),
    ("去年上半年集团收入为人民币 940 亿元。", {"group.revenue@2024-h1": (940 * Y, "CNY", None, None, "2024-h1")}, []),
    ("集团经调整 EBITA 为人民币 88 亿元，同比增速由上季度的 3% 放缓至 1%。",
     {"group.adjusted_ebita": (88 * Y, "CNY", 1, None, None)}, ["group.adjusted_ebita@previous-quarter"]),
    ("星云本地服务集团经调整 EBITA 同比改善人民币 5 亿元。",
     {"local_services.adjusted_ebita_change": (5 * Y, "CNY", None, None, None)}, ["local_services.adjusted_ebita"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("paragraph", "expected", "absent"), SECOND, ids=[c[0][:24] for c in SECOND]
)
def test_phrasing_second_review(
    tmp_path: Path, paragraph: str, expected: dict[str, tuple[Any, ...]], absent: list[str]
) -> None:
    test_phrasing(tmp_path, paragraph, expected, absent)


@pytest.mark.parametrize(
    ("paragraph", "stated_by"),
    [
        # the change first, then a sentence with the value and the change: that one alone
        (
            "集团收入增长加速至 8%。本季度集团收入为人民币 500 亿元，同比增长 8%。",
            ["500 亿元，同比增长 8%"],
        ),
        # the change and the value in two sentences: both
        ("集团收入同比增长 8%。集团收入为人民币 500 亿元。", ["增长 8%", "500 亿元"]),
        # a more specific wording stated later: the later sentence
        ("本地服务集团亏损收窄。本地服务集团亏损显著收窄。", ["亏损显著收窄"]),
    ],
)
def test_the_source_quoted_is_the_sentence_stating_the_figure(
    tmp_path: Path, paragraph: str, stated_by: list[str]
) -> None:
    src = tmp_path / "t.txt"
    src.write_text(HEAD + paragraph + TAIL, encoding="utf-8")
    b = brief(str(src), glossaries=[ROOT / "examples" / "nebula.glossary.toml"])
    (m,) = [m for m in b.metrics if m.measure in ("revenue", "loss")]
    quoted = [m.sources[i].text for i in m.stated_in]
    assert len(quoted) == len(stated_by)
    assert all(fragment in text for fragment, text in zip(stated_by, quoted, strict=True))
    assert stated_by[0] in m.source.text


def test_words_said_of_two_businesses_read_right_for_each(tmp_path: Path) -> None:
    src = tmp_path / "t.txt"
    paragraph = "本季度星云本地服务集团及星云云集团的亏损都实现了收敛。"
    src.write_text(HEAD + paragraph + TAIL, encoding="utf-8")
    b = brief(str(src), glossaries=[ROOT / "examples" / "nebula.glossary.toml"])
    losses = [m for m in b.metrics if m.measure == "loss"]
    assert {m.subject for m in losses} == {"local_services", "cloud"}
    assert all(m.qualitative == "亏损都实现了收敛" for m in losses)  # the words, verbatim
    notes = [s.zh for r in b.segments for s in r.notes if "收敛" in s.zh]
    assert len(notes) == 2 and all("亏损实现了收敛" in n for n in notes), notes


# Guidance in Chinese: (paragraph, {id: (low, high, unit, guidance_change, period key)}).
GUIDANCE: list[tuple[str, dict[str, tuple[Any, ...]]]] = [
    ("我们预计第四季度收入在 150 亿元至 160 亿元之间，同比增长 7% 至 12%。",
     {"group.revenue@quarter-2025-12~guidance": (150 * Y, 160 * Y, "CNY", "new", "quarter:2025-12"),
      "group.revenue_growth@quarter-2025-12~guidance": (7, 12, "percent", "new", "quarter:2025-12")}),
    ("我们预计第四季度收入为 150-160 亿元。",
     {"group.revenue@quarter-2025-12~guidance": (150 * Y, 160 * Y, "CNY", "new", "quarter:2025-12")}),
    ("全年经营利润率目标从 17% 上调至 18%。",
     {"group.operating_margin@fy2025~guidance": (18, 18, "percent", "raised", "fy2025")}),
    ("2026 年资本支出预计介于 5.5 亿至 6 亿美元。",
     {"group.capital_expenditure@year-2026~guidance": (
         Decimal("5.5") * Y, 6 * Y, "USD", "new", "year:2026")}),
    ("预计第四季度毛利率将下降 60 至 80 个基点。",
     {"group.gross_margin_change@quarter-2025-12~guidance": (
         Decimal("-0.8"), Decimal("-0.6"), "percentage_points", "new", "quarter:2025-12")}),
    ("我们维持全年收入指引，预计全年收入为 600 亿元。",
     {"group.revenue@fy2025~guidance": (600 * Y, 600 * Y, "CNY", "reaffirmed", "fy2025")}),
]  # fmt: skip


@pytest.mark.parametrize(("paragraph", "expected"), GUIDANCE, ids=[c[0][:24] for c in GUIDANCE])
def test_guidance(tmp_path: Path, paragraph: str, expected: dict[str, tuple[Any, ...]]) -> None:
    got = _briefing(tmp_path, paragraph)
    assert sorted(got) == sorted(expected), sorted(got)
    for metric_id, (low, high, unit, change, period) in expected.items():
        m = got[metric_id]
        assert m.kind == "guidance" and m.value is None
        assert (m.low, m.high) == (Decimal(low), Decimal(high))
        assert (m.unit.value if m.unit else None, m.guidance_change) == (unit, change)
        assert (m.period.key if m.period else None) == period
