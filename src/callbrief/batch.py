"""A season of calls: many transcripts built in one run (``callbrief build a.txt b.txt`` or a
folder), in parallel over worker processes that load the typesetter once and keep it for
every document they are given.

Two rounds over the pool: each transcript is read and analysed (a failure is reported, one
line naming the file, and the others go on), then the output names are settled (two calls
that would write one name get their input file's stem added) and each briefing is rendered
and written. A transcript whose inputs have not changed since its outputs were written is
skipped (a record of what built what is kept in the output folder, ``.callbrief-builds.json``);
``force`` rebuilds."""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import callbrief
from callbrief.build import BuildOptions, brief, output_slug, render_and_write
from callbrief.errors import CallbriefError, InputError
from callbrief.model import Briefing

TRANSCRIPT_SUFFIXES = (".txt", ".md", ".text", ".tsv", ".pdf", ".html", ".htm", ".docx")
"""What a folder given as input is searched for."""
RECORD = ".callbrief-builds.json"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input."""

    path: str
    status: str
    """``built``, ``skipped`` (unchanged since its outputs were written) or ``failed``."""
    written: tuple[Path, ...] = ()
    error: str | None = None
    briefing: Briefing | None = field(default=None, compare=False, repr=False)


def transcripts(paths: Sequence[str]) -> list[str]:
    """The inputs: files as given, and each folder's transcripts (sorted, not recursive)."""
    found: list[str] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            found += sorted(
                str(f) for f in p.iterdir()
                if f.is_file() and f.suffix.lower() in TRANSCRIPT_SUFFIXES
                and not f.name.startswith(".")
            )  # fmt: skip
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def fingerprint(path: str, options: BuildOptions) -> str:
    """What a build of ``path`` depends on: the transcript, its pair, the glossaries, the
    audience's and the user's templates, the notes, the options and callbrief's version."""
    from callbrief.render.audience import find_audience

    h = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        h.update(f"{label}:{len(data)}:".encode())
        h.update(data)

    add("version", callbrief.__version__.encode())
    for name, file in (("transcript", path), ("pair", options.pair)):
        if file:
            add(name, Path(file).read_bytes())
    for g in options.glossaries:
        add("glossary", Path(g).read_bytes())
    if options.notes:
        add("notes", options.notes.read_bytes())
    folders = [*find_audience(options.audience).chain]
    if options.templates:
        folders.append(options.templates)
    for folder in folders:
        for f in sorted(Path(folder).rglob("*")):
            if f.is_file():
                add(f"template:{f.relative_to(folder)}", f.read_bytes())
    facts = options.facts
    add(
        "options",
        json.dumps(
            [options.audience, options.languages, options.formats, options.tagged_pdf,
             options.max_bytes, [str(x) if x is not None else None for x in
                                 (facts.company, facts.period, facts.date)] if facts else None],
            default=str,
        ).encode(),
    )  # fmt: skip
    return h.hexdigest()


