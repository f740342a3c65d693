"""The parts of a briefing and the sheets of a workbook, each declared once.

Audience validation (``sections``, ``workbook.sheets``), the base template's loop (one block
per part, see ``PartBlocks``), the workbook and ``init-audience`` all read these tuples.
Adding a part is one ``Part`` here and one partial in ``templates/base/partials/``; adding a
sheet is one ``Sheet`` here and one builder in ``render/sheets.py``.

Kept free of heavy imports: audience validation reads it on every build.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a briefing."""

    name: str
    """As ``sections`` in ``audience.toml`` names it; also the name of its template block,
    which an audience's ``briefing.html`` may override."""
    partial: str
    """The template that renders it, in the template lookup chain."""
    label: str | None
    """Key in ``labels.toml`` of its heading; None for a part without one (the cover)."""


@dataclass(frozen=True, slots=True)
class Sheet:
    """One sheet of the workbook."""

    name: str
    """The sheet's tab name, as ``sheets`` in ``workbook.toml`` names it."""
    builder: str
    """The function in ``render/sheets.py`` that fills it (imported when a workbook is made,
    so validation never loads openpyxl)."""
    labels: str
    """Table in ``templates/base/workbook-labels.toml`` holding its fixed wording."""
    only_with: str | None = None
    """A ``Briefing`` field the sheet shows: without it (None) the sheet is left out."""


PARTS: tuple[Part, ...] = (
    Part("cover", "partials/cover.html", None),
    Part("takeaways", "partials/takeaways.html", "takeaways"),
    Part("changes", "partials/changes.html", "changes"),
    Part("segments", "partials/segments.html", "segments"),
    Part("metrics", "partials/metrics.html", "metrics"),
    Part("quotes", "partials/quotes.html", "quotes"),
    Part("qa", "partials/qa.html", "qa"),
    Part("participants", "partials/participants.html", "participants"),
    Part("notes", "partials/notes.html", "notes"),
)
"""Every part, in the default order (an audience that names no ``sections`` shows them all)."""

SHEETS: tuple[Sheet, ...] = (
    Sheet("Summary", "summary", "summary"),
    Sheet("Segments", "segments", "segments"),
    Sheet("Metrics", "metrics", "metrics"),
    Sheet("Changes", "changes", "changes", only_with="changes"),
    Sheet("Quotes", "quotes", "quotes"),
    Sheet("Q&A", "qa", "qa"),
    Sheet("About", "about", "about"),
)
"""Every sheet, in the default order (``workbook.toml`` may choose and reorder them)."""


def part_names() -> tuple[str, ...]:
    return tuple(p.name for p in PARTS)


def sheet_names() -> tuple[str, ...]:
    return tuple(s.name for s in SHEETS)


def sheet(name: str) -> Sheet:
    """The sheet of that name (names are validated with the audience, so it exists)."""
    return next(s for s in SHEETS if s.name == name)
