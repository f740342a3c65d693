"""The call model on the reference transcript, the bundled example and their variants."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

from callbrief import Transcript, extract, read_source
from conftest import expected, fold_width


def _by_name(t: Transcript) -> dict[str, str]:
    return {s.id: s.name for s in t.speakers}


def test_call_title_block(variant: Path) -> None:
    t, want = extract(str(variant)), expected(variant)
    assert t.call.company == want["company"]
    assert t.call.period == want["period"]
    assert t.call.period_en == want["period_en"]
    assert t.call.period_end == date.fromisoformat(want["period_end"])
    assert t.call.date == date.fromisoformat(want["date"])
    assert t.end_marker == want["end_marker"]


def test_every_speaker_once_with_role_title_and_firm(variant: Path) -> None:
    t, want = extract(str(variant)), expected(variant)
    got = [
        {"name": s.name, "role": s.role.value, "title": s.title, "firm": s.firm} for s in t.speakers
    ]
    assert got == want["speakers"]
    assert len({s.id for s in t.speakers}) == len(t.speakers)


def test_sections_and_turns(variant: Path) -> None:
    t, want = extract(str(variant)), expected(variant)
    assert [[s.title, s.kind.value] for s in t.sections] == want["sections"]
    names, titles = _by_name(t), {s.id: s.title for s in t.sections}
    got = [
        [names[u.speaker], titles[u.section], u.delivery.value if u.delivery else None]
        for u in t.turns
    ]
    assert got == want["turns"]
    assert [u.index for u in t.turns] == list(range(len(t.turns)))


def test_qa_exchanges_pair_analysts_with_answerers(variant: Path) -> None:
    t, want = extract(str(variant)), expected(variant)
    names = _by_name(t)
    got = [[names[q.analyst], q.firm, [names[a] for a in q.answerers]] for q in t.qa]
    assert got == want["qa"]
    for q in t.qa:
        assert t.turns[q.question_turn].speaker == q.analyst
        assert all(q.question_turn < a for a in q.answer_turns)


def test_page_broken_paragraph_is_whole(variant: Path) -> None:
    t, want = extract(str(variant)), expected(variant)
    head, tail = (fold_width(s) for s in want["page_broken"])
    whole = [fold_width(p) for u in t.turns for p in u.paragraphs if head in fold_width(p)]
    assert len(whole) == 1 and tail in whole[0]


def test_footnotes_set_aside_with_marker(variant: Path) -> None:
    t, want = extract(str(variant)), expected(variant)
    got = [(f.marker, fold_width(f.text)) for f in t.footnotes]
    assert len(got) == len(want["footnotes"])
    for (marker, text), w in zip(got, want["footnotes"], strict=True):
        assert marker == w["marker"] and text.startswith(fold_width(w["starts"]))
    paragraphs = [fold_width(p) for u in t.turns for p in u.paragraphs]
    for w in want["footnotes"]:
        starts, referenced_in = fold_width(w["starts"]), fold_width(w["referenced_in"])
        assert not any(starts in p for p in paragraphs), "footnote glued into a paragraph"
        assert sum(referenced_in in p for p in paragraphs) == 1


def _chars(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_no_text_lost_or_duplicated(variant: Path) -> None:
    """Every character of the file lands in exactly one place of the model."""
    t = extract(str(variant))
    body = _chars(read_source(str(variant)).content)
    pieces = [*t.preamble, *(s.heading for s in t.sections)]
    pieces += [line for u in t.turns for line in (*u.header, *u.paragraphs)]
    pieces += [f"{f.marker}{f.text}" for f in t.footnotes]
    pieces += [t.end_marker or ""]
    assert Counter(_chars("".join(pieces))) == Counter(body)
    paragraphs = [p for u in t.turns for p in u.paragraphs]
    assert len(paragraphs) == len(set(paragraphs)) or _repeats_are_in_file(paragraphs, body)
    for p in paragraphs:
        assert _chars(p) in body


def _repeats_are_in_file(paragraphs: list[str], body: str) -> bool:
    # Short paragraphs such as "谢谢。" may legitimately recur; each must recur in the file too.
    counts = Counter(paragraphs)
    return all(body.count(_chars(p)) >= n for p, n in counts.items() if n > 1)


def test_a_title_block_with_a_stock_code_a_venue_and_a_short_quarter() -> None:
    """The company's line without its stock code; a ``Label: value`` line (the venue) is never
    the company; ``第四季`` and ``法人说明会`` (Taiwan wording, through the Simplified copy)."""
    from callbrief.parse.title_block import read_call

    call = read_call(
        ["示例光电股份有限公司(6123)", "2025 年第四季暨全年度法人说明会", "逐字稿",
         "日期:2026 年 2 月 10 日", "地点:台北示例酒店三楼 / 线上同步直播"]
    )  # fmt: skip
    assert (call.company, call.period_en, call.period_end, call.date) == (
        "示例光电股份有限公司", "Q4 2025", date(2025, 12, 31), date(2026, 2, 10),
    )  # fmt: skip
    english = read_call(
        ["Example Corp. (NASDAQ: EXMP)", "Q3 2025 Earnings Call", "Location: Online"]
    )
    assert english.company == "Example Corp."


def test_a_fiscal_quarter_ends_where_the_call_says_and_implies_its_fiscal_year() -> None:
    """``Second Quarter Fiscal 2025`` has no calendar end of its own; the welcome's ``thirteen
    weeks ended August 2, 2025`` gives it, and with it a year ending in January that the
    company names by the year it starts in (a 52/53-week retailer's)."""
    from callbrief.analyze.periods import fiscal_period, stated_fiscal_year
    from callbrief.model import FiscalYear
    from callbrief.parse.title_block import complete_call, read_call

    title = read_call(["Example Stores Inc. (NYSE: EXS)", "Second Quarter Fiscal 2025 Results"])
    assert (title.period_en, title.period_end) == ("Q2 FY2025", None)
    welcome = [
        "Comparisons are to the thirteen weeks ended August 3, 2024.",
        "The second quarter covers the thirteen weeks ended August 2, 2025.",
    ]
    call = complete_call(title, welcome)
    assert call.period_end == date(2025, 8, 2)  # the latest stated, not the one compared with
    year = stated_fiscal_year(call)
    assert year == FiscalYear(1, 31, named_by_start=True)
    assert fiscal_period(date(2025, 8, 2), year).en == "FY2025 Q2"
    assert fiscal_period(date(2026, 1, 31), year).en == "FY2025 Q4"
    # a year named by its end (most companies): Q1 FY26 ending September 30, 2025
    ended = complete_call(
        read_call(["Q1 FY26 Earnings Call"]), ["the quarter ended September 30, 2025"]
    )
    assert stated_fiscal_year(ended) == FiscalYear(6, 30)
    # a date years away from the fiscal year named is not its end
    far = complete_call(title, ["the quarter ended June 30, 2019"])
    assert far.period_end is None
