"""The reference call read as if no glossary described its company (the shipped one switched
off): what a call of any other company gets. Its figures may lose their business (shown as
unattributed), but none may land on the wrong one: the group keeps only the group's figures,
and each business found keeps figures of one business of the glossary's (or of its parts)."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import pytest

from callbrief import Briefing, brief
from callbrief.analyze import glossary
from callbrief.analyze.glossary import load_glossary
from conftest import reference_path

Figure = tuple[str, Decimal | None, Decimal | None, Decimal | None]


@pytest.fixture(scope="module")
def both() -> tuple[Briefing, Briefing]:
    path = str(reference_path())
    with_glossary = brief(path)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(glossary, "_names_company", lambda table, company: False)
        mp.setattr(glossary, "_MADE", {})  # not the glossaries made with the company's file
        without = brief(path)
    assert without.segments
    return with_glossary, without


def _figure(m: object) -> Figure:
    return (m.measure, m.value, m.yoy_pct, m.prior_value)  # type: ignore[attr-defined]


def test_the_group_keeps_only_the_groups_figures(both: tuple[Briefing, Briefing]) -> None:
    on, off = both
    group_on = {_figure(m) for m in on.metrics if m.subject == "group"}
    group_off = [m for m in off.metrics if m.subject == "group"]
    assert group_off and {_figure(m) for m in group_off} == group_on  # and none is lost
    revenue = [m for m in group_off if m.measure == "revenue"]
    assert [_figure(m) for m in revenue] == [
        _figure(m) for m in on.metrics if m.subject == "group" and m.measure == "revenue"
    ]


def test_each_business_found_keeps_one_business_figures(both: tuple[Briefing, Briefing]) -> None:
    on, off = both
    parents = {e.key: e.parent for e in load_glossary(on.transcript.call.company or "").entities}

    def family(key: str) -> set[str]:
        line = {key}
        while parents.get(key):
            key = parents[key] or ""
            line.add(key)
        return line

    owners: dict[Figure, set[str]] = defaultdict(set)
    said: dict[tuple[str, str], set[str]] = defaultdict(set)  # (measure, sentence) -> subjects
    for m in on.metrics:
        owners[_figure(m)].add(m.subject)
        for source in m.sources:
            said[(m.measure, source.text)].add(m.subject)
    for m in off.metrics:  # a figure the glossary's run merged into a fuller one (+7% into
        if _figure(m) not in owners:  # 296 亿元, +7%) is found by its sentence
            owners[_figure(m)] = said[(m.measure, m.source.text)]
    found: dict[str, list[Figure]] = defaultdict(list)
    for m in off.metrics:
        if m.subject not in ("group", "unknown"):
            found[m.subject_zh].append(_figure(m))
    assert len(found) >= 10  # the call's businesses and their lines, found without a glossary
    roots: dict[str, set[str]] = {}
    for name, figures in found.items():
        roots[name] = set.intersection(
            *({r for owner in owners[f] for r in family(owner)} for f in figures)
        ) - {"group"}
        assert roots[name], f"{name}: figures of different businesses {figures}"
    names = {s.key: s.name_zh for s in off.segments}
    for row in off.segments:  # a line found under a business is a part of it in the glossary
        if row.parent and row.name_zh in roots and names[row.parent] in roots:
            assert roots[names[row.parent]] & roots[row.name_zh], row.name_zh
    assert sum(1 for s in off.segments if s.parent) >= 3


def test_a_business_named_in_latin_letters_and_its_lines(both: tuple[Briefing, Briefing]) -> None:
    _, off = both
    latin = [m for m in off.metrics if m.source.text.lstrip("本季度过去一个，").startswith("AIDC")]
    assert latin and {m.subject_zh for m in latin} == {"AIDC"}
    rows = {s.name_zh: s for s in off.segments}
    assert rows["国际零售商业"].parent == rows["AIDC"].key


def test_every_business_figure_has_its_business(both: tuple[Briefing, Briefing]) -> None:
    _, off = both
    assert [m.source.text for m in off.metrics if m.subject == "unknown"] == []
    rows = {s.name_zh: s for s in off.segments}
    aliases = {b.zh: b.aliases for b in off.businesses}
    assert set(aliases["阿里云"]) == {"云业务", "云板块"}  # one business, three names: one row
    for line in ("公共云产品", "AI 相关产品"):  # lines of the cloud business named for the company
        assert rows[line].parent == rows["阿里云"].key
