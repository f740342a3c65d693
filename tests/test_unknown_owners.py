"""A figure whose owner a call names in words no glossary gives (``XYZ 收入``, ``客户服务收入``,
``FY2025 收入…``) is shown as unattributed, never as the business an earlier
sentence named nor as the group's; the group's own generic names (集团, 合并) stay the group's.
A made-up company, no glossary."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from callbrief import brief

HEAD = """松岩科技

松岩科技有限公司

2025 年 9 月份季度

业绩电话会议

2025 年 11 月 20 日

管 理 层 发 言

邹明远

松岩科技首席财务官

"""


def _owners(tmp_path: Path, body: str) -> dict[tuple[str, Decimal | None], str]:
    path = tmp_path / "call.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    return {(m.measure, m.value or m.yoy_pct): m.subject for m in brief(str(path)).metrics}


@pytest.mark.parametrize(
    ("body", "figure", "owner"),
    [
        ("松岩云集团收入为人民币 80 亿元，同比增长 9%。QMX 收入同比增长 31%。",
         ("revenue", Decimal(31)), "qmx"),  # a business named in Latin letters is found
        ("松岩云集团收入为人民币 80 亿元，同比增长 9%。QMX 的经调整 EBITA 为亏损人民币 3 亿元。",
         ("adjusted_ebita", Decimal(-300000000)), "qmx"),
        ("松岩云集团收入为人民币 80 亿元，同比增长 9%。FY2025 收入为人民币 300 亿元。",
         ("revenue", Decimal(300_0000_0000)), "unknown"),  # a year: no business found, none said
        ("松岩云集团收入为人民币 80 亿元，同比增长 9%。AI 相关产品的收入增长 40%。",
         ("revenue", Decimal(40)), "aixiangguanchanpin"),  # a line; a Latin word may open it
        ("松岩云集团收入为人民币 80 亿元，同比增长 9%，主要由 QMX 的收入增长带动。",
         ("revenue", Decimal(80_0000_0000)), "songyanyunjituan"),  # QMX named in passing
        ("客户服务收入同比增长 4%。", ("revenue", Decimal(4)), "unknown"),
        ("松岩云集团收入为人民币 80 亿元，同比增长 9%。客户服务收入同比增长 4%。",
         ("revenue", Decimal(4)), "kehufuwu"),  # a line of the business just named
        ("松岩云集团收入为人民币 80 亿元。QMX 收入增长 30%。海外零售收入增长 12%。",
         ("revenue", Decimal(12)), "haiwailingshou"),  # a line of QMX, not of 松岩云集团
        ("松岩云集团收入为人民币 80 亿元。我们的硬件业务增长强劲，零部件收入增长 12%。",
         ("revenue", Decimal(12)), "unknown"),  # after 硬件业务: not a line of 松岩云集团
        ("我们的硬件业务增长动力依然强劲，收入增长加速至 12%。",
         ("revenue", Decimal(12)), "yingjianyewu"),  # the business the sentence is about
        ("本季度，家居零售取得 18% 的营收增长。", ("revenue", Decimal(18)), "jiajulingshou"),
        ("松岩云业务收入增长 9%。松岩云集团经调整 EBITA 为人民币 5 亿元。",
         ("adjusted_ebita", Decimal(5_0000_0000)), "songyanyunjituan"),  # one business, two names
        ("松岩云业务收入增长 9%。云业务经调整 EBITA 为人民币 5 亿元。",
         ("adjusted_ebita", Decimal(5_0000_0000)), "songyanyunyewu"),  # our 云 business
        ("松岩智造商业化收入同比增长 11%。", ("external_revenue", Decimal(11)), "songyanzhizao"),
        ("松岩云集团收入为人民币 80 亿元，同比增长 9%。集团总收入为人民币 300 亿元，同比增长 6%。",
         ("revenue", Decimal(300_0000_0000)), "group"),
        ("松岩云集团收入为人民币 80 亿元。合并经调整 EBITA 为人民币 40 亿元。",
         ("adjusted_ebita", Decimal(40_0000_0000)), "group"),
        ("本季度松岩科技营业收入为人民币 300 亿元，同比增长 6%。",
         ("revenue", Decimal(300_0000_0000)), "group"),
        ("松岩云集团收入为人民币 80 亿元，同比增长 9%；经调整 EBITA 为人民币 5 亿元。",
         ("adjusted_ebita", Decimal(5_0000_0000)), "songyanyunjituan"),
    ],
)  # fmt: skip
def test_whose_figure(tmp_path: Path, body: str, figure: tuple[str, Decimal], owner: str) -> None:
    assert _owners(tmp_path, body)[figure] == owner


def test_a_line_is_a_part_of_the_business_just_named(tmp_path: Path) -> None:
    path = tmp_path / "call.txt"
    body = (
        "松岩云集团收入为人民币 80 亿元，同比增长 9%。\n\n客户服务收入同比增长 4%。预计收入将增长。"
    )
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    rows = {r.name_zh: r.parent for r in brief(str(path)).segments}
    assert rows["客户服务"] == "songyanyunjituan"
    assert "预计" not in rows


def test_a_line_after_a_latin_name_is_its_part(tmp_path: Path) -> None:
    path = tmp_path / "call.txt"
    body = "松岩云集团收入为人民币 80 亿元。QMX 收入增长 30%。海外零售收入增长 12%。"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    rows = {r.name_zh: r.parent for r in brief(str(path)).segments}
    assert rows["海外零售"] == "qmx" and rows["QMX"] is None
