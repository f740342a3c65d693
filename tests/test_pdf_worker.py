"""The PDF worker process: same PDF as typesetting in-process, warnings and failures passed on,
and never left running."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from callbrief.build import BuildOptions, build
from callbrief.errors import InputError
from callbrief.render import pdf_worker
from callbrief.render.pdf import WarningCollector
from callbrief.render.pdf_worker import PdfWorker, RenderError
from conftest import EXAMPLE


def test_worker_makes_the_same_pdf_as_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    pdfs = []
    for worker in (True, False):
        out = tmp_path / str(worker)
        options = BuildOptions(out_dir=out, formats=("pdf", "xlsx"), pdf_worker=worker)
        pdf, xlsx = build(str(EXAMPLE), options)
        assert xlsx.stat().st_size > 0
        pdfs.append(pdf.read_bytes())
    assert pdfs[0].startswith(b"%PDF-")
    assert pdfs[0] == pdfs[1]


def test_failed_build_ends_the_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[PdfWorker] = []

    class Recorded(PdfWorker):
        def __init__(self) -> None:
            super().__init__()
            started.append(self)

    monkeypatch.setattr(pdf_worker, "PdfWorker", Recorded)
    options = BuildOptions(out_dir=tmp_path, formats=("pdf",), pdf_worker=True)
    with pytest.raises(InputError):
        build(str(tmp_path / "missing.txt"), options)
    assert len(started) == 1
    assert started[0]._process.returncode is not None  # ended, not left running
    assert list(tmp_path.iterdir()) == []


def test_worker_passes_weasyprint_warnings_on(tmp_path: Path) -> None:
    collector = WarningCollector()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collector)
    try:
        with PdfWorker() as worker:
            html = '<p>x</p><img src="https://example.com/tracker.png">'
            pdf = worker.submit(html, tmp_path, [], tagged=False)()
    finally:
        logger.removeHandler(collector)
    assert pdf.startswith(b"%PDF-")
    assert any("example.com" in m for m in collector.messages), collector.messages


def test_a_worker_that_stopped_is_a_one_line_error(tmp_path: Path) -> None:
    with PdfWorker() as worker:
        worker._process.kill()
        worker._process.wait()
        with pytest.raises(RenderError) as e:
            worker.submit("<p>x</p>", tmp_path, [], tagged=False)()
    assert "PDF worker was stopped (signal 9)" in str(e.value)
    assert "\n" not in str(e.value)


def test_an_error_in_the_worker_is_reported_in_one_line() -> None:
    with pytest.raises(RenderError) as e:
        pdf_worker._read_answer(b'{"error": "ValueError: bad"}\n', b"", 1)
    assert str(e.value) == "typesetting the PDF failed: ValueError: bad"
    with pytest.raises(RenderError, match="before the PDF was whole"):
        pdf_worker._read_answer(b'{"size": 10, "warnings": []}\n%PDF-', b"", 0)


COMMAND = str(Path(sys.executable).with_name("callbrief"))  # the console script users run
GLOSSARY = str(EXAMPLE.parent / "nebula.glossary.toml")


def _build_cli(*args: str, cwd: Path, **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [COMMAND, "build", str(EXAMPLE), "--glossary", GLOSSARY, *args],
        cwd=cwd, capture_output=True, text=True, timeout=120, **kw,
    )  # fmt: skip


def test_worker_runs_no_file_of_the_current_folder(tmp_path: Path) -> None:
    (tmp_path / "json.py").write_text("raise SystemExit(3)\n")
    (tmp_path / "weasyprint.py").write_text("raise SystemExit(4)\n")
    result = _build_cli("--out", "out", "--format", "pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out").glob("*.pdf")


def test_worker_output_on_stdout_does_not_break_the_answer(tmp_path: Path) -> None:
    env = {**os.environ, "FC_DEBUG": "1"}  # fontconfig prints its debugging on stdout
    result = _build_cli("--out", "out", "--format", "pdf", "-q", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr[-300:]
    assert next((tmp_path / "out").glob("*.pdf")).read_bytes().startswith(b"%PDF-")


def test_weasyprint_warnings_are_shown_as_one_line_unless_quiet(tmp_path: Path) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "briefing.html").write_text(
        '{% extends "!base/briefing.html" %}'
        '{% block notes %}<img src="https://example.com/tracker.png">{% endblock %}'
    )
    args = ("--templates", str(templates), "--out", "out", "--format", "pdf")
    shown = _build_cli(*args, cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    warnings = [ln for ln in shown.stderr.splitlines() if "example.com" in ln]
    assert warnings and all(ln.startswith("callbrief: warning: ") for ln in warnings)
    quiet = _build_cli(*args, "-q", cwd=tmp_path)
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_closed_stdout_and_a_full_disk(tmp_path: Path) -> None:
    closed = subprocess.run(
        ["sh", "-c", f'"{COMMAND}" build "{EXAMPLE}" --glossary "{GLOSSARY}" --out out >&-'],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert closed.returncode == 0 and "Traceback" not in closed.stderr, closed.stderr
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [COMMAND, "extract", str(EXAMPLE), "--json"], stdout=full, stderr=subprocess.PIPE,
            text=True, timeout=60,
        )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith("callbrief: error: cannot write the output")
    assert result.stderr.count("\n") == 1


def test_sigterm_ends_the_worker_too(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("\n\n".join(f"Paragraph {i}: " + "word " * 60 for i in range(400)))
    build = subprocess.Popen(
        [COMMAND, "build", str(EXAMPLE), "--glossary", GLOSSARY, "--notes", str(notes),
         "--out", str(tmp_path / "out"), "--format", "pdf"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    children: set[str] = set()
    deadline = time.monotonic() + 10
    while not children and time.monotonic() < deadline:
        for task in Path(f"/proc/{build.pid}/task").glob("*/children"):
            children |= set(task.read_text().split())
        time.sleep(0.02)
    assert children, "the build started no worker"
    time.sleep(0.5)
    build.send_signal(signal.SIGTERM)
    assert build.wait(timeout=30) == 128 + signal.SIGTERM
    time.sleep(0.2)
    alive = [pid for pid in children if _running(pid)]
    assert alive == []
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def _running(pid: str) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_parse_and_analyze_stay_functions_after_their_subpackages_load() -> None:
    code = (
        "import callbrief, callbrief.parse.lines, callbrief.analyze.briefing\n"
        "from callbrief import parse, analyze\n"
        "assert callable(parse) and callable(analyze), (parse, analyze)\n"
        "assert callable(callbrief.parse) and callable(callbrief.analyze)\n"
        "assert 'brief' in dir(callbrief)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
