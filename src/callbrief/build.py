"""``callbrief build``: the whole pipeline, from a transcript file to the files it writes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from callbrief.defaults import DEFAULT_AUDIENCE, DEFAULT_MAX_BYTES
from callbrief.errors import InputError
from callbrief.model import Briefing
from callbrief.pipeline import brief
from callbrief.render import RenderJob
from callbrief.render.audience import find_audience
from callbrief.render.output import write_atomic
from callbrief.render.pdf import Typesetter
from callbrief.render.pdf_worker import RenderError, start_typesetter
from callbrief.render.renderers import PdfRenderer, renderer


@dataclass(frozen=True, slots=True)
class BuildOptions:
    out_dir: Path = Path("output")
    audience: str = DEFAULT_AUDIENCE
    languages: tuple[str, ...] | None = None
    """None: the audience's language order."""
    formats: tuple[str, ...] = ("pdf", "xlsx")
    templates: Path | None = None
    glossaries: Sequence[Path] = field(default_factory=tuple)
    notes: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    tagged_pdf: bool = True
    pdf_worker: bool = False
    """Typeset in a worker process started first thing (render/pdf_worker.py), as the
    ``callbrief`` command does; by default in this process."""


def build(path: str, options: BuildOptions, typesetter: Typesetter | None = None) -> list[Path]:
    """Read, analyze and render one transcript; return the files written.

    ``typesetter``: one the caller started (the CLI starts the PDF worker before it even loads
    this module); by default one is started here, as ``options.pdf_worker`` says.
    """
    if typesetter is None:
        with start_typesetter(options.formats, options.pdf_worker) as own:
            return build(path, options, own)
    if options.templates is not None and not options.templates.is_dir():
        raise InputError("no such template folder", source=str(options.templates))
    audience = find_audience(options.audience)
    briefing = brief(path, glossaries=options.glossaries, max_bytes=options.max_bytes)
    job = RenderJob(
        briefing,
        audience,
        options.languages or audience.languages,
        options.templates,
        _read_notes(options.notes),
        options.tagged_pdf,
    )
    # The PDF is sent off first; the other formats are made while it is typeset.
    pdf = PdfRenderer(typesetter).submit(job) if "pdf" in options.formats else None
    made = {fmt: renderer(fmt).render(job) for fmt in options.formats if fmt != "pdf"}
    if pdf is not None:
        try:
            made["pdf"] = pdf()
        except RenderError as e:
            raise RenderError(e.message, source=path) from None
    outputs = {fmt: made[fmt] for fmt in options.formats}  # all made before any is written
    slug = output_slug(briefing, audience.name)
    written = []
    for fmt, data in outputs.items():
        target = options.out_dir / f"{slug}.{fmt}"
        write_atomic(target, data)
        written.append(target)
    return written


def output_slug(b: Briefing, audience: str) -> str:
    """``alibaba-group-2024-09`` from company and period (and the audience, unless the default)."""
    call = b.transcript.call
    when = call.period_end or call.date
    name = re.sub(r"[^a-z0-9]+", "-", b.company_en.lower()).strip("-") or "call"
    parts = [name, when.strftime("%Y-%m") if when else None]
    if audience != DEFAULT_AUDIENCE:
        parts.append(re.sub(r"[^a-z0-9]+", "-", audience.lower()).strip("-"))
    return "-".join(p for p in parts if p)


def _read_notes(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read the notes file ({e})", source=str(path)) from None
