"""Typesetting in a second process, so that loading WeasyPrint overlaps with the rest of a build.

Importing WeasyPrint takes about half a second (its C bindings are declared at import time),
as long as reading, analysing and rendering a transcript to HTML. ``callbrief build`` starts
this worker first thing: the worker loads WeasyPrint on the second core while the main process
does its part, then typesets the HTML it is sent. The PDF is the same as typesetting in-process.

Protocol: the request is one JSON object on the worker's stdin; the answer on its stdout is one
JSON line (``{"size": n, "warnings": [[level, message], ...]}`` or ``{"error": "..."}``)
followed by the PDF bytes. Anything else the worker prints goes to its stderr.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Collection, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from types import TracebackType

from callbrief.errors import CallbriefError
from callbrief.render.pdf import InProcess, Typesetter

_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])
# -P: the current folder is not put on the worker's sys.path (a json.py there must not run);
# the package's own folder is added last, for a source tree that was never installed.
_SERVE = (
    "import sys; sys.path.append(sys.argv[1]); "
    "from callbrief.render.pdf_worker import serve; serve()"
)


class RenderError(CallbriefError):
    """Typesetting failed."""


# As WeasyPrint does when it loads: its warnings go nowhere unless the program listens (the
# CLI does). The main process re-logs the worker's warnings here without loading WeasyPrint.
_LOGGER = logging.getLogger("weasyprint")
if not _LOGGER.handlers:
    _LOGGER.setLevel(logging.WARNING)
    _LOGGER.addHandler(logging.NullHandler())


def start_typesetter(formats: Collection[str], worker: bool) -> AbstractContextManager[Typesetter]:
    """A worker process when ``worker`` is asked for and a PDF is wanted, else typesetting in
    this process (also when no interpreter can be started: a frozen or embedded Python)."""
    if worker and "pdf" in formats and not getattr(sys, "frozen", False):
        try:
            return PdfWorker()
        except OSError:
            pass
    return nullcontext(InProcess())


class PdfWorker:
    """A worker process, started at once, for one PDF: ``submit`` sends it the HTML, and the
    callable it returns waits for the PDF. Used as a context manager: leaving the block ends
    the process, whatever state it is in."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-P", "-c", _SERVE, _PACKAGE_ROOT],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self._talk: threading.Thread | None = None

    def __enter__(self) -> PdfWorker:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """End the worker if it is still running (the build failed before it was needed)."""
        if self._process.poll() is None:
            self._process.kill()
        if self._talk is not None:
            self._talk.join()  # it ends with the process; only then are the pipes free
        self._process.wait()
        for stream in (self._process.stdin, self._process.stdout, self._process.stderr):
            if stream is not None and not stream.closed:
                stream.close()

    def submit(
        self, html: str, base_url: Path, allowed: Sequence[Path], *, tagged: bool
    ) -> Callable[[], bytes]:
        """Send the HTML; return a callable that waits for the PDF (or raises RenderError)."""
        if self._talk is not None:
            raise RuntimeError("a PdfWorker typesets one document; start another for the next")
        request = json.dumps(
            {
                "html": html,
                "base_url": str(base_url),
                "allowed": [str(p) for p in allowed],
                "tagged": tagged,
            }
        ).encode("utf-8")
        answer: list[tuple[bytes, bytes]] = []

        def talk() -> None:
            with contextlib.suppress(OSError, ValueError):  # the worker was ended (close)
                answer.append(self._process.communicate(request))

        # communicate() in a thread: the request may be larger than the pipe's buffer, and the
        # main process goes on (with the workbook, say) while the worker typesets.
        self._talk = threading.Thread(target=talk, daemon=True)
        self._talk.start()

        def result() -> bytes:
            assert self._talk is not None
            self._talk.join()
            out, err = answer[0] if answer else (b"", b"")
            return _read_answer(out, err, self._process.returncode)

        return result


def _read_answer(out: bytes, err: bytes, returncode: int | None) -> bytes:
    line, _, pdf = out.partition(b"\n")
    try:
        header = json.loads(line)
    except ValueError:
        header = None
    if not isinstance(header, dict):
        if returncode is not None and returncode < 0:
            raise RenderError(f"the PDF worker was stopped (signal {-returncode})")
        last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit {returncode}"]
        raise RenderError(f"the PDF worker stopped: {last[0]}")
    for level, message in header.get("warnings", []):
        _LOGGER.log(level, "%s", message)
    if "error" in header:
        raise RenderError(f"typesetting the PDF failed: {header['error']}")
    if returncode != 0 or len(pdf) != header.get("size"):
        raise RenderError(f"the PDF worker stopped (exit {returncode}) before the PDF was whole")
    return pdf


def serve() -> None:
    """The worker's side: load WeasyPrint, then typeset the one request read from stdin."""
    # The answer gets the real stdout to itself; anything printed (by a library, by
    # fontconfig's debug output) goes to stderr instead of into the PDF.
    answer = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    import callbrief.render.fetcher  # noqa: F401  loads WeasyPrint: why the worker starts early
    from callbrief.render.pdf import WarningCollector, html_to_pdf

    collector = WarningCollector()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collector)
    logger.propagate = False
    data = sys.stdin.buffer.read()
    if not data:  # the main process ended without sending anything (its build failed)
        return
    request = json.loads(data)
    try:
        pdf = html_to_pdf(
            request["html"],
            Path(request["base_url"]),
            [Path(p) for p in request["allowed"]],
            tagged=request["tagged"],
        )
    except Exception as e:  # reported to the main process as one line, not a traceback
        answer.write(json.dumps({"error": f"{type(e).__name__}: {e}"}).encode() + b"\n")
        answer.flush()
        raise SystemExit(1) from None
    header = {"size": len(pdf), "warnings": collector.records}
    answer.write(json.dumps(header).encode() + b"\n" + pdf)
    answer.flush()
    # The answer is out; tearing down WeasyPrint's objects would only keep the build waiting
    # (about 50 ms): end the process at once.
    os._exit(0)
