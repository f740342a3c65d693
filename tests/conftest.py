"""Shared fixtures: the reference transcript, the bundled example, and variants of both."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE = ROOT / "examples" / "nebula-2025-06-quarter-zh.txt"
REFERENCE = ROOT.parent / "shared" / "corpus" / "alibaba-2024-09-quarter-zh.txt"

_HALF_WIDTH = str.maketrans("（）：，；！？", "():,;!?")


def fold_width(text: str) -> str:
    """The half-width form of a string, to compare texts across the punctuation variant."""
    return text.translate(_HALF_WIDTH)


def reference_path() -> Path:
    """The reference transcript; in CI its absence is a failure, elsewhere a skip."""
    if not REFERENCE.exists():
        if os.environ.get("CI"):
            pytest.fail(f"reference transcript missing in CI: {REFERENCE}")
        pytest.skip(f"reference transcript not found at {REFERENCE}")
    return REFERENCE


def expected(path: Path) -> dict[str, Any]:
    """The hand-written expectations that sit beside a transcript's name in fixtures/."""
    return json.loads((FIXTURES / f"{path.stem}.expected.json").read_text(encoding="utf-8"))


# Each variant turns the UTF-8 text of a transcript into the bytes of another file.
VARIANTS: dict[str, Callable[[str], bytes]] = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-bom": lambda t: t.encode("utf-8-sig"),
    "gb18030": lambda t: t.encode("gb18030"),
    "utf-16": lambda t: t.encode("utf-16"),
    "utf-16-le-no-bom": lambda t: t.encode("utf-16-le"),
    "half-width-punctuation": lambda t: t.translate(_HALF_WIDTH).encode("utf-8"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
}


@pytest.fixture(params=["reference", "example"])
def transcript_path(request: pytest.FixtureRequest) -> Path:
    return reference_path() if request.param == "reference" else EXAMPLE


@pytest.fixture(params=sorted(VARIANTS))
def variant(request: pytest.FixtureRequest, tmp_path: Path, transcript_path: Path) -> Path:
    """A transcript rewritten as one variant, under the original's name in a temp folder."""
    out = tmp_path / transcript_path.name
    out.write_bytes(VARIANTS[request.param](transcript_path.read_text(encoding="utf-8")))
    return out
