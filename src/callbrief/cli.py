"""The command line: parse options, run the pipeline, map errors to exit codes.

Exit codes: 0 done, 1 input problem (one line naming the file), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from callbrief import __version__
from callbrief.errors import CallbriefError
from callbrief.ingest import DEFAULT_MAX_BYTES
from callbrief.outline import outline
from callbrief.pipeline import brief
from callbrief.render.json_document import document, dumps


def _megabytes(value: str) -> int:
    try:
        mb = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of megabytes: {value!r}") from None
    if mb <= 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return int(mb * 1024 * 1024)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="callbrief",
        description="Turn an earnings-call transcript into a bilingual Chinese/English briefing.",
    )
    parser.add_argument("--version", action="version", version=f"callbrief {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = commands.add_parser(
        "extract",
        help="parse a transcript; print an outline, or the call as JSON",
        description="Parse a transcript and print a short outline of the call, or with --json "
        "the whole call as JSON (schema callbrief/1) on stdout.",
    )
    ex.add_argument("file", metavar="FILE", help="transcript file, or - for standard input")
    ex.add_argument("--json", action="store_true", help="print JSON (schema callbrief/1)")
    ex.add_argument(
        "--glossary",
        metavar="FILE",
        type=Path,
        action="append",
        default=[],
        help="a glossary TOML file of your own (company names, people, terms); repeatable",
    )
    ex.add_argument(
        "--max-size",
        metavar="MB",
        type=_megabytes,
        default=DEFAULT_MAX_BYTES,
        help=f"refuse inputs larger than this (default {DEFAULT_MAX_BYTES // 2**20} MB)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            briefing = brief(args.file, glossaries=args.glossary, max_bytes=args.max_size)
            sys.stdout.write(dumps(document(briefing)) if args.json else outline(briefing))
    except CallbriefError as e:
        print(f"callbrief: error: {e.one_line()}", file=sys.stderr)
        return e.exit_code
    except BrokenPipeError:  # e.g. `callbrief extract x --json | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    return 0
