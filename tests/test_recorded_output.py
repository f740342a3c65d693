"""`callbrief extract` prints exactly what it printed when these recordings were made.

The bundled example's JSON and outline are recorded whole in ``fixtures/recorded/``; the
reference's JSON only as its SHA-256 (no public transcript text in the repository). A change
that alters them on purpose re-records them (``CALLBRIEF_RECORD=1``) and says why in its
commit.
"""

from __future__ import annotations

import hashlib
import io
import os
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from callbrief.cli import main
from conftest import FIXTURES, ROOT, reference_path

RECORDED = FIXTURES / "recorded"
GLOSSARY = "examples/nebula.glossary.toml"
EXAMPLE = "examples/nebula-2025-06-quarter-zh.txt"
# SHA-256 of `callbrief extract ../shared/corpus/alibaba-2024-09-quarter-zh.txt --json`.
REFERENCE_JSON_SHA256 = "d3219252b3c0d4d2b12b218cd605b59180103427e6bab16753b50b5944af0b25"
REFERENCE_OUTLINE_SHA256 = "cb60e0a1b7cab6701ed780c0b4cf6fe439080971694e28933d78a4cf36ec0f35"


def _extract(monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.chdir(ROOT)  # paths as a user in the repository gives them
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["extract", *args]) == 0
    return out.getvalue()


def _check(name: str, text: str) -> None:
    path = RECORDED / name
    if os.environ.get("CALLBRIEF_RECORD"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its recording"


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("nebula-2025-06-quarter-zh.glossary.json", (EXAMPLE, "--json", "--glossary", GLOSSARY)),
        ("nebula-2025-06-quarter-zh.json", (EXAMPLE, "--json")),
        ("nebula-2025-06-quarter-zh.outline.txt", (EXAMPLE,)),
    ],
)
def test_example_output_is_as_recorded(
    monkeypatch: pytest.MonkeyPatch, name: str, args: tuple[str, ...]
) -> None:
    _check(name, _extract(monkeypatch, *args))


@pytest.mark.parametrize(
    ("args", "sha256"), [(("--json",), REFERENCE_JSON_SHA256), ((), REFERENCE_OUTLINE_SHA256)]
)
def test_reference_output_is_as_recorded(
    monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], sha256: str
) -> None:
    text = _extract(monkeypatch, os.path.relpath(reference_path(), ROOT), *args)
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == sha256


def test_recordings_are_the_example_not_a_public_transcript() -> None:
    for path in RECORDED.iterdir():
        assert "nebula" in path.name, path
    assert Path(ROOT / EXAMPLE).is_file()
