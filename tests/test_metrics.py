"""Metrics with provenance, on the reference and the example, and on every variant of both."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from callbrief import Briefing, brief
from callbrief.lang.zh.amounts import find_amounts
from conftest import FIXTURES, ROOT, fold_width


def _fixture(path: Path) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{path.stem}.metrics.json").read_text(encoding="utf-8"))


def _briefing(path: Path) -> Briefing:
    glossaries = [ROOT / g for g in _fixture(path)["glossaries"]]
    return brief(str(path), glossaries=glossaries)


def _num(x: float | None) -> Decimal | None:
    return None if x is None else Decimal(str(x))


def test_every_stated_figure_and_nothing_else(variant: Path) -> None:
    b = _briefing(variant)
    want = _fixture(variant)["metrics"]
    got = {(m.subject, m.measure, m.period.key if m.period else None, m.unit and m.unit.value): m
           for m in b.metrics}  # fmt: skip
    keys = [(w[0], w[1], w[2], w[3]) for w in want]
    assert sorted(got, key=str) == sorted(keys, key=str)
    for subject, measure, period, unit, value, yoy, prior, words, basis, n, fragment in want:
        m = got[(subject, measure, period, unit)]
        assert (m.value, m.yoy_pct, m.prior_value) == (_num(value), _num(yoy), _num(prior)), m.id
        assert m.qualitative == words, m.id
        assert (m.basis is not None) == basis, m.id
        assert len(m.sources) == n, (m.id, [s.text for s in m.sources])
        assert fold_width(fragment) in fold_width(m.sources[0].text), m.id


def test_sources_are_verbatim_sentences_of_their_turn(transcript_path: Path) -> None:
    b = _briefing(transcript_path)
    for m in b.metrics:
        for source in m.sources:
            turn = b.transcript.turns[source.turn]
            assert turn.speaker == source.speaker
            assert any(source.text in p for p in turn.paragraphs), source.text
            assert b.transcript.speaker(turn.speaker).role.value == "management"


def test_metric_ids_are_unique(transcript_path: Path) -> None:
    ids = [m.id for m in _briefing(transcript_path).metrics]
    assert len(ids) == len(set(ids))


def test_reference_segment_table() -> None:
    from conftest import reference_path

    b = _briefing(reference_path())
    rows = {r.key: r for r in b.segments}
    order = [(r.key, r.level) for r in b.segments]
    assert order == [
        ("taobao_tmall", 0), ("china_commerce_retail", 1), ("customer_management", 2),
        ("direct_sales_and_others", 2), ("china_commerce_wholesale", 1), ("cloud", 0),
        ("aidc", 0), ("international_commerce_retail", 1), ("international_commerce_wholesale", 1),
        ("cainiao", 0), ("local_services", 0), ("digital_media", 0), ("all_others", 0), ("group", 0),
    ]  # fmt: skip
    assert rows["group"].is_total and rows["group"].revenue == Decimal("236500000000")
    aidc = rows["aidc"]  # revenue itself is not stated, only its growth: not derived from parts
    assert aidc.revenue is None and aidc.revenue_yoy_pct == 29
    assert aidc.adjusted_ebita == Decimal("-2900000000")
    assert aidc.adjusted_ebita_prior == Decimal("-384000000")
    assert rows["cloud"].adjusted_ebita_margin_pct == 9
    assert rows["cainiao"].adjusted_ebita_yoy_pct == -94
    assert rows["china_commerce_retail"].revenue_prior == Decimal("92600000000")
    assert any("double-digit" in n.en for n in rows["cloud"].notes)


def test_periods_and_fiscal_labels(transcript_path: Path) -> None:
    b = _briefing(transcript_path)
    assert b.fiscal is not None
    assert (b.fiscal.zh, b.fiscal.en) == ("2025 财年第二季度", "FY2025 Q2")


def test_everything_named_in_english(transcript_path: Path) -> None:
    b = _briefing(transcript_path)
    t = b.transcript
    assert all(s.name_en and (s.title is None or s.title_en) for s in t.speakers)
    assert all(s.firm is None or s.firm_en for s in t.speakers)
    assert all(s.title_en for s in t.sections)
    assert all(m.subject_en and m.measure_en for m in b.metrics)
    assert all(r.name_en for r in b.segments)
    assert b.company_en


def test_reference_names_come_from_glossary_without_fallback() -> None:
    from conftest import reference_path

    b = _briefing(reference_path())
    names = {s.name: (s.name_en, s.title_en) for s in b.transcript.speakers}
    assert names["吴泳铭"] == ("Eddie Wu", "Chief Executive Officer, Alibaba Group")
    assert names["徐宏"] == ("Toby Xu", "Chief Financial Officer, Alibaba Group")
    assert b.fallbacks == ()
    sections = [s.title_en for s in b.transcript.sections]
    assert sections[1] == "Alibaba Group Business Update"


def test_unknown_names_fall_back_to_pinyin_and_are_flagged() -> None:
    from conftest import EXAMPLE

    b = _briefing(EXAMPLE)
    flagged = {(f.kind, f.zh, f.en) for f in b.fallbacks}
    assert flagged == {("person", "周敏", "Zhou Min"), ("person", "王磊", "Wang Lei")}
    assert b.transcript.speaker("wang-lei").firm_en == "CITIC Securities"


def test_user_glossary_names_a_person(tmp_path: Path) -> None:
    from conftest import EXAMPLE

    extra = tmp_path / "people.toml"
    extra.write_text('[[people]]\nzh = "周敏"\nen = "Min Chow"\n', encoding="utf-8")
    b = brief(str(EXAMPLE), glossaries=[ROOT / "examples/nebula.glossary.toml", extra])
    assert b.transcript.speaker("zhou-min").name_en == "Min Chow"
    assert {f.zh for f in b.fallbacks} == {"王磊"}


def test_takeaways_in_both_languages() -> None:
    from conftest import reference_path

    b = _briefing(reference_path())
    first = b.takeaways[0]
    assert first.zh == "阿里巴巴集团收入为人民币 2,365 亿元，同比增长 5%。"
    assert first.en == "Alibaba Group revenue was RMB236.5 billion, up 5% year-over-year."
    by_en = {s.en for s in b.takeaways}
    assert (
        "Alibaba Group free cash flow was RMB13.7 billion, down 70% year-over-year, "
        "compared with RMB45.2 billion a year earlier." in by_en
    )
    aidc = next(r for r in b.segments if r.key == "aidc")
    assert aidc.revenue is None  # stated growth only: the takeaway says so, without a value
    assert "Alibaba International Digital Commerce Group revenue: up 29% year-over-year." in by_en


def test_quotes_are_management_sentences_with_variety(transcript_path: Path) -> None:
    b = _briefing(transcript_path)
    assert 3 <= len(b.quotes) <= 8
    for q in b.quotes:
        assert b.transcript.speaker(q.speaker).role.value == "management"
        assert any(q.text in p for p in b.transcript.turns[q.turn].paragraphs)
        assert "前瞻性" not in q.text and q.translation is None
    speakers = [q.speaker for q in b.quotes]
    topics = [q.topic for q in b.quotes]
    assert max(map(speakers.count, speakers)) <= 3 and max(map(topics.count, topics)) <= 2
    # a sentence about a figure is a metric, not a quote (with three better ones to choose)
    assert not any(find_amounts(q.text) for q in b.quotes), [q.text for q in b.quotes]


def test_qa_exchanges_have_topics(transcript_path: Path) -> None:
    b = _briefing(transcript_path)
    assert all(q.topics for q in b.transcript.qa)


@pytest.mark.parametrize("top", ["src", "templates"])
@pytest.mark.parametrize("transcript", ["reference", "english example"])
def test_no_transcript_figure_in_code_or_templates(top: str, transcript: str) -> None:
    """Distinctive numbers of the reference transcript and of the English example never
    appear in what we ship (both languages' figures are scanned)."""
    import re

    from conftest import reference_path

    source = (
        reference_path()
        if transcript == "reference"
        else ROOT / "examples" / ("harborview-2025-09-quarter-en.txt")
    )
    text = source.read_text(encoding="utf-8")
    numbers = set(re.findall(r"\d{1,3}(?:,\d{3})+|\d+\.\d+|\d{3,}", text))
    distinctive = {n for n in numbers if not n.endswith("00") and not re.fullmatch(r"20\d\d", n)}
    for path in (ROOT / top).rglob("*"):
        if path.is_file() and path.suffix in {".py", ".toml", ".html", ".css", ".j2", ".json"}:
            content = path.read_text(encoding="utf-8")
            # A number that is part of a name (sha256, SHA-256) is not a figure.
            pattern = r"(?<![\w.,])(?<![A-Za-z]-){}(?![\d.,])"
            hits = [n for n in distinctive if re.search(pattern.format(re.escape(n)), content)]
            assert not hits, f"{path}: {hits}"
