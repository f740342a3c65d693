"""Paired transcripts: the bundled Chinese example and its English version (the company's own
translation: sentences merged, split and reordered as translators do, an operator turn the
Chinese lacks, and one figure deliberately different). Expected pairs were written by hand
(tests/fixtures/nebula-pair.expected.json)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from openpyxl import load_workbook

from callbrief import Briefing, brief
from callbrief.build import BuildOptions, build
from callbrief.render.json_document import document
from conftest import EXAMPLE, ROOT, reference_path

ENGLISH = ROOT / "examples" / "nebula-2025-06-quarter-en.txt"
GLOSSARY = ROOT / "examples" / "nebula.glossary.toml"
OTHER_CALL = ROOT / "examples" / "harborview-2025-09-quarter-en.txt"
EXPECTED = json.loads((ROOT / "tests" / "fixtures" / "nebula-pair.expected.json").read_text())
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@pytest.fixture(scope="module", params=["glossary", "no-glossary"])
def paired(request: pytest.FixtureRequest) -> Briefing:
    glossaries = [GLOSSARY] if request.param == "glossary" else []
    return brief(str(EXAMPLE), glossaries=glossaries, pair=str(ENGLISH))


def test_quotes_carry_the_companys_translation(paired: Briefing) -> None:
    expected = {q["zh"]: q["en"] for q in EXPECTED["quotes"]}
    got = {q.text: q.translation for q in paired.quotes}
    assert got == expected


def test_question_excerpts_carry_the_companys_translation(paired: Briefing) -> None:
    expected = [q["en"] for q in EXPECTED["questions"]]
    assert list(paired.question_translations) == expected
    assert [q["zh"] for q in EXPECTED["questions"]] == list(paired.questions)


def test_the_different_figure_is_flagged_and_the_rest_confirmed(paired: Briefing) -> None:
    checks = {m.id: m.pair for m in paired.metrics}
    assert all(c is not None for c in checks.values())
    different = [m for m in paired.metrics if m.pair and m.pair.status == "different"]
    assert len(different) == 1
    m = different[0]
    assert m.value == 8_500_000_000 and m.pair is not None and m.pair.value == 8_600_000_000
    assert (
        m.source.text == EXPECTED["different"]["zh"] and m.pair.text == EXPECTED["different"]["en"]
    )
    confirmed = [m for m in paired.metrics if m.pair and m.pair.status == "confirmed"]
    assert len(confirmed) >= 20
    for m in confirmed:  # a confirmed figure is the same number in the other sentence
        assert m.pair is not None and m.pair.text
        assert m.pair.value in (m.value, m.yoy_pct) or m.value is None
    one_side = sorted(m.id.split(".", 1)[1] for m in paired.metrics
                      if m.pair and m.pair.status == "one_side")  # fmt: skip
    # what the English version's reader does not take as the same figure (measured): the
    # triple-digit growth of a product line (put on the cloud there); without a glossary also
    # the two figures of the 消费业务 paragraph, unattributed here (never compared)
    assert one_side in (["revenue"], ["members", "revenue"])
    # the bond issued in July (7 月 / "In July") and the buy-back's share and ADS counts
    # (相当于 / "equivalent to ... ordinary shares or ... ADSs"): read alike, so compared
    for key in ("convertible_bond_issuance@month-2025-07", "share_repurchases.shares",
                "share_repurchases.ads"):  # fmt: skip
        check = checks[f"group.{key}"]
        assert check is not None and check.status == "confirmed"


def test_turns_present_in_one_version_are_left_unpaired(paired: Briefing) -> None:
    assert paired.pairing is not None
    assert paired.pairing.unpaired == ()
    assert list(paired.pairing.unpaired_other) == EXPECTED["unpaired_en_turns"]
    assert paired.pairing.turns_paired == len(paired.transcript.turns)


def test_a_person_named_apart_gets_the_paired_name() -> None:
    b = brief(str(EXAMPLE), pair=str(ENGLISH))  # no glossary: 林浩然 would be Lin Haoran
    names = {s.name: s.name_en for s in b.transcript.speakers}
    assert names["林浩然"] == "Howard Lin"
    assert any(f.zh == "林浩然" and f.shown == "paired" for f in b.fallbacks)
    # the company and a business whose figures are confirmed in both: the English names
    assert b.company_en == "Nebula Technology Group"
    rows = {r.name_zh: r.name_en for r in b.segments}
    assert rows["星云本地服务集团"] == "Nebula Local Services Group"
    assert any(f.zh == "星云本地服务集团" and f.shown == "paired" for f in b.fallbacks)
    assert b.takeaways[0].en.startswith("Nebula Technology Group revenue was RMB51.23 billion")


def test_either_version_may_be_the_original() -> None:
    b = brief(str(ENGLISH), glossaries=[GLOSSARY], pair=str(EXAMPLE))
    expected = {q["en"]: q["zh"] for q in EXPECTED["quotes"]}
    for q in b.quotes:
        if q.text in expected:
            assert q.translation == expected[q.text]
    statuses = [m.pair.status for m in b.metrics if m.pair]
    assert statuses.count("different") == 1 and statuses.count("confirmed") >= 15


def test_json_carries_the_pair(paired: Briefing) -> None:
    doc = document(paired)
    schema = json.loads(
        (ROOT / "src" / "callbrief" / "data" / "callbrief-1.schema.json").read_text()
    )
    jsonschema.Draft202012Validator(schema).validate(doc)
    assert doc["pair"]["language"] == "en" and doc["pair"]["unpaired_other_turns"] == [0]
    for q in doc["quotes"]:
        assert q["text_zh"] == q["text"] and q["text_en"]
    statuses = {m["id"]: m["pair"]["status"] for m in doc["metrics"]}
    assert list(statuses.values()).count("different") == 1
    assert all(entry["question_translation"] for entry in doc["qa"])


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "callbrief", *args], capture_output=True, text=True, cwd=ROOT,
        timeout=120,
    )  # fmt: skip


def test_a_different_call_is_refused(tmp_path: Path) -> None:
    done = _cli("build", str(EXAMPLE), "--pair", str(OTHER_CALL), "--out", str(tmp_path))
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "is not the other version of" in done.stderr and "other periods" in done.stderr
    assert not list(tmp_path.iterdir())


def test_the_same_language_twice_is_refused(tmp_path: Path) -> None:
    done = _cli("extract", str(EXAMPLE), "--pair", str(EXAMPLE))
    assert done.returncode == 1 and "both are in Chinese" in done.stderr


def test_a_difference_is_a_warning(tmp_path: Path) -> None:
    done = _cli("extract", str(EXAMPLE), "--glossary", str(GLOSSARY), "--pair", str(ENGLISH))
    assert done.returncode == 0
    warnings = [line for line in done.stderr.splitlines() if "differs" in line]
    assert len(warnings) == 1 and "local_services.revenue" in warnings[0]
    assert "RMB8.5 billion here, RMB8.6 billion there" in warnings[0]


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_an_english_briefing_of_a_paired_chinese_call_has_no_chinese(tmp_path: Path) -> None:
    options = BuildOptions(
        out_dir=tmp_path, languages=("en",), formats=("pdf", "xlsx"), glossaries=(GLOSSARY,),
        pair=str(ENGLISH),
    )  # fmt: skip
    written = build(str(EXAMPLE), options)
    pdf = next(p for p in written if p.suffix == ".pdf")
    text = _pdf_text(pdf)
    flat = re.sub(r"\s+", " ", text)
    assert "company's translation" in flat and "DIFFERENT in the other version" in flat
    # the one different figure shows its original sentence beside the translation; nothing
    # else in Chinese
    chinese = [line for line in text.splitlines() if CJK.search(line)]
    allowed = EXPECTED["different"]["zh"]
    assert all(CJK.sub("", line).strip() == "" or set(CJK.findall(line)) <= set(allowed)
               for line in chinese), chinese  # fmt: skip
    both = build(str(EXAMPLE), BuildOptions(out_dir=tmp_path / "zh", formats=("pdf",)))
    assert CJK.search(_pdf_text(both[0]))  # the reading back sees Chinese where there is some
    sheets = load_workbook(next(p for p in written if p.suffix == ".xlsx"), read_only=True)
    header = [c.value for c in next(sheets["Metrics"].iter_rows(max_row=1))]
    assert "Paired transcript / 对照稿核对" in header
    rows = list(sheets["Metrics"].iter_rows(min_row=2, values_only=True))
    status = header.index("Paired transcript / 对照稿核对")
    assert sum(1 for r in rows if r[status] == "different") == 1
    quotes = list(sheets["Quotes"].iter_rows(min_row=2, values_only=True))
    assert {r[7] for r in quotes} == {q["en"] for q in EXPECTED["quotes"]}


class _Outside(HTMLParser):
    """The text of a page outside what is marked as Chinese transcript text and outside CSS."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0  # inside a lang="zh-Hans" element (or <style>), how deep
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth or ("lang", "zh-Hans") in attrs or tag == "style":
            self.depth += tag not in ("br", "img", "meta", "link")

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if not self.depth:
            self.text.append(data)


def _generated_chinese(path: Path) -> list[str]:
    html = build(
        str(path), BuildOptions(out_dir=path.parent / "out-html", languages=("en",),
                                formats=("html",)),
    )[0].read_text(encoding="utf-8")  # fmt: skip
    outside = _Outside()
    outside.feed(html.split("</head>", 1)[1])
    return [t.strip() for t in outside.text if CJK.search(t)]


@pytest.mark.parametrize("which", ["example", "reference"])
def test_without_a_pair_english_labels_have_no_chinese(which: str, tmp_path: Path) -> None:
    """Generated wording in an English-only briefing is English: Chinese appears only inside
    what is marked as transcript text (lang="zh-Hans": quotes and sentences as said)."""
    source = EXAMPLE if which == "example" else reference_path()
    copy = tmp_path / source.name
    copy.write_bytes(source.read_bytes())
    assert _generated_chinese(copy) == []
