"""The pipeline, stage by stage: ingest -> parse (-> analyze -> render, as they land)."""

from __future__ import annotations

from callbrief.ingest import DEFAULT_MAX_BYTES, read_source
from callbrief.model import Transcript
from callbrief.parse import parse


def extract(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Transcript:
    """Read and parse one transcript file (``-`` for stdin)."""
    return parse(read_source(path, max_bytes=max_bytes))
