"""Render: a Briefing -> bytes of each output format, behind one protocol."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from callbrief.model import Briefing
    from callbrief.render.audience import Audience


@dataclass(frozen=True, slots=True)
class RenderJob:
    """One briefing for one audience: what every renderer gets."""

    briefing: Briefing
    audience: Audience
    languages: tuple[str, ...]
    user_templates: Path | None = None
    notes: str | None = None
    """The user's notes (Markdown), if any."""
    tagged_pdf: bool = True
    """Write a tagged (PDF/UA) PDF: structure for screen readers and reflow."""


class Renderer(Protocol):
    """An output format."""

    suffix: str

    def render(self, job: RenderJob) -> bytes:
        """The whole output file's bytes."""
        ...
