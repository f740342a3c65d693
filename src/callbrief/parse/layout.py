"""What a layout is, how sure it is of a text, and how the reading layout is chosen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from callbrief.errors import ParseError
from callbrief.model import Source, Transcript

MIN_SCORE = 0.25
"""The least score a layout needs to read a text. Below it a layout's guess is too weak to
build a briefing on, and a refusal (naming each layout's reason) beats a wrong parse."""

_SHOWN_CANDIDATES = 3


@dataclass(frozen=True, slots=True)
class Detection:
    """How well a layout recognises a text."""

    score: float
    """From 0 (not this layout) to 1 (certain); layouts are compared by it."""
    reason: str
    """A short phrase: what the layout found, or why it does not fit."""

    def __post_init__(self) -> None:
        if not 0 <= self.score <= 1:
            raise ValueError(f"a detection score is between 0 and 1, not {self.score}")


@runtime_checkable
class Layout(Protocol):
    """A transcript layout: says how well it recognises a text, and parses it."""

    name: str
    """Unique, lower-case, hyphenated: ``speaker-blocks``; recorded as ``source.layout``."""
    description: str
    """One line on what it reads, for ``callbrief layouts``."""
    example: str
    """A short made-up example of its speaker header (lines joined by `` / ``)."""

    def detect(self, lines: Sequence[str]) -> Detection:
        """How well this layout recognises the non-empty lines of a normalised text."""
        ...

    def parse(self, lines: Sequence[str], source: Source) -> Transcript:
        """The call, read from the non-empty lines of a normalised text."""
        ...


def choose(layouts: Sequence[Layout], lines: Sequence[str], *, source: str) -> Layout:
    """The best-scoring layout (the earlier one on a tie); ``ParseError`` if none reaches
    ``MIN_SCORE``, naming the best candidates and why each did not fit."""
    return best(layouts, lines, source=source)[0]


def best(
    layouts: Sequence[Layout], lines: Sequence[str], *, source: str
) -> tuple[Layout, Detection]:
    """``choose``, with the winner's detection (each layout scores the text once)."""
    detections = [(layout, layout.detect(lines)) for layout in layouts]
    ranked = sorted(detections, key=lambda d: -d[1].score)  # stable: ties keep their order
    if ranked and ranked[0][1].score >= MIN_SCORE:
        return ranked[0]
    candidates = "; ".join(_candidate(layout, d) for layout, d in ranked[:_SHOWN_CANDIDATES])
    raise ParseError(
        f"no transcript structure found; no layout fits: {candidates or 'none is registered'}",
        source=source,
        hint="see `callbrief layouts`",
    )


def _candidate(layout: Layout, detection: Detection) -> str:
    if detection.score:
        return f"{layout.name} (score {detection.score:.2f}: {detection.reason})"
    return f"{layout.name} ({detection.reason})"
