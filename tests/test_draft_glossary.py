"""``callbrief glossary``: a draft glossary of a call's names, which round-trips: passed back
with ``--glossary`` it gives the same subjects, and the names a user edited."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from callbrief import brief
from conftest import EXAMPLE, ROOT

EXAMPLE_EN = ROOT / "examples" / "harborview-2025-09-quarter-en.txt"


def _draft(path: Path, out: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "callbrief", "glossary", str(path), "--out", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return tomllib.loads(out.read_text(encoding="utf-8"))


def _subjects(path: Path, glossaries: list[Path]) -> list[tuple[str, str, object]]:
    return [
        (m.subject, m.measure, m.value) for m in brief(str(path), glossaries=glossaries).metrics
    ]


def test_the_draft_round_trips_with_the_names_edited(tmp_path: Path) -> None:
    draft = tmp_path / "draft.toml"
    table = _draft(EXAMPLE, draft)
    assert table["company"]["zh"] == "星云科技集团"  # type: ignore[index]
    assert "# check" in draft.read_text(encoding="utf-8")  # composed names marked for review
    assert _subjects(EXAMPLE, [draft]) == _subjects(EXAMPLE, [])
    edited = draft.read_text(encoding="utf-8").replace(
        'en = "Xingyun Cloud Group"', 'en = "Nebula Cloud Group"'
    )
    draft.write_text(edited, encoding="utf-8")
    b = brief(str(EXAMPLE), glossaries=[draft])
    assert "Nebula Cloud Group" in {r.name_en for r in b.segments}
    assert not any(f.kind == "segment" for f in b.fallbacks)  # the glossary names them now


def test_an_english_call_drafts_its_businesses(tmp_path: Path) -> None:
    table = _draft(EXAMPLE_EN, tmp_path / "draft.toml")
    names = {s["en"] for s in table["segments"]}  # type: ignore[attr-defined]
    assert {"Sensing Solutions", "Medical Imaging", "Software and Services"} <= names
