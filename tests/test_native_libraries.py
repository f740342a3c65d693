"""WeasyPrint is imported with its native libraries opened by soname, running no program, and
imported the usual way when a library does not open so (each case in a fresh interpreter: an
import happens once per process)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux sonames")

_REPORT = """
import ctypes.util, json, subprocess, sys
searched, ran = [], []
search = ctypes.util.find_library
def counting(name):
    searched.append(name)
    return search(name)
ctypes.util.find_library = counting
popen = subprocess.Popen.__init__
def running(self, args, *a, **k):
    ran.append(str(args))
    popen(self, args, *a, **k)
subprocess.Popen.__init__ = running
{setup}
from callbrief.render import native_libraries
native_libraries.load()
import weasyprint.text.ffi as ffi
print(json.dumps({{
    "searched": searched, "ran": ran, "restored": ctypes.util.find_library is counting,
    "loaded": [getattr(ffi, n) is not None for n in ("gobject", "pango", "harfbuzz",
                                                     "fontconfig", "pangoft2")],
    "subset": ffi.harfbuzz_subset is not None,
}}))
"""


def _report(setup: str = "") -> tuple[dict[str, object], str]:
    done = subprocess.run(
        [sys.executable, "-c", _REPORT.format(setup=setup)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    *printed, last = done.stdout.splitlines()
    return json.loads(last), "\n".join(printed)


def _plain_subset() -> bool:
    code = "import weasyprint.text.ffi as f; print(f.harfbuzz_subset is not None)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip() == "True"


def test_libraries_open_by_soname_without_running_a_program() -> None:
    report, printed = _report()
    assert report["searched"] == [] and report["ran"] == []
    assert report["restored"]  # find_library is the program-running search again afterwards
    assert report["loaded"] == [True] * 5
    assert report["subset"] == _plain_subset()  # HarfBuzz subsetting found as before
    assert printed == ""


def test_a_library_that_does_not_open_by_soname_is_searched_for_as_usual() -> None:
    # Pango does not open by its soname while the quick lookup is in place (as a library only
    # gcc knows the place of would not): WeasyPrint's advice is not printed, and the usual
    # search (programs and all) loads it.
    setup = """
import cffi.api
from callbrief.render import native_libraries as nl
backend_load = cffi.api._load_backend_lib
def refusing(backend, name, flags):
    if ctypes.util.find_library is nl._not_found and name == "libpango-1.0.so.0":
        raise OSError("not here")
    return backend_load(backend, name, flags)
cffi.api._load_backend_lib = refusing
"""
    report, printed = _report(setup)
    assert report["searched"] != [] and report["ran"] != []  # the usual way, the second time
    assert report["loaded"] == [True] * 5
    assert printed == ""  # WeasyPrint's "could not import some external libraries" swallowed
