"""The pipeline, from a transcript file to the files it writes:
ingest -> parse -> analyze -> render -> write.

``extract`` and ``brief`` are its front (``callbrief extract``, ``callbrief.brief``); ``build``
is the whole of it (``callbrief build``). Render's modules are imported by the step that uses
them, so the front (and ``callbrief extract``'s start-up) loads none of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from callbrief.analyze.briefing import analyze
from callbrief.defaults import DEFAULT_AUDIENCE, DEFAULT_MAX_BYTES
from callbrief.errors import InputError
from callbrief.ingest import read_source
from callbrief.model import Briefing, Transcript
from callbrief.parse import CallFacts, parse
from callbrief.render import RenderJob

if TYPE_CHECKING:
    from callbrief.render.audience import Audience
    from callbrief.render.pdf import Typesetter


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
    facts: CallFacts | None = None
    """What the user says about the call (``--company``, ``--period``, ``--date``)."""
    warn: Callable[[str], None] | None = None
    """Told each structure warning of the parse and each figure the paired transcript states
    differently (the command prints them on stderr)."""
    pair: str | None = None
    """The same call's transcript in the other language (``--pair``)."""
    prior: str | None = None
    """The same company's call of an earlier quarter (``--prior``): what changed."""


def extract(
    path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, facts: CallFacts | None = None
) -> Transcript:
    """Read and parse one transcript file (``-`` for stdin); ``facts`` are what the user says
    about the call (company, period, date), which win over the transcript's."""
    return parse(read_source(path, max_bytes=max_bytes), facts)


def brief(
    path: str,
    *,
    glossaries: Sequence[Path] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    facts: CallFacts | None = None,
    pair: str | None = None,
    prior: str | None = None,
) -> Briefing:
    """Read, parse and analyze one transcript: the call with its metrics, segments and quotes.
    ``pair``: the same call's transcript in the other language, read with it (``--pair``):
    translations beside quotes and sentences, each figure checked in both."""
    briefing = analyze(extract(path, max_bytes=max_bytes, facts=facts), glossaries)
    if pair is not None:
        from callbrief.pair import paired

        briefing = paired(briefing, analyze(extract(pair, max_bytes=max_bytes), glossaries))
    if prior is not None:
        from callbrief.prior import with_changes

        briefing = with_changes(briefing, analyze(extract(prior, max_bytes=max_bytes), glossaries))
    return briefing


def build(path: str, options: BuildOptions, typesetter: Typesetter | None = None) -> list[Path]:
    """Read, analyze and render one transcript; return the files written.

    ``typesetter``: one the caller started (the CLI starts the PDF worker before it even loads
    this module); by default one is started here, as ``options.pdf_worker`` says.
    """
    if typesetter is None:
        from callbrief.render.pdf_worker import start_typesetter

        with start_typesetter(options.formats, options.pdf_worker) as own:
            return build(path, options, own)
    _audience(options)  # a bad audience is refused before the transcript is read
    briefing = brief(
        path,
        glossaries=options.glossaries,
        max_bytes=options.max_bytes,
        facts=options.facts,
        pair=options.pair,
        prior=options.prior,
    )
    if options.warn is not None:
        from callbrief.pair import differences

        for warning in (*briefing.transcript.warnings, *differences(briefing)):
            options.warn(warning)
    return render_and_write(briefing, options, typesetter, path)


def render_and_write(
    briefing: Briefing,
    options: BuildOptions,
    typesetter: Typesetter,
    path: str,
    slug: str | None = None,
) -> list[Path]:
    """Render a briefing in every format asked for and write the files (named ``slug``, by
    default from the company and period); return them."""
    outputs = render_outputs(briefing, options, typesetter, path)
    named = slug or output_slug(briefing, _audience(options).name, options.languages)
    return write_outputs(outputs, options.out_dir, named)


def render_outputs(
    briefing: Briefing, options: BuildOptions, typesetter: Typesetter, path: str
) -> dict[str, bytes]:
    """The bytes of each format asked for, all made before any is written."""
    return _render(render_job(briefing, options), options.formats, typesetter, path)


def render_job(briefing: Briefing, options: BuildOptions) -> RenderJob:
    """What rendering ``briefing`` with ``options`` takes: its audience, languages, templates,
    notes."""
    audience = _audience(options)
    return RenderJob(
        briefing,
        audience,
        options.languages or call_order(audience.languages, briefing.transcript.source.language),
        options.templates,
        _read_notes(options.notes),
        options.tagged_pdf,
    )


def call_order(languages: tuple[str, ...], call_language: str) -> tuple[str, ...]:
    """The audience's language order, with the call's own language first when the audience
    shows both (an English call reads English first unless ``--lang`` says otherwise)."""
    if len(languages) == 2 and call_language in languages:
        return (call_language, *(lang for lang in languages if lang != call_language))
    return languages


def output_slug(b: Briefing, audience: str, languages: Sequence[str] | None = None) -> str:
    """``xingyun-group-2025-06`` from company and period (and the audience, unless the default;
    and the language of a one-language briefing: ``-en``, so it never replaces the bilingual
    one); a call that names no company is named after its input file."""
    call = b.transcript.call
    when = call.period_end or call.date
    stem = Path(b.transcript.source.path).stem if b.transcript.source.path != "-" else "call"
    name = file_slug(b.company_en or "") or file_slug(stem) or "call"
    parts = [name, when.strftime("%Y-%m") if when else None]
    if audience != DEFAULT_AUDIENCE:
        parts.append(file_slug(audience))
    if languages is not None and len(languages) == 1:
        parts.append(languages[0])
    return "-".join(p for p in parts if p)


def file_slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _audience(options: BuildOptions) -> Audience:
    """The audience, once the user's template folder (if any) is known to exist."""
    from callbrief.render.audience import find_audience

    if options.templates is not None and not options.templates.is_dir():
        raise InputError("no such template folder", source=str(options.templates))
    return find_audience(options.audience)


def _render(
    job: RenderJob, formats: Sequence[str], typesetter: Typesetter, path: str
) -> dict[str, bytes]:
    """The bytes of each format, in the order asked. The PDF is sent off first; the other
    formats are made while it is typeset."""
    from callbrief.render.pdf_worker import RenderError
    from callbrief.render.renderers import PdfRenderer, renderer

    pdf: Callable[[], bytes] | None = None
    if "pdf" in formats:
        pdf = PdfRenderer(typesetter).submit(job)
    made = {fmt: renderer(fmt).render(job) for fmt in formats if fmt != "pdf"}
    if pdf is not None:
        try:
            made["pdf"] = pdf()
        except RenderError as e:
            raise RenderError(e.message, source=path) from None
    return {fmt: made[fmt] for fmt in formats}


def write_outputs(outputs: Mapping[str, bytes], out_dir: Path, slug: str) -> list[Path]:
    """The outputs as ``out_dir/slug.format``, replaced together (all written, then renamed)."""
    from callbrief.render.output import write_together

    targets = {out_dir / f"{slug}.{fmt}": data for fmt, data in outputs.items()}
    write_together(targets)
    return list(targets)


def _read_notes(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read the notes file ({e})", source=str(path)) from None
