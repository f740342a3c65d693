"""WeasyPrint imported without running programs to find its native libraries.

WeasyPrint opens Pango, HarfBuzz, fontconfig and GObject by trying several names for each
(``libpango-1.0-0``, ``pango-1.0-0``, ``pango-1.0``, ``libpango-1.0.so.0``, then the macOS and
Windows ones). For each name the dynamic linker cannot open as it is, cffi asks
``ctypes.util.find_library``, which on Linux runs ``ldconfig -p``, then ``gcc`` and ``ld``:
about fifty programs, 0.17 s of a 1 s build and, in a batch, CPU its readers need. The soname
among the names (``libpango-1.0.so.0``) is what that search finds on Linux, and the dynamic
linker opens it by itself (it searches ``LD_LIBRARY_PATH`` and its cache too). So while
WeasyPrint is imported, ``find_library`` answers "not found" at once and each library is opened
by its soname. Should one not open that way (a library only ``gcc`` knows the place of),
WeasyPrint is imported again the usual way, and its own error, if any, is what the user sees.
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Iterator


def load() -> None:
    """Import WeasyPrint (once): each native library by its soname on Linux."""
    if "weasyprint" in sys.modules:
        return
    if sys.platform.startswith("linux"):
        try:
            # a library not found by that name: WeasyPrint prints advice before it gives up
            with _no_library_search(), contextlib.redirect_stdout(io.StringIO()):
                import weasyprint
            return
        except OSError:  # the modules whose import failed are forgotten; the others are kept
            pass
    import weasyprint  # noqa: F401


@contextlib.contextmanager
def _no_library_search() -> Iterator[None]:
    import ctypes.util

    search = ctypes.util.find_library
    ctypes.util.find_library = _not_found
    try:
        yield
    finally:
        ctypes.util.find_library = search


def _not_found(name: str) -> None:
    return None