def build_all(
    paths: Sequence[str],
    options: BuildOptions,
    *,
    jobs: int | None = None,
    force: bool = False,
    done: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Build every transcript of ``paths`` into ``options.out_dir``; ``done`` is told each
    outcome as it is known. Returns the outcomes in input order."""
    inputs = transcripts(paths)
    record = _read_record(options.out_dir)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(inputs) or 1))
    outcomes: dict[str, Outcome] = {}

    def tell(o: Outcome) -> None:
        outcomes[o.path] = o
        if done is not None:
            done(o)

    prints: dict[str, str] = {}
    todo = []
    for path in inputs:
        try:
            prints[path] = fingerprint(path, options)
        except (OSError, CallbriefError):
            prints[path] = ""  # the build will say what is wrong with it
        seen = record.get(str(Path(path).resolve()))
        if (not force and seen and prints[path] and seen["fingerprint"] == prints[path]
                and all(Path(w).exists() for w in seen["written"])):  # fmt: skip
            tell(Outcome(path, "skipped", tuple(Path(w) for w in seen["written"])))
        else:
            todo.append(path)
    with _pool(jobs) as pool:
        analysed = [(p, pool.submit(_analyse, p, options)) for p in todo]
        briefings: dict[str, Briefing] = {}
        for path, future in analysed:
            result = future.result()
            if isinstance(result, str):
                tell(Outcome(path, "failed", error=result))
            else:
                briefings[path] = result
        briefings = with_priors(briefings)
        slugs = _unique_slugs(briefings, options.audience)
        rendering: list[tuple[str, Future[Any]]] = [
            (p, pool.submit(_render, briefings[p], options, slugs[p], p)) for p in briefings
        ]
        for path, writing in rendering:
            written: list[Path] | str = writing.result()
            if isinstance(written, str):
                tell(Outcome(path, "failed", error=written))
            else:
                tell(Outcome(path, "built", tuple(written), briefing=briefings[path]))
                record[str(Path(path).resolve())] = {
                    "fingerprint": prints[path], "written": [str(w) for w in written],
                }  # fmt: skip
    _write_record(options.out_dir, record)
    return [outcomes[p] for p in inputs]


def with_priors(briefings: dict[str, Briefing]) -> dict[str, Briefing]:
    """Each call with what changed since the same company's previous quarter, when that call
    is among the inputs (the latest earlier period, at most about four months before)."""
    from callbrief.prior import changes, same_company

    out = dict(briefings)
    for path, b in briefings.items():
        end = b.transcript.call.period_end
        if end is None or b.transcript.call.company is None:
            continue
        earlier = [
            p for p in briefings.values()
            if p is not b and same_company(b, p) and p.transcript.call.period_end
            and 0 < (end - p.transcript.call.period_end).days <= 125
        ]  # fmt: skip
        if earlier:
            prior = max(earlier, key=lambda p: p.transcript.call.period_end or end)
            out[path] = replace(b, changes=changes(b, prior))
    return out


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


_TYPESETTER: Any = None


def _render(briefing: Briefing, options: BuildOptions, slug: str, path: str) -> list[Path] | str:
    """Render and write one briefing, with this worker's typesetter (loaded once)."""
    global _TYPESETTER
    from callbrief.render.pdf import InProcess

    if _TYPESETTER is None:
        _TYPESETTER = InProcess()
    try:
        return render_and_write(briefing, options, _TYPESETTER, path, slug)
    except CallbriefError as e:
        return e.one_line()
    except OSError as e:
        return f"{path}: cannot write the outputs ({e.strerror})"


def _unique_slugs(briefings: dict[str, Briefing], audience: str) -> dict[str, str]:
    """Each briefing's output name; names two would share get the input file's stem added
    (``xingyun-2025-06-nebula-zh``), and a number if even that is shared."""
    slugs = {p: output_slug(b, audience) for p, b in briefings.items()}
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
    import re

    return re.sub(r"[^a-z0-9]+", "-", Path(path).stem.lower()).strip("-") or "call"


@contextmanager
def _pool(jobs: int) -> Iterator[Executor]:
    """Worker processes forked once (with the typesetting libraries already loaded, so no
    worker pays their start-up), reused for every document; one job: this process."""
    if jobs == 1:
        yield _Here()
        return
    import multiprocessing

    import callbrief.render.pdf  # noqa: F401 - loaded before the fork: every worker has it

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method)) as pool:
        yield pool


class _Here(Executor):
    """An executor that runs each call at once, in this process."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def _read_record(out_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads((out_dir / RECORD).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


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

    calls = []
    for o in outcomes:
        if o.status == "failed":
            continue
        b = o.briefing or _analyse(o.path, options)
        if isinstance(b, Briefing):
            calls.append((o.path, b))
    calls = list(with_priors(dict(calls)).items())
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
