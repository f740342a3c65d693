"""Inputs whose size stat cannot tell (devices, FIFOs): the size limit is kept while reading,
and a FIFO nobody writes to is given up on; each ends in one line naming the file."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from callbrief.errors import InputError
from callbrief.ingest import reading
from conftest import EXAMPLE, ROOT


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "callbrief", *args], capture_output=True, text=True, cwd=ROOT,
        timeout=60,
    )  # fmt: skip


def test_dev_zero_is_refused_quickly(tmp_path: Path) -> None:
    start = time.monotonic()
    done = _cli("build", "/dev/zero", "--out", str(tmp_path))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip() == (
        "callbrief: error: /dev/zero: the input is larger than the size limit (5 MB; raise it "
        "with --max-size MB)"
    )
    assert time.monotonic() - start < 10


def test_dev_null_is_empty(tmp_path: Path) -> None:
    done = _cli("build", "/dev/null", "--out", str(tmp_path))
    assert done.returncode == 1 and done.stderr.strip().endswith("/dev/null: the file is empty")


def test_a_fifo_is_read_when_written(tmp_path: Path) -> None:
    fifo = tmp_path / "call.fifo"
    os.mkfifo(fifo)

    def write() -> None:
        time.sleep(0.3)  # the reader is waiting before any writer comes
        fifo.write_bytes(EXAMPLE.read_bytes())

    writer = threading.Thread(target=write)
    writer.start()
    raw = reading.read_bytes(str(fifo), 5 * 1024 * 1024)
    writer.join()
    assert raw == EXAMPLE.read_bytes()


def test_a_fifo_with_no_writer_times_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fifo = tmp_path / "silent.fifo"
    os.mkfifo(fifo)
    monkeypatch.setattr(reading, "WAIT_SECONDS", 0.3)
    with pytest.raises(InputError, match=r"silent.fifo: nothing to read for 0.3 s"):
        reading.read_bytes(str(fifo), 1024)


def test_a_fifo_over_the_limit_is_cut(tmp_path: Path) -> None:
    fifo = tmp_path / "big.fifo"
    os.mkfifo(fifo)

    def write() -> None:
        try:
            with fifo.open("wb") as f:
                f.write(b"x" * 200_000)
        except BrokenPipeError:
            pass  # the reader stopped at the limit

    writer = threading.Thread(target=write)
    writer.start()
    with pytest.raises(InputError, match="larger than the size limit"):
        reading.read_bytes(str(fifo), 100_000)
    writer.join(timeout=5)
