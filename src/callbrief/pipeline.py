"""The front of the pipeline: ingest -> parse -> analyze (``build.py`` adds the rendering)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from callbrief.analyze.briefing import analyze
from callbrief.defaults import DEFAULT_MAX_BYTES
from callbrief.ingest import read_source
from callbrief.model import Briefing, Transcript
from callbrief.parse import parse


def extract(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Transcript:
    """Read and parse one transcript file (``-`` for stdin)."""
    return parse(read_source(path, max_bytes=max_bytes))


def brief(
    path: str, *, glossaries: Sequence[Path] = (), max_bytes: int = DEFAULT_MAX_BYTES
) -> Briefing:
    """Read, parse and analyze one transcript: the call with its metrics, segments and quotes."""
    return analyze(extract(path, max_bytes=max_bytes), glossaries)
