"""A user's glossary is checked whole before use: one line naming the file and listing every
problem, exit 1, no traceback; patterns that do not compile or can backtrack without end are
refused (a made-up company)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from callbrief.analyze.glossary_check import pattern_problem
from conftest import EXAMPLE, ROOT

BAD = """[company]
en = "Songyan"
fiscal_year_end = "13-01"

[[segments]]
zh = "松岩云"
en = "Songyan Cloud"
parent = "nowhere"

[[segments]]
key = 7
zh = "松岩电商"
en = ""

[[people]]
zh = "邹明远"

[measures.bookings]
zh = "订单"
en = "Bookings"
unit = "bananas"
kind = "weight"
patterns = ["(a+)+$", "订单(", "订单.{0,10}?金额"]

[magnitudes]
"千" = "a thousand"

[colours]
red = 1
"""


def _build(tmp_path: Path, glossary: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "songyan.toml"
    path.write_text(glossary, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "callbrief", "build", str(EXAMPLE), "--glossary", str(path),
         "--out", str(tmp_path / "out"), "--format", "json"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )  # fmt: skip


def test_every_problem_in_one_line(tmp_path: Path) -> None:
    done = _build(tmp_path, BAD)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "songyan.toml: 13 problems in the glossary" in lines[0]
    for problem in (
        "[company]: missing zh",
        'fiscal_year_end must be "MM-DD"',
        "[[segments]] 1: missing key",
        "parent 'nowhere' is no segment's or product's key",
        "[[segments]] 2: key must be a non-empty string, not 7",
        "[[segments]] 2: en must be a non-empty string",
        "[[people]] 1: missing en",
        "unknown unit 'bananas'",
        "unknown kind 'weight'",
        "pattern '(a+)+$' repeats a part that repeats itself or can match one text two ways",
        "pattern '订单(' does not compile",
        "[magnitudes] '千' must be a positive number",
    ):
        assert problem in lines[0], problem
    assert "unknown table [colours]" in lines[0]
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_good_glossary_still_builds(tmp_path: Path) -> None:
    good = (ROOT / "examples" / "nebula.glossary.toml").read_text(encoding="utf-8")
    assert _build(tmp_path, good).returncode == 0


@pytest.mark.parametrize(
    ("pattern", "refused"),
    [
        ("(a+)+$", True),
        ("(?:\\w*)*x", True),
        ("(a|aa)+b", True),  # two ways to match "aa", repeated
        ("(?:收入|营收)+", False),  # each alternative starts its own way
        ("(?:ab){2,}c", False),
        ("不计来自.{0,20}?的收入", False),
        ("(?=(a+)+)", True),
        ("[", True),
    ],
)
def test_patterns(pattern: str, refused: bool) -> None:
    assert (pattern_problem(pattern) is not None) is refused


def test_lists_where_strings_belong_are_problems_too(tmp_path: Path) -> None:
    bad = (
        '[company]\nzh = "松岩"\nen = "Songyan"\n\n[[segments]]\nkey = "cloud"\nzh = "云"\n'
        'en = "Cloud"\nparent = ["x"]\n\n[measures.bookings]\nzh = "订单"\nen = "Bookings"\n'
        'unit = ["CNY"]\nkind = {a = 1}\n'
    )
    done = _build(tmp_path, bad)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "parent must be a key" in done.stderr and "unknown unit" in done.stderr
