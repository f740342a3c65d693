"""Businesses found in the text when no glossary names them: figures go to the business the
sentence names, never to the group; names composed in English (or kept, for English calls)
and flagged."""

from __future__ import annotations

from pathlib import Path

from callbrief import brief
from callbrief.lang.zh.names import compose_en, proper_part
from conftest import EXAMPLE, ROOT

EXAMPLE_EN = ROOT / "examples" / "harborview-2025-09-quarter-en.txt"


def test_composed_english_names() -> None:
    assert compose_en("星河科技集团", proper_part("星河科技集团")) == "Xinghe Technology Group"
    assert compose_en("电商集团") == "E-commerce Group"
    assert compose_en("星云云集团", "星云") == "Xingyun Cloud Group"


def _by_subject(path: object) -> dict[str, list[tuple[str, object]]]:
    b = brief(str(path))
    out: dict[str, list[tuple[str, object]]] = {}
    for m in b.metrics:
        out.setdefault(m.subject_en, []).append((m.measure, m.value))
    return out


def test_a_chinese_call_without_glossary_puts_segment_figures_on_their_segments() -> None:
    b = brief(str(EXAMPLE))  # the bundled example, its glossary left out
    group_revenue = [m for m in b.metrics if m.subject == "group" and m.measure == "revenue"]
    assert len(group_revenue) == 1 and group_revenue[0].value == 51_230_000_000
    by = _by_subject(EXAMPLE)
    assert ("revenue", 26_000_000_000) in by["Xingyun E-commerce Group"]
    assert ("revenue", 13_000_000_000) in by["Xingyun Cloud Group"]
    assert ("revenue", 8_500_000_000) in by["Xingyun Local services Group"]
    assert b.company_en == "Xingyun Technology Group"
    flagged = {f.zh for f in b.fallbacks if f.kind == "segment" and f.shown == "composed"}
    assert {"星云电商集团", "星云云集团"} <= flagged


def test_an_english_call_without_glossary_finds_its_segments() -> None:
    by = _by_subject(EXAMPLE_EN)
    assert ("revenue", 418_000_000) in by["Sensing Solutions"]
    assert ("revenue", 352_000_000) in by["Medical Imaging"]
    assert ("revenue", 290_000_000) in by["Software and Services"]
    assert ("arr", 655_000_000) in by["Software and Services"]


ENGLISH_PARTS = """Corvale Systems (CRVL) Q3 2025 Earnings Call Transcript

Nov 4, 2025, 5:00 p.m. ET

Prepared Remarks:

Operator

Good afternoon, and welcome to the Corvale Systems third quarter 2025 earnings call.

Dana Whitfield -- Chief Financial Officer

Total revenue was $8.4 billion, up 11% year over year. Platform revenue was $5.0 billion, up \
18%, of which Storage revenue was $1.2 billion, up 30%. Devices revenue was $2.1 billion, down \
4%. Of that, Wearables revenue was $600 million, up 9%. Licensing revenue was $1.3 billion.
"""


def test_parts_named_after_of_which_are_children_of_the_business(tmp_path: Path) -> None:
    path = tmp_path / "corvale.txt"
    path.write_text(ENGLISH_PARTS, encoding="utf-8")
    b = brief(str(path))
    rows = {r.name_en: r for r in b.segments}
    assert rows["Storage"].parent == "platform" and rows["Storage"].revenue == 1_200_000_000
    assert rows["Wearables"].parent == "devices" and rows["Wearables"].revenue_yoy_pct == 9
    assert rows["Platform"].parent is None and rows["Licensing"].parent is None
    assert [m.value for m in b.metrics if m.subject == "group"] == [8_400_000_000]


def test_parts_named_after_qizhong_are_children_of_the_business() -> None:
    b = brief(str(EXAMPLE))
    rows = {r.name_zh: r for r in b.segments}
    assert rows["国内零售"].parent == rows["星云电商集团"].key and rows["国内零售"].level == 1
    assert rows["国内零售"].revenue == 21_400_000_000
    assert rows["跨境零售"].revenue == 4_600_000_000 and rows["跨境零售"].name_en == (
        "Cross-border Retail"
    )


