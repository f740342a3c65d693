"""The command line: parse options, run the pipeline, map errors to exit codes.

Exit codes: 0 done, 1 input problem (one line naming the file), 2 usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import callbrief
from callbrief.defaults import DEFAULT_AUDIENCE, DEFAULT_MAX_BYTES, LANGUAGE_ORDERS
from callbrief.errors import CallbriefError
from callbrief.render.pdf import Typesetter
from callbrief.render.pdf_worker import start_typesetter

if TYPE_CHECKING:
    from callbrief.parse import CallFacts

# The pipeline's modules are imported by the command that needs them, after the PDF worker
# (if any) has been started: they load while it loads WeasyPrint.

FORMATS = ("pdf", "xlsx", "json", "html")


def _megabytes(value: str) -> int:
    try:
        mb = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of megabytes: {value!r}") from None
    if mb <= 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return int(mb * 1024 * 1024)


def _languages(value: str) -> tuple[str, ...]:
    order = LANGUAGE_ORDERS.get(value.replace(" ", ""))
    if order is None:
        raise argparse.ArgumentTypeError(f"choose one of {', '.join(LANGUAGE_ORDERS)}")
    return order


def _formats(value: str) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"formats are {', '.join(FORMATS)} (comma-separated)")
    return chosen


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None


def _input_options(p: argparse.ArgumentParser, *, many: bool = False) -> None:
    if many:
        p.add_argument(
            "file", metavar="FILE", nargs="+",
            help="transcript files or folders (a season: built in parallel), or - for stdin",
        )  # fmt: skip
    else:
        p.add_argument("file", metavar="FILE", help="transcript file, or - for standard input")
    p.add_argument(
        "--glossary",
        metavar="FILE",
        type=Path,
        action="append",
        default=[],
        help="a glossary TOML file of your own (company names, people, terms); repeatable",
    )
    p.add_argument(
        "--max-size",
        metavar="MB",
        type=_megabytes,
        default=DEFAULT_MAX_BYTES,
        help=f"refuse inputs larger than this (default {DEFAULT_MAX_BYTES // 2**20} MB)",
    )
    p.add_argument(
        "--pair",
        metavar="FILE",
        default=None,
        help="the same call's transcript in the other language: translations beside quotes "
        "and sentences, and each figure checked in both",
    )
    p.add_argument(
        "--prior",
        metavar="FILE",
        default=None,
        help="the same company's call of an earlier quarter: what changed since (figures, "
        "guidance, segments, Q&A topics)",
    )
    p.add_argument("--company", metavar="NAME", help="the company's name, if the text lacks it")
    p.add_argument(
        "--period",
        metavar="PERIOD",
        help="the quarter, if the text lacks it ('June quarter 2025', 'Q2 2025', or as "
        "a Chinese title block writes it)",
    )
    p.add_argument(
        "--date", metavar="YYYY-MM-DD", type=_iso_date, help="the day of the call, if not stated"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="callbrief",
        description="Turn an earnings-call transcript into a bilingual Chinese/English briefing.",
    )
    parser.add_argument("--version", action="version", version=f"callbrief {callbrief.__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = commands.add_parser(
        "build",
        help="write the briefing (PDF and workbook) for a transcript",
        description="Read a transcript and write its briefing into the output folder; "
        "print the paths written.",
    )
    _input_options(b, many=True)
    b.add_argument(
        "--jobs",
        metavar="N",
        type=int,
        default=None,
        help="build several transcripts in N worker processes (default: the number of cores)",
    )
    b.add_argument(
        "--index",
        metavar="FILE",
        type=Path,
        default=None,
        help="also write one workbook across every call built (a season: a row per call, "
        "a sheet per headline measure)",
    )
    b.add_argument(
        "--force",
        action="store_true",
        help="rebuild transcripts whose inputs have not changed since their outputs were written",
    )
    b.add_argument(
        "--out",
        metavar="DIR",
        type=Path,
        default=Path("output"),
        help="output folder (default: output)",
    )
    b.add_argument(
        "--audience",
        metavar="NAME",
        default=DEFAULT_AUDIENCE,
        help=f"an audience name or folder (default: {DEFAULT_AUDIENCE})",
    )
    b.add_argument(
        "--lang",
        metavar="ORDER",
        type=_languages,
        default=None,
        help="languages: zh,en | en,zh | zh | en (default: the audience's)",
    )
    b.add_argument(
        "--templates",
        metavar="DIR",
        type=Path,
        default=None,
        help="a folder of templates that override the audience's",
    )
    b.add_argument(
        "--format",
        metavar="LIST",
        type=_formats,
        default=("pdf", "xlsx"),
        help=f"outputs, comma-separated: {', '.join(FORMATS)} (default: pdf,xlsx)",
    )
    b.add_argument(
        "--notes",
        metavar="FILE",
        type=Path,
        default=None,
        help="your own notes (Markdown) to add to the briefing",
    )
    b.add_argument(
        "--tagged",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="a tagged PDF (PDF/UA: for screen readers and reflow; the default). "
        "--no-tagged: about 5%% smaller",
    )
    b.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")

    commands.add_parser(
        "audiences",
        help="list the audiences you can build for",
        description="List shipped audiences and your own (in $CALLBRIEF_AUDIENCES, "
        "default ~/.config/callbrief/audiences).",
    )
    commands.add_parser(
        "layouts",
        help="list the transcript layouts callbrief reads",
        description="List every registered layout (built-in and from installed plug-ins): "
        "its name, what it reads, and a made-up example of its speaker header.",
    )
    init = commands.add_parser(
        "init-audience",
        help="create your own audience folder, ready to edit",
        description="Create NAME/ with an audience.toml and a template overriding one block.",
    )
    init.add_argument("name", metavar="NAME")
    init.add_argument(
        "--from",
        dest="parent",
        default=DEFAULT_AUDIENCE,
        metavar="AUDIENCE",
        help=f"the audience to start from (default: {DEFAULT_AUDIENCE})",
    )
    init.add_argument(
        "--dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="where to create it (default: your audience folder)",
    )

    gl = commands.add_parser(
        "glossary",
        help="write a draft glossary of the names a transcript uses",
        description="Write a draft company glossary (TOML, as --glossary reads it) of the "
        "company, the businesses and the people a transcript names, with the English names "
        "callbrief composed marked '# check'; print it, or write it with --out.",
    )
    _input_options(gl)
    gl.add_argument("--out", metavar="FILE", type=Path, default=None, help="write it here")

    ex = commands.add_parser(
        "extract",
        help="parse a transcript; print an outline, or the call as JSON",
        description="Parse a transcript and print a short outline of the call, or with --json "
        "the whole call as JSON (schema callbrief/1) on stdout.",
    )
    _input_options(ex)
    ex.add_argument("--json", action="store_true", help="print JSON (schema callbrief/1)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            from callbrief.build import brief
            from callbrief.outline import outline
            from callbrief.pair import differences
            from callbrief.render.json_document import document, dumps

            briefing = brief(
                args.file,
                glossaries=args.glossary,
                max_bytes=args.max_size,
                facts=_facts(args),
                pair=args.pair,
                prior=args.prior,
            )
            _warn([*briefing.transcript.warnings, *differences(briefing)], args.file)
            sys.stdout.write(dumps(document(briefing)) if args.json else outline(briefing))
        elif args.command == "audiences":
            from callbrief.render.audience import list_audiences

            for a in list_audiences():
                print(f"{a.name:<14} {a.description}\n{'':<14} {a.folder}")
        elif args.command == "glossary":
            from callbrief.build import brief
            from callbrief.draft_glossary import draft_glossary
            from callbrief.render.output import write_atomic

            briefing = brief(
                args.file, glossaries=args.glossary, max_bytes=args.max_size, facts=_facts(args)
            )
            text = draft_glossary(briefing)
            if args.out is None:
                sys.stdout.write(text)
            else:
                write_atomic(args.out, text.encode("utf-8"))
                print(args.out)
        elif args.command == "layouts":
            from callbrief.parse.registry import layouts

            found = layouts()
            width = max((len(layout.name) for layout in found), default=0) + 2
            for layout in found:
                print(f"{layout.name:<{width}}{layout.description}")
                print(f"{'':<{width}}e.g. {layout.example}")
        elif args.command == "init-audience":
            from callbrief.render.audience import user_audiences
            from callbrief.render.scaffold import init_audience

            folder = init_audience(args.name, args.parent, args.dir or user_audiences())
            print(folder)
            print(
                f"edit {folder / 'audience.toml'}, then: callbrief build FILE --audience "
                f"{args.name if args.dir is None else folder}"
            )
        elif args.command == "build":
            from callbrief.batch import is_batch

            if is_batch(args.file) or args.index:
                return _build_batch(args)
            args.file = args.file[0]
            with start_typesetter(args.format, worker=True) as typesetter:
                _build(args, typesetter)
    except CallbriefError as e:
        print(f"callbrief: error: {e.one_line()}", file=sys.stderr)
        return e.exit_code
    except BrokenPipeError:  # e.g. `callbrief extract x --json | head`
        sys.stderr.close()
        return 0
    except OSError as e:  # stdout could not be written (a full disk); files raise their own
        print(_write_error(e), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


def run() -> NoReturn:
    """The ``callbrief`` command: ``main``, then exit at once. Everything it writes is closed by
    then; skipping the interpreter's teardown of the loaded libraries saves about 50 ms.
    SIGTERM ends a build as Ctrl-C does: its PDF worker is ended too."""
    signal.signal(signal.SIGTERM, _terminated)
    code = main()
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:  # a reader that went away (| head): not an error
        pass
    except OSError as e:  # a full disk, say: the output is not whole
        with contextlib.suppress(OSError, ValueError, AttributeError):
            print(_write_error(e), file=sys.stderr)
        code = 1
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.flush()
    os._exit(code)


def _write_error(e: OSError) -> str:
    if e.filename:
        return f"callbrief: error: {e.filename}: {e.strerror}"
    return f"callbrief: error: cannot write the output ({e.strerror})"


def _terminated(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


class _WarningPrinter(logging.Handler):
    """WeasyPrint's warnings (a refused image, bad CSS in a template) as one line each."""

    def emit(self, record: logging.LogRecord) -> None:
        first = (record.getMessage().splitlines() or [""])[0]
        print(f"callbrief: warning: {first}", file=sys.stderr)


