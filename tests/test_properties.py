"""Property-based tests: transcripts built from grammar pieces of every layout and both
languages (headers, title blocks, amounts, magnitudes, periods, full-width forms, control
characters, six encodings, truncation) go through ingest, parse, analyze and the JSON,
workbook and HTML renderers keeping the invariants of tests/grammar.py. A fast profile here
(`make test`); `make fuzz` runs the same at 10,000 inputs and more."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from grammar import check, inputs


@settings(
    max_examples=200, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)  # fmt: skip
@given(inputs())
def test_any_transcript_builds_or_fails_in_one_line(case: tuple[bytes, str]) -> None:
    raw, _ = case
    with tempfile.TemporaryDirectory() as folder:
        check(raw, Path(folder) / "call.txt")
