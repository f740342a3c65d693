"""Writing outputs safely: to a temporary file beside the target, then an atomic rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from callbrief.errors import CallbriefError


class OutputError(CallbriefError):
    """An output that cannot be written."""


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once: an interruption leaves the old file whole."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise OutputError(f"cannot write here ({e.strerror})", source=str(path.parent)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
