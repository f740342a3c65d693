"""Writing outputs safely: each to a temporary file beside its target, all of a build's files
written before any is renamed into place, so an interruption leaves the previous outputs as
they were; temporary files a killed build left behind are removed by the next one."""

from __future__ import annotations

import contextlib
import glob
import os
import re
import signal
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

from callbrief.errors import CallbriefError

_STALE_AFTER = 24 * 3600
"""A temporary file this old (seconds) is stale whoever made it."""


class OutputError(CallbriefError):
    """An output that cannot be written."""


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once: an interruption leaves the old file whole."""
    write_together({path: data})


def write_together(outputs: Mapping[Path, bytes]) -> None:
    """Replace every file of ``outputs`` with its data: all are written to temporary files
    first, then renamed one after the other with interruptions held off, so a build that
    cannot finish leaves every previous output as it was."""
    temporary: dict[Path, str] = {}
    try:
        for path, data in outputs.items():
            temporary[path] = _written(path, data)
        with _signals_held():
            for path, tmp in temporary.items():
                os.replace(tmp, path)
    except BaseException:
        for tmp in temporary.values():
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


def _written(path: Path, data: bytes) -> str:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale(path)
        fd, tmp = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp"
        )
    except OSError as e:
        raise OutputError(f"cannot write here ({e.strerror})", source=str(path.parent)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def remove_stale(path: Path) -> list[Path]:
    """Remove the temporary files of ``path`` that a killed build left behind: those whose
    process is gone, and any older than a day. Returns what was removed."""
    pattern = re.compile(rf"\.{re.escape(path.name)}\.(\d+)\.[^.]+\.tmp")
    removed = []
    for candidate in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        m = pattern.fullmatch(candidate.name)
        if not m:
            continue
        with contextlib.suppress(OSError):
            old = time.time() - candidate.stat().st_mtime > _STALE_AFTER
            if old or not _alive(int(m[1])):
                candidate.unlink()
                removed.append(candidate)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM held until the renames are done (in the main thread; elsewhere the
    main thread takes the signals)."""
    held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    try:
        before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (ValueError, OSError):  # pragma: no cover - not where signals can be held
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
