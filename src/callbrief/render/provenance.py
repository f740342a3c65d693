"""Where a briefing came from: source file, its hash, generator version, generation time."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from callbrief import __version__
from callbrief.model import Briefing


@dataclass(frozen=True, slots=True)
class Provenance:
    file_name: str
    sha256: str
    version: str
    generated: datetime
    """``SOURCE_DATE_EPOCH`` when set (reproducible builds), else now; UTC."""
    audience: str
    glossaries: tuple[str, ...]

    @property
    def generated_text(self) -> str:
        return self.generated.strftime("%Y-%m-%d %H:%M UTC")


def reproducible_time() -> datetime | None:
    """``SOURCE_DATE_EPOCH`` as a time, when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    return datetime.fromtimestamp(int(epoch), tz=UTC) if epoch.isdigit() else None


def generation_time() -> datetime:
    """Now, or ``SOURCE_DATE_EPOCH`` for reproducible output."""
    return reproducible_time() or datetime.now(tz=UTC).replace(microsecond=0)


def provenance(b: Briefing, audience: str) -> Provenance:
    path = b.transcript.source.path
    name = "stdin" if path == "-" else Path(path).name
    return Provenance(
        name, b.transcript.source.sha256, __version__, generation_time(), audience, b.glossaries
    )
