"""A season of calls: many transcripts built in one run (``callbrief build a.txt b.txt`` or a
folder), in parallel over worker processes that load the typesetter once and keep it for
every document they are given.

Two rounds over worker processes (workers.py): each transcript is read and analysed (a
failure is reported, one line naming the file, and the others go on) while this process
warms up the typesetting; then the output names are settled (two calls that would write one
name get their input file's stem added) and each briefing is rendered and written. A
transcript whose inputs have not changed since its outputs were written is skipped (a record
of what built what is kept in the output folder, ``.callbrief-builds.json``); ``force``
rebuilds."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import callbrief
from callbrief import workers
from callbrief.build import (
    BuildOptions,
    brief,
    output_slug,
    render_job,
    render_outputs,
    write_outputs,
)
from callbrief.errors import CallbriefError, InputError
from callbrief.model import Briefing

TRANSCRIPT_SUFFIXES = (".txt", ".md", ".text", ".tsv", ".pdf", ".html", ".htm", ".docx")
"""What a folder given as input is searched for."""
RECORD = ".callbrief-builds.json"
_OUTPUT_SUFFIXES = (".pdf", ".html", ".htm")
"""What callbrief writes that could pass for a transcript."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input."""

    path: str
    status: str
    """``built``, ``skipped`` (unchanged since its outputs were written) or ``failed``."""
    written: tuple[Path, ...] = ()
    error: str | None = None
    briefing: Briefing | None = field(default=None, compare=False, repr=False)


def transcripts(paths: Sequence[str], out_dir: Path | None = None) -> list[str]:
    """The inputs: files as given, and each folder's transcripts (sorted, not recursive),
    each once (by where it really is). A folder's listing leaves out what callbrief wrote
    (the record's files, and in the output folder itself its PDFs and pages)."""
    found: list[str] = []
    written = set()
    if out_dir is not None:
        written = {str(Path(w).resolve()) for e in _read_record(out_dir).values()
                   for w in e["written"]}  # fmt: skip
    for path in paths:
        p = Path(path)
        if not p.is_dir():
            found.append(path)
            continue
        ours = out_dir is not None and p.resolve() == out_dir.resolve()
        found += sorted(
            str(f) for f in p.iterdir()
            if f.is_file() and f.suffix.lower() in TRANSCRIPT_SUFFIXES
            and not f.name.startswith(".") and str(f.resolve()) not in written
            and not (ours and f.suffix.lower() in _OUTPUT_SUFFIXES)
        )  # fmt: skip
    seen: dict[str, str] = {}
    for path in found:
        seen.setdefault(str(Path(path).resolve()), path)
    return list(seen.values())


def settings_print(options: BuildOptions) -> str:
    """What every call's build of a run depends on alike: the glossaries, the notes, the
    audience's and the user's templates, the options and callbrief's version (read once)."""
    from callbrief.render.audience import find_audience

    h = hashlib.sha256(f"version:{callbrief.__version__}".encode())
    files = [*(Path(g) for g in options.glossaries), *([options.notes] if options.notes else [])]
    folders = [*find_audience(options.audience).chain]
    if options.templates:
        folders.append(options.templates)
    files += [f for folder in folders for f in sorted(Path(folder).rglob("*")) if f.is_file()]
    for f in files:
        data = f.read_bytes()
        h.update(f"file:{f}:{len(data)}:".encode())
        h.update(data)
    h.update(
        json.dumps([options.audience, options.languages, options.formats, options.tagged_pdf,
                    options.max_bytes], default=str).encode(),
    )  # fmt: skip
    return h.hexdigest()


def fingerprint(b: Briefing, settings: str, prior: Briefing | None = None) -> str:
    """What a build of a call depends on: its transcript (as read), its prior quarter's
    transcript and the run's ``settings_print``."""
    said = [settings, b.transcript.source.sha256, prior.transcript.source.sha256 if prior else ""]
    return hashlib.sha256(":".join(said).encode()).hexdigest()


