"""A transcript's bytes, from a file or standard input, with the size limit enforced."""

from __future__ import annotations

import os
import select
import stat
import sys
import time
from pathlib import Path
from typing import BinaryIO

from callbrief.errors import InputError


def read_bytes(path: str, max_bytes: int) -> bytes:
    """The bytes of ``path`` (``-``: standard input); ``InputError`` naming it otherwise."""
    return _read_stdin(sys.stdin.buffer, max_bytes) if path == "-" else _read_file(path, max_bytes)


WAIT_SECONDS = 10.0
"""How long a pipe, FIFO or device may stay silent before it is given up on."""


def _read_file(path: str, max_bytes: int) -> bytes:
    p = Path(path)
    try:
        mode = p.stat().st_mode
        if stat.S_ISDIR(mode):
            raise InputError("is a directory, not a transcript file", source=path)
        if not stat.S_ISREG(mode):  # a FIFO, a device: its size is not known, so the limit
            return _read_stream(path, max_bytes, fifo=stat.S_ISFIFO(mode))  # is kept reading
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(_too_large(size, max_bytes), source=path)
        with p.open("rb") as f:  # the file may grow after stat
            return _limited(f.read(max_bytes + 1), max_bytes, path)
    except FileNotFoundError:
        raise InputError("no such file", source=path) from None
    except PermissionError:
        raise InputError("permission denied", source=path) from None
    except OSError as e:
        raise InputError(f"cannot read the file ({e.strerror})", source=path) from None


def _read_stream(path: str, max_bytes: int, *, fifo: bool) -> bytes:
    """A FIFO or device read without blocking for ever: at most ``max_bytes`` + 1 bytes, and
    no more than ``WAIT_SECONDS`` of silence (a FIFO nobody writes to, a device that never ends
    is cut at the limit)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    chunks: list[bytes] = []
    got, heard = 0, time.monotonic()
    try:
        while got <= max_bytes:
            ready, _, _ = select.select([fd], [], [], 0.05)
            try:
                chunk = os.read(fd, min(1 << 20, max_bytes + 1 - got)) if ready else None
            except BlockingIOError:
                chunk = None  # nothing after all: wait on
            if chunk:
                chunks.append(chunk)
                got += len(chunk)
                heard = time.monotonic()
            elif chunk == b"" and (got or not fifo):
                break  # the writer is done, or the device has ended
            elif time.monotonic() - heard > WAIT_SECONDS:
                raise InputError(
                    f"nothing to read for {WAIT_SECONDS:g} s (a FIFO with no writer?)",
                    source=path,
                )
            elif chunk == b"":
                time.sleep(0.05)  # no writer yet
    finally:
        os.close(fd)
    return _limited(b"".join(chunks), max_bytes, path)


def _limited(raw: bytes, max_bytes: int, source: str) -> bytes:
    if len(raw) > max_bytes:
        raise InputError(_too_large(len(raw), max_bytes, at_least=True), source=source)
    return raw


def _read_stdin(stream: BinaryIO, max_bytes: int) -> bytes:
    return _limited(stream.read(max_bytes + 1), max_bytes, "-")


def _too_large(size: int, limit: int, *, at_least: bool = False) -> str:
    mb = 1024 * 1024
    if at_least:  # read up to the limit and beyond: its whole size is not known
        return (
            f"the input is larger than the size limit ({limit / mb:g} MB; "
            "raise it with --max-size MB)"
        )
    return (
        f"the input is over the size limit ({size / mb:.1f} MB > {limit / mb:g} MB; "
        "raise it with --max-size MB)"
    )