def test_a_figure_whose_business_is_unknown_is_never_the_groups(tmp_path: Path) -> None:
    """A second revenue the sentence names no business for: kept, unattributed, out of the
    headline boxes, takeaways and group total."""
    call = "甲公司\n\n2025 年 3 月份季度\n\n业 务 回 顾\n\n王明\n\n甲公司首席执行官\n\n(原话)\n\n"
    body = "本季度收入为人民币 100 亿元，同比增长 8%。收入为人民币 30 亿元，同比增长 5%。"
    path = tmp_path / "t.txt"
    path.write_text(call + body + "\n", encoding="utf-8")
    b = brief(str(path))
    unknown = [m for m in b.metrics if m.subject == "unknown"]
    assert [m.value for m in unknown] == [3_000_000_000]
    ids = {m.id for m in unknown}
    assert not any(set(t.metrics) & ids for t in b.takeaways)
    total = next(r for r in b.segments if r.is_total)
    assert total.revenue == 10_000_000_000 and not (set(total.metrics) & ids)


def test_titles_and_firms_without_glossary_read_in_english() -> None:
    b = brief(str(EXAMPLE))
    speakers = {s.name: s for s in b.transcript.speakers}
    assert speakers["Grace Zhou"].title_en == (
        "Director of Investor Relations, Xingyun Technology Group"
    )
    assert speakers["林浩然"].title_en == "Chief Executive Officer, Xingyun Technology Group"
    assert speakers["王磊"].firm_en == "CITIC Securities"
    composed = {f.zh for f in b.fallbacks if f.kind == "title"}
    assert "星云科技集团首席执行官" in composed  # composed names stay flagged for review


def test_brokers_both_ways() -> None:
    from callbrief.analyze.glossary import load_glossary

    firms = load_glossary("").firms
    assert firms["摩根士丹利"] == "Morgan Stanley" and firms["中金公司"] == "CICC"
    from callbrief.analyze.chinese_names import ChineseNamer

    assert ChineseNamer(load_glossary("")).firm("Morgan Stanley") == "摩根士丹利"


TOPIC_PARAGRAPHS = """Pellham Holdings Limited (NASDAQ: PLHM; HKEX: 4321) Q2 2025 Earnings Call Transcript

Aug 14, 2025, 8:00 a.m. ET

Prepared Remarks:

Operator

Good morning, and welcome to the Pellham Holdings second quarter 2025 earnings call.

Mara Quist -- Chief Financial Officer

Pellham Group's total revenue was RMB 20.0 billion, up 10% year-over-year.

Pellham Music first. Revenue was RMB 8.0 billion, up 9% year-over-year. Subscription revenue grew \
12% to RMB 5.0 billion.

Adjusted EBITA was RMB 2.0 billion, up 15% from RMB 1.74 billion a year ago.

Smart Devices.

Revenue was RMB 3.0 billion, up 4% year-over-year. Adjusted EBITA loss narrowed to RMB 300 \
million from RMB 500 million in the same quarter last year.
"""


def test_a_paragraph_that_only_names_a_business_opens_it(tmp_path: Path) -> None:
    """``Pellham Music first.``, ``Smart Devices.``: the business the paragraphs after are
    about (also one named after the company); a part it goes on about (Subscription) does
    not end it; the company said by its first name is the group; a loss narrowed from a
    loss a year ago has a loss as its prior value."""
    path = tmp_path / "pellham.txt"
    path.write_text(TOPIC_PARAGRAPHS, encoding="utf-8")
    b = brief(str(path))
    assert b.transcript.call.company == "Pellham Holdings Limited"
    by = {(m.subject_en, m.measure): m for m in b.metrics}
    assert by[("Pellham Holdings Limited", "revenue")].value == 20_000_000_000
    assert by[("Pellham Music", "revenue")].value == 8_000_000_000
    assert by[("Pellham Music", "adjusted_ebita")].value == 2_000_000_000
    assert by[("Smart Devices", "revenue")].value == 3_000_000_000
    loss = by[("Smart Devices", "adjusted_ebita")]
    assert (loss.value, loss.prior_value) == (-300_000_000, -500_000_000)
