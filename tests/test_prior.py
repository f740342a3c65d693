"""What changed since the prior quarter: the English example (Q3 2025) against its previous
quarter (examples/harborview-2025-06-quarter-en.txt: other figures, full-year EPS guidance
raised since, an operating-margin guide no longer given, a segment folded into another, other
Q&A topics). Expected values are worked out by hand from the two transcripts."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from callbrief import Briefing, brief
from callbrief.build import BuildOptions, build
from callbrief.render.json_document import document
from conftest import ROOT

THIS = ROOT / "examples" / "harborview-2025-09-quarter-en.txt"
PRIOR = ROOT / "examples" / "harborview-2025-06-quarter-en.txt"
GLOSSARY = ROOT / "examples" / "harborview.glossary.toml"


@pytest.fixture(scope="module")
def b() -> Briefing:
    return brief(str(THIS), glossaries=[GLOSSARY], prior=str(PRIOR))


def test_quarter_on_quarter_changes_are_derived_from_both_calls(b: Briefing) -> None:
    assert b.changes is not None
    got = {c.id: (c.value, c.prior_value, c.qoq_pct, c.qoq_points) for c in b.changes.metrics}
    D = Decimal
    assert got["group.revenue"] == (D(1_060_000_000), D(1_080_000_000), D("-1.9"), None)
    assert got["sensing.revenue"] == (D(418_000_000), D(401_000_000), D("4.2"), None)
    assert got["imaging.revenue"] == (D(352_000_000), D(384_000_000), D("-8.3"), None)
    assert got["group.free_cash_flow"] == (D(148_000_000), D(131_000_000), D("13.0"), None)
    assert got["group.gross_margin"] == (D("46.2"), D("45.1"), None, D("1.1"))  # points
    assert got["group.dividend_per_share"][2] == D("0.0")
    assert "group.gross_margin_change" not in got  # a change on the year is not joined
    revenue = next(c for c in b.changes.metrics if c.id == "group.revenue")
    this, prior = revenue.inputs
    assert this.call == str(THIS) and this.turn == revenue_turn(b)
    assert "Total revenue was $1.06 billion" in this.text
    assert prior.call == str(PRIOR) and "Total revenue was $1.08 billion" in prior.text


def revenue_turn(b: Briefing) -> int:
    return next(m.source.turn for m in b.metrics if m.id == "group.revenue")


def test_guidance_then_and_now(b: Briefing) -> None:
    assert b.changes is not None
    got = {g.id: (g.status, g.then, g.now) for g in b.changes.guidance}
    D = Decimal
    assert got["group.non_gaap_eps@fy2025~guidance"] == (
        "raised",
        (D("4.2"), D("4.35")),
        (D("4.35"), D("4.45")),
    )
    assert got["group.free_cash_flow@fy2025~guidance"][0] == "reaffirmed"
    assert got["group.operating_margin@fy2025~guidance"] == ("dropped", (D(16), D(16)), None)
    assert got["group.revenue@quarter-2025-12~guidance"][0] == "new"
    # last quarter's guide for this quarter is now a result: neither kept nor dropped
    assert not any("quarter-2025-09" in k for k in got)


def test_segments_and_topics_that_appeared_or_vanished(b: Briefing) -> None:
    assert b.changes is not None
    assert [k for k, _, _ in b.changes.segments_gone] == ["field_services"]
    assert b.changes.segments_new == ()
    assert {t.key for t in b.changes.topics_new} == {"monetisation", "profitability",
                                                      "capital_return"}  # fmt: skip
    assert {t.key for t in b.changes.topics_gone} == {"competition", "consumption"}


def test_json_changes(b: Briefing) -> None:
    doc = document(b)
    entry = next(c for c in doc["changes"] if c["id"] == "sensing.revenue")
    assert entry["derived"] is True and entry["qoq_pct"] == 4.2
    assert [i["call"] for i in entry["inputs"]] == [str(THIS), str(PRIOR)]
    status = {g["id"]: g["status"] for g in doc["guidance_changes"]}
    assert status["group.non_gaap_eps@fy2025~guidance"] == "raised"
    assert doc["segment_changes"] == {"new": [], "gone": ["field_services"]}
    assert set(doc["topic_changes"]["gone"]) == {"competition", "consumption"}
    assert "changes" not in document(brief(str(THIS), glossaries=[GLOSSARY]))


def test_pdf_and_workbook_show_what_changed(tmp_path: Path) -> None:
    from pypdf import PdfReader

    options = BuildOptions(
        out_dir=tmp_path, glossaries=(GLOSSARY,), prior=str(PRIOR), languages=("en",)
    )
    written = build(str(THIS), options)
    pdf = next(p for p in written if p.suffix == ".pdf")
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(pdf).pages))
    assert "What changed since last quarter" in text and "QoQ (derived)" in text
    assert "+4.2%" in text and "-8.3%" in text and "+1.1 pp" in text
    assert "raised" in text and "no longer given" in text
    assert "Segments no longer reported: Field Services" in text
    assert "Q&A topics no longer asked about" in text
    sheets = load_workbook(next(p for p in written if p.suffix == ".xlsx"), read_only=True)
    assert "Changes" in sheets.sheetnames
    rows = {r[0]: r for r in sheets["Changes"].iter_rows(min_row=2, values_only=True) if r[0]}
    assert rows["sensing.revenue"][8] == pytest.approx(0.042) and rows["sensing.revenue"][9] == (
        "derived"
    )
    assert "Total revenue was $1.08 billion" in rows["group.revenue"][12]
    plain = build(str(THIS), BuildOptions(out_dir=tmp_path / "plain", glossaries=(GLOSSARY,)))
    workbook = load_workbook(next(p for p in plain if p.suffix == ".xlsx"), read_only=True)
    assert "Changes" not in workbook.sheetnames  # no prior call: no such sheet


def _extract(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "callbrief", "extract", *args], capture_output=True, text=True,
        cwd=ROOT, timeout=120,
    )  # fmt: skip


def test_a_prior_of_another_company_or_not_earlier_is_refused() -> None:
    other = ROOT / "examples" / "nebula-2025-06-quarter-zh.txt"
    done = _extract(str(THIS), "--prior", str(other))
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "is not an earlier call of" in done.stderr and "another company" in done.stderr
    later = _extract(str(PRIOR), "--glossary", str(GLOSSARY), "--prior", str(THIS))
    assert later.returncode == 1 and "is not before this one's" in later.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_batch_finds_the_prior_quarter_among_its_inputs(tmp_path: Path, jobs: str) -> None:
    """In one process and over workers (the first input, this quarter, is read in this
    process, the others by the readers; the prior is found across both)."""
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "callbrief", "build", str(THIS), str(PRIOR), "--glossary",
         str(GLOSSARY), "--format", "json", "--out", str(out), "--jobs", jobs],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    q3 = json.loads((out / "harborview-instruments-2025-09.json").read_text(encoding="utf-8"))
    q2 = json.loads((out / "harborview-instruments-2025-06.json").read_text(encoding="utf-8"))
    assert q3["prior"]["path"] == str(PRIOR) and q3["changes"]
    assert "changes" not in q2  # no earlier quarter among the inputs