def _facts(args: argparse.Namespace) -> CallFacts:
    from callbrief.parse import CallFacts

    return CallFacts(args.company, args.period, args.date)


def _warn(warnings: Sequence[str], source: str) -> None:
    """What the parse saw but could not read, one line each on stderr."""
    for warning in warnings:
        print(f"callbrief: warning: {source}: {warning}", file=sys.stderr)


def _build_batch(args: argparse.Namespace) -> int:
    """Several transcripts (or folders of them): one line per file, a progress bar on a
    terminal, a summary; exit 1 if any failed."""
    from callbrief.batch import Outcome, build_all, no_inputs, summary, transcripts
    from callbrief.errors import UsageError

    if "-" in args.file:
        raise UsageError("standard input (-) is one call: build it on its own")
    one_call = [f"--{o}" for o in ("pair", "prior", "company", "period", "date")
                if getattr(args, o) is not None]  # fmt: skip
    if one_call:
        raise UsageError(
            f"{', '.join(one_call)} describe one call: build that call on its own (a batch "
            "finds each call's prior quarter among its inputs)"
        )
    inputs = transcripts(args.file, args.out)
    if not inputs:
        raise no_inputs(args.file)
    options = _options(args, warn=None)
    bar = _progress(len(inputs)) if not args.quiet and sys.stderr.isatty() else None

    def done(o: Outcome) -> None:
        if o.status == "failed":
            line = f"callbrief: error: {o.error}"
        else:
            line = f"{o.status} {o.path} -> {', '.join(str(w) for w in o.written)}"
        if o.status == "built" and o.briefing is not None and not args.quiet:
            from callbrief.pair import differences

            for w in (*o.briefing.transcript.warnings, *differences(o.briefing)):
                line = f"callbrief: warning: {o.path}: {w}\n{line}"
        if bar is not None:
            bar.console.print(line, markup=False, highlight=False)
            bar.advance(bar.task_ids[0])
        elif o.status == "failed" or not args.quiet:
            print(line, file=sys.stderr)
        for path in o.written if o.status == "built" else ():
            if not args.quiet:
                print(path)

    if bar is not None:
        with bar:
            outcomes = build_all(args.file, options, jobs=args.jobs, force=args.force, done=done)
    else:
        outcomes = build_all(args.file, options, jobs=args.jobs, force=args.force, done=done)
    if args.index is not None:
        from callbrief.batch import season_index

        print(season_index(outcomes, options, args.index))
    if not args.quiet:
        print(summary(outcomes), file=sys.stderr)
    return 1 if any(o.status == "failed" for o in outcomes) else 0


def _progress(total: int) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("callbrief"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    )  # fmt: skip
    bar.add_task("build", total=total)
    return bar


def _options(args: argparse.Namespace, warn: Any) -> Any:
    from callbrief.build import BuildOptions

    return BuildOptions(
        facts=_facts(args),
        warn=warn,
        out_dir=args.out,
        audience=args.audience,
        languages=args.lang,
        formats=args.format,
        templates=args.templates,
        glossaries=tuple(args.glossary),
        notes=args.notes,
        max_bytes=args.max_size,
        tagged_pdf=args.tagged,
        pair=args.pair,
        prior=args.prior,
    )


def _build(args: argparse.Namespace, typesetter: Typesetter) -> None:
    from callbrief.build import build

    options = _options(args, None if args.quiet else lambda w: _warn([w], args.file))
    printer = _WarningPrinter(logging.WARNING)
    logger = logging.getLogger("weasyprint")
    if not args.quiet:
        logger.addHandler(printer)
    try:
        written = build(args.file, options, typesetter)
    finally:
        logger.removeHandler(printer)
    for path in written:
        if not args.quiet:
            print(path)
