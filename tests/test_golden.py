"""The rendered HTML of the bundled example, compared with a checked-in golden file.

Regenerate after an intended change with:  make golden
(= CALLBRIEF_REGENERATE_GOLDEN=1 pytest tests/test_golden.py), then review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from callbrief.build import BuildOptions, build
from conftest import EXAMPLE, ROOT

GOLDEN = Path(__file__).parent / "golden"
CASES = {"nebula-analyst.html": (), "nebula-analyst-en.html": ("en",)}


@pytest.mark.parametrize("name", sorted(CASES))
def test_example_html_matches_golden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01, so the footer is stable
    options = BuildOptions(
        out_dir=tmp_path,
        formats=("html",),
        languages=CASES[name] or None,
        glossaries=(ROOT / "examples/nebula.glossary.toml",),
    )
    (html,) = build(str(EXAMPLE), options)
    got = html.read_text(encoding="utf-8")
    golden = GOLDEN / name
    if os.environ.get("CALLBRIEF_REGENERATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert golden.exists(), "no golden file yet: run `make golden`"
    assert got == golden.read_text(encoding="utf-8"), (
        f"{name} differs: run `make golden` and review the diff"
    )
