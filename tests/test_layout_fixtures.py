"""Every layout fixture (``fixtures/layouts/``): the right layout wins and reads the right
speakers, roles, firms, sections, turns and Q&A exchanges; text fixtures also as every
variant (encodings, widths, line endings). A fixture with its structure damaged warns or is
refused, never parsed silently."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from callbrief import Transcript, extract
from callbrief.errors import ParseError
from conftest import FIXTURES, VARIANTS, fold_width

LAYOUTS = FIXTURES / "layouts"
_TEXT = {".txt", ".md", ".tsv"}
FIXTURE_FILES = sorted(
    p for p in LAYOUTS.iterdir() if p.suffix != ".json" and p.name != "README.md"
)


def _expected(path: Path) -> dict[str, Any]:
    return json.loads((LAYOUTS / f"{path.stem}.expected.json").read_text(encoding="utf-8"))


def _cases() -> list[Any]:
    cases = []
    for path in FIXTURE_FILES:
        variants = sorted(VARIANTS) if path.suffix in _TEXT else ["as-is"]
        cases += [pytest.param(path, v, id=f"{path.name}-{v}") for v in variants]
    return cases


def _written(path: Path, variant: str, tmp_path: Path) -> Path:
    if variant == "as-is":
        return path
    out = tmp_path / path.name
    out.write_bytes(VARIANTS[variant](path.read_text(encoding="utf-8")))
    return out


def _f(text: str | None) -> str | None:
    return None if text is None else fold_width(text)


def check(t: Transcript, want: dict[str, Any]) -> None:
    """The parse against a fixture's expectations (texts compared across punctuation width)."""
    names = {s.id: s.name for s in t.speakers}
    titles = {s.id: s.title for s in t.sections}
    assert t.source.layout == want["layout"], (t.source.layout, t.source.layout_reason)
    for key in ("language", "format", "script"):
        if key in want:
            assert getattr(t.source, key) == want[key], key
    for key in ("company", "period", "period_en"):
        if key in want:
            assert _f(getattr(t.call, key)) == _f(want[key]), key
    if "date" in want:
        assert t.call.date == (date.fromisoformat(want["date"]) if want["date"] else None)
    if "sections" in want:
        got = [[_f(s.title), s.kind.value] for s in t.sections]
        assert got == [[_f(a), b] for a, b in want["sections"]]
    if "speakers" in want:
        got = [[s.name, s.role.value, _f(s.title), _f(s.firm)] for s in t.speakers]
        assert got == [
            [w["name"], w["role"], _f(w["title"]), _f(w["firm"])] for w in want["speakers"]
        ]
    if "turns" in want:
        got = [
            [names[u.speaker], _f(titles[u.section]), u.delivery and u.delivery.value]
            for u in t.turns
        ]
        assert got == [[a, _f(b), c] for a, b, c in want["turns"]]
    if "qa" in want:
        got = [[names[q.analyst], _f(q.firm), [names[a] for a in q.answerers]] for q in t.qa]
        assert got == [[a, _f(b), c] for a, b, c in want["qa"]]
    if "paragraphs" in want:
        count: dict[str, int] = {}
        for u in t.turns:
            count[names[u.speaker]] = count.get(names[u.speaker], 0) + len(u.paragraphs)
        assert count == want["paragraphs"]
    if "translations" in want:
        carried = sum(tr is not None for u in t.turns for tr in u.translations)
        assert carried == want["translations"]
    if "furniture" in want:
        assert len(t.source.furniture) == want["furniture"], t.source.furniture
    if "warnings" in want:
        assert len(t.warnings) == len(want["warnings"]), t.warnings
        for w in want["warnings"]:
            assert any(w in got for got in t.warnings), (w, t.warnings)


@pytest.mark.parametrize(("path", "variant"), _cases())
def test_fixture_is_read_as_written(path: Path, variant: str, tmp_path: Path) -> None:
    check(extract(str(_written(path, variant, tmp_path))), _expected(path))


def _damages() -> list[Any]:
    return [
        pytest.param(path, n, d, id=f"{path.name}-damage-{n}")
        for path in FIXTURE_FILES
        if path.suffix in _TEXT
        for n, d in enumerate(_expected(path).get("damaged", []))
    ]


@pytest.mark.parametrize(("path", "n", "damage"), _damages())
def test_damaged_structure_warns_or_is_refused(
    path: Path, n: int, damage: dict[str, str], tmp_path: Path
) -> None:
    drop = re.compile(damage["drop"])
    lines = path.read_text(encoding="utf-8").split("\n")
    kept = [line for line in lines if not drop.search(line)]
    assert len(kept) < len(lines), f"damage {n} removes nothing"
    broken = tmp_path / path.name
    broken.write_text("\n".join(kept), encoding="utf-8")
    if damage["expect"] == "refusal":
        with pytest.raises(ParseError):
            extract(str(broken))
        return
    try:
        t = extract(str(broken))
    except ParseError:
        return  # a refusal is as honest as a warning
    assert t.warnings, f"damage {n} of {path.name} parsed without a warning"


def test_every_fixture_has_its_expectations() -> None:
    assert FIXTURE_FILES, "no layout fixtures"
    for path in FIXTURE_FILES:
        assert (LAYOUTS / f"{path.stem}.expected.json").is_file(), path
