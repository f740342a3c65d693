"""A build's outputs are replaced together: all written before any is renamed, so a build that
cannot finish leaves every previous output as it was; temporary files a killed build left
behind are removed by the next build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from callbrief.render import output
from callbrief.render.output import remove_stale, write_together
from conftest import EXAMPLE, ROOT


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_failed_write_leaves_every_previous_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf, xlsx = tmp_path / "call.pdf", tmp_path / "call.xlsx"
    pdf.write_bytes(b"old pdf")
    xlsx.write_bytes(b"old xlsx")
    real = output._written
    calls = []

    def failing(path: Path, data: bytes) -> str:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(output, "_written", failing)
    with pytest.raises(OSError):
        write_together({pdf: b"new pdf", xlsx: b"new xlsx"})
    assert pdf.read_bytes() == b"old pdf" and xlsx.read_bytes() == b"old xlsx"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["call.pdf", "call.xlsx"]


def test_outputs_replaced_together(tmp_path: Path) -> None:
    files = {tmp_path / f"call.{fmt}": fmt.encode() for fmt in ("pdf", "xlsx", "json")}
    write_together(files)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == {
        p.name: d for p, d in files.items()
    }


def test_stale_temporary_files_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "call.pdf"
    dead = tmp_path / f".call.pdf.{_dead_pid()}.k3j9.tmp"
    mine = tmp_path / f".call.pdf.{os.getpid()}.a1b2.tmp"  # a build still running
    other = tmp_path / ".other.pdf.1.x.tmp"
    for p in (dead, mine, other):
        p.write_bytes(b"partial")
    assert remove_stale(target) == [dead]
    assert mine.exists() and other.exists() and not dead.exists()


def test_a_killed_build_leaves_no_stray_file_after_the_next(tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = [sys.executable, "-m", "callbrief", "build", str(EXAMPLE), "--out", str(out)]
    assert subprocess.run(args, cwd=ROOT, capture_output=True, timeout=120).returncode == 0
    built = sorted(p.name for p in out.iterdir())
    pid = _dead_pid()
    for name in built:  # what a build killed while writing leaves
        (out / f".{name}.{pid}.zz91.tmp").write_bytes(b"partial")
    assert subprocess.run(args, cwd=ROOT, capture_output=True, timeout=120).returncode == 0
    assert sorted(p.name for p in out.iterdir()) == built
