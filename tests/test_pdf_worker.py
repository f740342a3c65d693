"""The PDF worker process: same PDF as typesetting in-process, warnings and failures passed on,
and never left running."""

from __future__ import annotations

import logging
from pathlib import Path

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
    assert "PDF worker stopped" in str(e.value)
    assert "\n" not in str(e.value)


def test_an_error_in_the_worker_is_reported_in_one_line() -> None:
    with pytest.raises(RenderError) as e:
        pdf_worker._read_answer(b'{"error": "ValueError: bad"}\n', b"", 1)
    assert str(e.value) == "typesetting the PDF failed: ValueError: bad"
    with pytest.raises(RenderError, match="before the PDF was whole"):
        pdf_worker._read_answer(b'{"size": 10, "warnings": []}\n%PDF-', b"", 0)
