"""A transcript's bytes, from a file or standard input, with the size limit enforced."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from callbrief.errors import InputError


def read_bytes(path: str, max_bytes: int) -> bytes:
    """The bytes of ``path`` (``-``: standard input); ``InputError`` naming it otherwise."""
    return _read_stdin(sys.stdin.buffer, max_bytes) if path == "-" else _read_file(path, max_bytes)


def _read_file(path: str, max_bytes: int) -> bytes:
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a directory, not a transcript file", source=path)
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(_too_large(size, max_bytes), source=path)
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", source=path) from None
    except PermissionError:
        raise InputError("permission denied", source=path) from None
    except OSError as e:
        raise InputError(f"cannot read the file ({e.strerror})", source=path) from None


def _read_stdin(stream: BinaryIO, max_bytes: int) -> bytes:
    raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise InputError(_too_large(len(raw), max_bytes, at_least=True), source="-")
    return raw


def _too_large(size: int, limit: int, *, at_least: bool = False) -> str:
    mb = 1024 * 1024
    over = "over" if not at_least else "more than"
    return (
        f"the input is {over} the size limit ({size / mb:.1f} MB > {limit / mb:g} MB; "
        "raise it with --max-size MB)"
    )
