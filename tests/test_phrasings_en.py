"""Regression phrasings of English calls, from ``fixtures/phrasings/en.txt``.

The file is written like markdown-it-py's fixtures: each case is a comment line (``# what it
covers``), a line with a single ``.``, the input (one management paragraph, or several with a blank line between them), ``.``, the
expected metrics one per line, ``.``. An expected metric is ``<metric id> key=value ...``
with the keys of ``FIELDS``; every field not listed must be empty (``kind`` is ``actual``).
An empty expected block: the paragraph states no figure the engine may record.

The paragraph is the only turn of a call of Example Corp (Q3 2024, the quarter ending
2024-09-30, held on 2024-10-30), read with ``fixtures/phrasings/example-corp.glossary.toml``.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from callbrief.analyze.glossary import load_glossary
from callbrief.analyze.metrics import extract_metrics
from callbrief.lang import pack_for
from callbrief.model import (
    Call,
    Metric,
    Role,
    Section,
    SectionKind,
    Source,
    Speaker,
    Transcript,
    Turn,
)
from conftest import FIXTURES

PHRASINGS = FIXTURES / "phrasings"
GLOSSARY = PHRASINGS / "example-corp.glossary.toml"


def _unit(m: Metric) -> str | None:
    return m.unit.value if m.unit else None


def _period(m: Metric) -> str | None:
    return m.period.key if m.period else None


def _kind(m: Metric) -> str | None:
    return None if m.kind == "actual" else m.kind


_NUMBER: Callable[[str], Any] = Decimal
_TEXT: Callable[[str], Any] = str
# key -> (how the metric gives it, how the fixture writes it)
FIELDS: dict[str, tuple[Callable[[Metric], Any], Callable[[str], Any]]] = {
    "value": (lambda m: m.value, _NUMBER),
    "unit": (_unit, _TEXT),
    "yoy": (lambda m: m.yoy_pct, _NUMBER),
    "prior": (lambda m: m.prior_value, _NUMBER),
    "qoq": (lambda m: m.qoq_pct, _NUMBER),
    "low": (lambda m: m.low, _NUMBER),
    "high": (lambda m: m.high, _NUMBER),
    "words": (lambda m: m.qualitative, _TEXT),
    "basis": (lambda m: m.basis, _TEXT),
    "period": (_period, _TEXT),
    "kind": (_kind, _TEXT),
    "change": (lambda m: m.guidance_change, _TEXT),
}


@dataclass(frozen=True, slots=True)
class Case:
    title: str
    line: int
    paragraph: str
    """The input's paragraphs, a blank line between them."""
    expected: dict[str, dict[str, Any]]


def parse_fixture(path: Path) -> Iterator[Case]:
    """The cases of a fixture file (blank lines between cases are ignored)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    n = 0
    while n < len(lines):
        if not lines[n].strip():
            n += 1
            continue
        title, start = lines[n], n + 1
        assert title.startswith("# "), f"{path.name}:{start}: a case starts with '# ...'"
        assert lines[n + 1] == ".", f"{path.name}:{start + 1}: '.' after the comment"
        blocks: list[list[str]] = []
        n += 2
        for _ in range(2):
            block: list[str] = []
            while n < len(lines) and lines[n] != ".":
                block.append(lines[n])
                n += 1
            assert n < len(lines), f"{path.name}:{start}: unclosed case"
            blocks.append(block)
            n += 1
        paragraph = "\n\n".join(
            " ".join(part.split()) for part in "\n".join(blocks[0]).split("\n\n") if part.strip()
        )
        assert paragraph, f"{path.name}:{start}: empty input"
        yield Case(title[2:], start, paragraph, dict(_expected(path, start, blocks[1])))


def _expected(path: Path, start: int, block: list[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    for line in block:
        if not line.strip():
            continue
        metric_id, *pairs = shlex.split(line)
        fields: dict[str, Any] = {}
        for pair in pairs:
            key, sep, text = pair.partition("=")
            assert sep and key in FIELDS, f"{path.name}:{start}: bad field {pair!r}"
            fields[key] = FIELDS[key][1](text)
        yield metric_id, fields


CASES = list(parse_fixture(PHRASINGS / "en.txt"))


def read(paragraph: str) -> tuple[Metric, ...]:
    """The metrics of management paragraphs (a blank line between them) of an Example Corp
    call, in one turn."""
    pack = pack_for("en")
    glossary = load_glossary(
        "Example Corp",
        [GLOSSARY],
        business_suffix=pack.business_suffix,
        vocabulary=pack.vocabulary,
        language="en",
    )
    assert glossary.company is not None
    transcript = Transcript(
        source=Source("phrasing.txt", "0" * 64, "utf-8", "en", "inline-names"),
        call=Call("Example Corp", "Q3 2024", "Q3 2024", date(2024, 9, 30), date(2024, 10, 30)),
        preamble=(),
        speakers=(Speaker("jane-doe", "Jane Doe", "Jane Doe", Role.MANAGEMENT, "CFO"),),
        sections=(Section("remarks", SectionKind.PREPARED_REMARKS, "Remarks", "Remarks"),),
        turns=(
            Turn(0, "remarks", "jane-doe", None, tuple(paragraph.split("\n\n")), ("Jane Doe:",)),
        ),
        qa=(),
    )
    return extract_metrics(transcript, glossary, glossary.company, pack)


_SPACE = re.compile(r"\s")


def describe(m: Metric) -> str:
    """A metric as the fixture writes it."""
    parts = [m.id]
    for key, (get, _) in FIELDS.items():
        got = get(m)
        if got is not None:
            text = str(got)
            parts.append(f"{key}={shlex.quote(text) if _SPACE.search(text) else text}")
    return " ".join(parts)


@pytest.mark.parametrize("case", CASES, ids=[f"{c.line}-{c.title[:40]}" for c in CASES])
def test_phrasing(case: Case) -> None:
    metrics = read(case.paragraph)
    got = {m.id: m for m in metrics}
    shown = "\n".join(map(describe, metrics)) or "(nothing)"
    assert sorted(got) == sorted(case.expected), f"{case.paragraph}\ngot:\n{shown}"
    for metric_id, fields in case.expected.items():
        m = got[metric_id]
        have = {key: get(m) for key, (get, _) in FIELDS.items() if get(m) is not None}
        assert have == fields, f"{metric_id}: {case.paragraph}\ngot:\n{shown}"
        assert (m.qualitative is None) == (m.qualitative_en is None), metric_id
    sentences = pack_for("en").sentences(case.paragraph)
    for m in metrics:
        for source in m.sources:
            assert source.text in sentences, (m.id, source.text)
            assert source.text.rstrip("\"')]").endswith((".", "!", "?")), source.text


def test_enough_cases() -> None:
    assert len(CASES) >= 80


def test_the_parser_reads_an_empty_expectation(tmp_path: Path) -> None:
    fixture = tmp_path / "t.txt"
    fixture.write_text("# nothing\n.\nWe had a good year.\n.\n.\n", encoding="utf-8")
    (case,) = parse_fixture(fixture)
    assert (case.paragraph, case.expected) == ("We had a good year.", {})
