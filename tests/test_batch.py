"""A season of calls: several transcripts (files or a folder) built in one run, in parallel; a
broken one reported in one line while the others go on; unchanged ones skipped on the next
run; output names two calls would share kept apart."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

EXAMPLES = ROOT / "examples"
GLOSSARY = EXAMPLES / "nebula.glossary.toml"
CALLS = ["nebula-2025-06-quarter-zh.txt", "nebula-2025-06-quarter-en.txt",
         "harborview-2025-09-quarter-en.txt", "qinghe-2025-12-quarter-zh.txt"]  # fmt: skip


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "callbrief", "build", *args], capture_output=True, text=True,
        cwd=ROOT, timeout=300,
    )  # fmt: skip


@pytest.fixture
def season(tmp_path: Path) -> Path:
    folder = tmp_path / "season"
    folder.mkdir()
    for name in CALLS:
        shutil.copy(EXAMPLES / name, folder / name)
    (folder / "broken.txt").write_text("nothing here is a transcript\n", encoding="utf-8")
    return folder


def test_a_season_builds_and_reports_the_broken_file(season: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = _cli(str(season), "--out", str(out), "--glossary", str(GLOSSARY), "--jobs", "2")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    errors = [line for line in lines if line.startswith("callbrief: error:")]
    assert len(errors) == 1 and f"{season / 'broken.txt'}:" in errors[0]
    built = [line for line in lines if line.startswith("built ")]
    assert len(built) == 4  # one line per finished file: stderr is not a terminal
    assert lines[-1] == "callbrief: 4 built, 0 skipped (unchanged), 1 failed"
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    # the Chinese call and its English version name one company and period: stems added
    assert "nebula-technology-group-2025-06-nebula-2025-06-quarter-zh.pdf" in names
    assert "nebula-technology-group-2025-06-nebula-2025-06-quarter-en.pdf" in names
    assert "harborview-instruments-2025-09.xlsx" in names and len(names) == 8
    assert sorted(done.stdout.split()) == sorted(str(out / n) for n in names)

    again = _cli(str(season), "--out", str(out), "--glossary", str(GLOSSARY), "--jobs", "2")
    assert again.stderr.strip().splitlines()[-1] == (
        "callbrief: 0 built, 4 skipped (unchanged), 1 failed"
    )
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    (season / "qinghe-2025-12-quarter-zh.txt").write_text(
        (EXAMPLES / "qinghe-2025-12-quarter-zh.txt").read_text(encoding="utf-8") + "\n",
        encoding="utf-8",
    )  # a changed transcript is rebuilt, the others not
    changed = _cli(str(season), "--out", str(out), "--glossary", str(GLOSSARY))
    assert changed.stderr.strip().splitlines()[-1] == (
        "callbrief: 1 built, 3 skipped (unchanged), 1 failed"
    )
    after = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    assert (
        after["harborview-instruments-2025-09.pdf"] == before["harborview-instruments-2025-09.pdf"]
    )
    assert (
        after["qinghe-holdings-limited-2025-12.pdf"]
        != before["qinghe-holdings-limited-2025-12.pdf"]
    )

    forced = _cli(str(season), "--out", str(out), "--glossary", str(GLOSSARY), "--force", "-q")
    assert forced.returncode == 1 and forced.stdout == ""
    assert forced.stderr.strip().splitlines() == [
        line for line in forced.stderr.strip().splitlines() if line.startswith("callbrief: error:")
    ]


def test_files_named_one_by_one(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = _cli(str(EXAMPLES / CALLS[2]), str(EXAMPLES / CALLS[3]), "--out", str(out),
                "--format", "json", "--jobs", "1")  # fmt: skip
    assert done.returncode == 0
    assert sorted(p.name for p in out.glob("[!.]*.json")) == [
        "harborview-instruments-2025-09.json", "qinghe-holdings-limited-2025-12.json",
    ]  # fmt: skip


def test_an_audience_folder_names_the_outputs_as_one_build_does(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "audience.toml").write_text('extends = "analyst"\n', encoding="utf-8")
    one, many = tmp_path / "one", tmp_path / "many"
    assert _cli(str(EXAMPLES / CALLS[2]), "--out", str(one), "--format", "json",
                "--audience", str(mine)).returncode == 0  # fmt: skip
    assert _cli(str(EXAMPLES / CALLS[2]), str(EXAMPLES / CALLS[3]), "--out", str(many),
                "--format", "json", "--audience", str(mine), "--jobs", "1").returncode == 0  # fmt: skip
    (name,) = [p.name for p in one.glob("*.json")]
    assert name == "harborview-instruments-2025-09-mine.json"
    assert (many / name).exists()


def test_an_empty_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    done = _cli(str(tmp_path / "empty"), str(tmp_path / "other"), "--out", str(tmp_path / "o"))
    assert done.returncode == 1 and "no transcripts found" in done.stderr


def test_a_season_workbook_across_the_calls(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out, index = tmp_path / "out", tmp_path / "season.xlsx"
    calls = [EXAMPLES / "harborview-2025-09-quarter-en.txt",
             EXAMPLES / "harborview-2025-06-quarter-en.txt", EXAMPLES / CALLS[3]]  # fmt: skip
    done = _cli(*map(str, calls), "--glossary", str(EXAMPLES / "harborview.glossary.toml"),
                "--out", str(out), "--format", "json", "--index", str(index))  # fmt: skip
    assert done.returncode == 0, done.stderr
    wb = load_workbook(index, read_only=True)
    assert wb.sheetnames[:2] == ["Calls", "Revenue"]
    rows = list(wb["Calls"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == ["Harborview Instruments", "Harborview Instruments",
                                    "Qinghe Holdings Limited"]  # fmt: skip
    assert rows[0][6] == 1060 and rows[0][7] == pytest.approx(0.08)
    assert rows[0][8] == pytest.approx(-0.019)  # derived from the prior quarter, in the batch
    assert rows[2][4] == "CNY" and rows[2][6] == 82350  # its own currency, never converted
    revenue = list(wb["Revenue"].iter_rows(min_row=2, values_only=True))
    assert revenue[0][6] == str(calls[0]) and "Total revenue was $1.06 billion" in revenue[0][8]
    first = index.read_bytes()
    again = _cli(*map(str, calls), "--glossary", str(EXAMPLES / "harborview.glossary.toml"),
                 "--out", str(out), "--format", "json", "--index", str(index))  # fmt: skip
    assert "3 skipped" in again.stderr and index.read_bytes() == first  # skipped, read again


def test_options_of_one_call_are_refused_in_a_batch(season: Path, tmp_path: Path) -> None:
    done = _cli(str(season), "--period", "Q2 2025", "--out", str(tmp_path / "o"))
    assert done.returncode == 2 and "--period describe one call" in done.stderr
    stdin = _cli(str(season), "-", "--out", str(tmp_path / "o"))
    assert stdin.returncode == 2 and "standard input (-) is one call" in stdin.stderr


def test_each_file_once_and_the_outputs_never_read_back(season: Path) -> None:
    (season / "broken.txt").unlink()
    one = str(season / CALLS[2])
    out = season  # the outputs go into the folder of the transcripts
    first = _cli(one, str(Path(one).parent / "." / CALLS[2]), str(season / CALLS[3]),
                 "--out", str(out), "--format", "json,html")  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert (
        first.stderr.strip().splitlines()[-1]
        == "callbrief: 2 built, 0 skipped (unchanged), 0 failed"
    )
    (out / ".callbrief-builds.json").write_text("[not, a record", encoding="utf-8")
    again = _cli(str(season), "--out", str(out), "--format", "json,html")
    assert again.returncode == 0, again.stderr  # its own HTML is not taken for a transcript
    assert "4 built" in again.stderr.strip().splitlines()[-1]  # the broken record: all built
    third = _cli(str(season), "--out", str(out), "--format", "json,html")
    assert (
        third.stderr.strip().splitlines()[-1]
        == "callbrief: 0 built, 4 skipped (unchanged), 0 failed"
    )


def test_in_one_process_a_failure_is_reported_as_a_worker_reports_it() -> None:
    """--jobs 1 runs each call here (workers.Here): what it raises is kept in the future and
    becomes one line naming the file, as from a worker process."""
    from callbrief import workers
    from callbrief.batch import _result

    future = workers.Here().submit(lambda: 1 / 0)
    assert (
        _result(future, "x.txt")
        == "x.txt: could not be built (ZeroDivisionError: division by zero)"
    )


def test_the_warm_up_before_the_typesetters_fork_parses_the_stylesheet_and_starts_no_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the typesetting workers inherit: the audience's stylesheet parsed, and a process
    with no thread but its own (a thread of Pango's running at a fork could hang a worker)."""
    import os

    from callbrief import batch
    from callbrief.build import BuildOptions, brief
    from callbrief.render import stylesheet

    monkeypatch.setattr(stylesheet, "_parsed", {})
    threads = len(os.listdir("/proc/self/task"))
    options = BuildOptions(out_dir=tmp_path, formats=("pdf",))
    batch._warm_typesetting(
        brief(str(ROOT / "examples" / "nebula-2025-06-quarter-zh.txt")), options
    )
    assert len(stylesheet._parsed) == 1
    assert len(os.listdir("/proc/self/task")) <= threads  # (an idle one of Pango's may end)
    assert list(tmp_path.iterdir()) == []  # nothing written