def build_all(
    paths: Sequence[str],
    options: BuildOptions,
    *,
    jobs: int | None = None,
    force: bool = False,
    done: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Build every transcript of ``paths`` into ``options.out_dir``; ``done`` is told each
    outcome as it is known. Returns the outcomes in input order.

    Every call is read and analysed (that is quick): its prior quarter among the inputs and
    its output name depend on the others. Only rendering is skipped for a call whose inputs
    have not changed since its outputs were written."""
    inputs = transcripts(paths, options.out_dir)
    record = _read_record(options.out_dir)
    settings = settings_print(options)  # as they are before anything is rendered
    jobs = workers.job_count(jobs, len(inputs))
    outcomes: dict[str, Outcome] = {}

    def tell(o: Outcome) -> None:
        outcomes[o.path] = o
        if done is not None:
            done(o)

    analysed = {p: workers.Here().submit(_analyse, p, options) for p in inputs[:1]}
    with workers.pool(jobs) as readers:
        analysed |= {p: readers.submit(_analyse, p, options) for p in inputs[1:]}
        head = analysed[inputs[0]].result() if inputs else None
        if jobs > 1 and isinstance(head, Briefing) and (force or not _all_recorded(record, inputs)):
            _warm_typesetting(head, options)
        briefings: dict[str, Briefing] = {}
        for path, future in analysed.items():
            result = _result(future, path)
            if isinstance(result, Briefing):
                briefings[path] = result
            else:
                tell(Outcome(path, "failed", error=result))
    briefings, priors = with_priors(briefings)
    slugs = _unique_slugs(briefings, options)
    prints, todo = {}, []
    for path, b in briefings.items():
        prints[path] = fingerprint(b, settings, priors.get(path))
        planned = [str((options.out_dir / f"{slugs[path]}.{f}").resolve())
                   for f in options.formats]  # fmt: skip
        seen = record.get(str(Path(path).resolve()))
        if (not force and seen == {"fingerprint": prints[path], "written": planned}
                and all(Path(w).exists() for w in planned)):  # fmt: skip
            tell(Outcome(path, "skipped", tuple(map(Path, planned)), briefing=b))
        else:
            todo.append(path)
    with workers.pool(workers.job_count(jobs, len(todo))) as typesetters:
        rendering = [(p, typesetters.submit(_render, briefings[p], options, slugs[p], p))
                     for p in todo]  # fmt: skip
        for path, writing in rendering:
            written = _result(writing, path)
            if isinstance(written, str):
                tell(Outcome(path, "failed", error=written))
            else:
                tell(Outcome(path, "built", tuple(written), briefing=briefings[path]))
                record[str(Path(path).resolve())] = {
                    "fingerprint": prints[path],
                    "written": [str(Path(w).resolve()) for w in written],
                }
    _write_record(options.out_dir, record)
    return [outcomes[p] for p in inputs]


def _result(future: Future[Any], path: str) -> Any:
    """What a worker returned, or one line saying what went wrong (a worker that died, a
    bug): one file's trouble never ends the season."""
    try:
        return future.result()
    except Exception as e:
        return f"{path}: could not be built ({type(e).__name__}: {e})"


def with_priors(
    briefings: dict[str, Briefing],
) -> tuple[dict[str, Briefing], dict[str, Briefing]]:
    """Each call with what changed since the same company's previous quarter, when that call
    is among the inputs (``prior.previous_quarter``); and the prior found for each."""
    from callbrief.prior import changes, previous_quarter

    out, priors = dict(briefings), {}
    for path, b in briefings.items():
        prior = previous_quarter(b, [p for p in briefings.values() if p is not b])
        if prior is not None:
            out[path] = replace(b, changes=changes(b, prior))
            priors[path] = prior
    return out, priors


def _analyse(path: str, options: BuildOptions) -> Briefing | str:
    """Read and analyse one transcript; a one-line error for one that cannot be."""
    try:
        return brief(
            path, glossaries=options.glossaries, max_bytes=options.max_bytes,
            facts=options.facts, pair=options.pair, prior=options.prior,
        )  # fmt: skip
    except CallbriefError as e:
        return e.one_line()
    except Exception as e:
        return f"{path}: could not be read ({type(e).__name__}: {e})"


def _render(briefing: Briefing, options: BuildOptions, slug: str, path: str) -> list[Path] | str:
    """Render and write one briefing, with this process's typesetter (loaded once)."""
    try:
        outputs = render_outputs(briefing, options, _typesetter(), path)
        return write_outputs(outputs, options.out_dir, slug)
    except CallbriefError as e:
        return e.one_line()
    except OSError as e:
        return f"{path}: cannot write the outputs ({e.strerror})"


def _warm_typesetting(briefing: Briefing, options: BuildOptions) -> None:
    """Load in this process, while the readers read, what rendering any document needs, so
    that the typesetting workers forked after it start with it: WeasyPrint, the audience's
    templates, compiled by rendering ``briefing`` to HTML, and its stylesheet, parsed
    (pdf.Preparer). Nothing is typeset here: Pango looks fonts up in threads of its own, and
    a process forked while one runs could wait for it for ever; each worker's first document
    loads the fonts. Nothing is written; a problem here is met again, and reported, by the
    document's own render."""
    from callbrief.render.pdf import Preparer
    from callbrief.render.renderers import HtmlRenderer, PdfRenderer

    try:
        if "pdf" in options.formats:  # WeasyPrint loaded, the stylesheet parsed
            PdfRenderer(Preparer()).submit(render_job(briefing, options))
        elif "html" in options.formats:
            HtmlRenderer().render(render_job(briefing, options))
    except Exception:
        pass


_TYPESETTER: Any = None


def _typesetter() -> Any:
    global _TYPESETTER
    from callbrief.render.pdf import InProcess

    if _TYPESETTER is None:
        _TYPESETTER = InProcess()
    return _TYPESETTER


def _all_recorded(record: dict[str, Any], inputs: Sequence[str]) -> bool:
    """Whether every input has outputs on record that are still there: then most likely all
    are skipped, and there is no typesetting to warm up for."""
    seen = [record.get(str(Path(p).resolve())) for p in inputs]
    return all(s and all(Path(w).exists() for w in s["written"]) for s in seen)


def _unique_slugs(briefings: dict[str, Briefing], options: BuildOptions) -> dict[str, str]:
    """Each briefing's output name; names two would share get the input file's stem added
    (``xingyun-2025-06-nebula-zh``), and a number if even that is shared."""
    from callbrief.render.audience import find_audience

    audience = find_audience(options.audience).name  # a folder given: its name, as build's
    slugs = {p: output_slug(b, audience, options.languages) for p, b in briefings.items()}
    shared = Counter(slugs.values())
    for p in slugs:
        if shared[slugs[p]] > 1:
            slugs[p] = f"{slugs[p]}-{_stem(p)}"
    again = Counter(slugs.values())
    seen: Counter[str] = Counter()
    for p in slugs:
        if again[slugs[p]] > 1:
            seen[slugs[p]] += 1
            slugs[p] = f"{slugs[p]}-{seen[slugs[p]]}"
    return slugs


def _stem(path: str) -> str:
    from callbrief.build import file_slug

    return file_slug(Path(path).stem) or "call"


def _read_record(out_dir: Path) -> dict[str, Any]:
    """What built what, as the last run left it; entries not as this version writes them are
    forgotten (their transcripts are built again)."""
    try:
        data = json.loads((out_dir / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        k: v for k, v in data.items()
        if isinstance(v, dict) and isinstance(v.get("fingerprint"), str)
        and isinstance(v.get("written"), list) and all(isinstance(w, str) for w in v["written"])
    }  # fmt: skip


def _write_record(out_dir: Path, record: dict[str, Any]) -> None:
    from callbrief.render.output import write_atomic

    if record:
        text = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        write_atomic(out_dir / RECORD, text.encode("utf-8"))


def season_index(outcomes: Sequence[Outcome], options: BuildOptions, target: Path) -> Path:
    """Write the season workbook of every call built or skipped (a skipped call is read
    again; its outputs are as they were)."""
    from callbrief.render.output import write_atomic
    from callbrief.render.season import season_workbook

    calls = [(o.path, o.briefing) for o in outcomes if o.briefing is not None]
    if not calls:
        raise InputError("no call was built or kept: the season workbook is not written",
                         source=str(target))  # fmt: skip
    write_atomic(target, season_workbook(calls))
    return target


def summary(outcomes: Sequence[Outcome]) -> str:
    counts = Counter(o.status for o in outcomes)
    return (
        f"callbrief: {counts['built']} built, {counts['skipped']} skipped (unchanged), "
        f"{counts['failed']} failed"
    )


def no_inputs(paths: Sequence[str]) -> InputError:
    return InputError("no transcripts found", source=", ".join(paths))


def is_batch(paths: Sequence[str]) -> bool:
    return len(paths) > 1 or any(Path(p).is_dir() for p in paths)
