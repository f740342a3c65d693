"""callbrief: earnings-call transcripts -> bilingual briefings (PDF, Excel, JSON)."""

from __future__ import annotations

import sys
from functools import cache
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from callbrief.analyze.briefing import analyze
    from callbrief.build import brief, extract
    from callbrief.errors import CallbriefError, InputError, ParseError
    from callbrief.ingest import Text, read_source
    from callbrief.model import (
        Briefing,
        Call,
        Delivery,
        Footnote,
        QAExchange,
        Role,
        Section,
        SectionKind,
        Source,
        Speaker,
        Transcript,
        Turn,
    )
    from callbrief.parse import parse

    __version__: str


# The public names load on first use: importing one module of the package (the PDF worker,
# say) does not import the whole pipeline.
_HOMES = {
    "Briefing": "callbrief.analyze.briefing",
    "analyze": "callbrief.analyze.briefing",
    "CallbriefError": "callbrief.errors",
    "InputError": "callbrief.errors",
    "ParseError": "callbrief.errors",
    "Text": "callbrief.ingest",
    "read_source": "callbrief.ingest",
    "parse": "callbrief.parse",
    "brief": "callbrief.build",
    "extract": "callbrief.build",
    **dict.fromkeys(
        ["Call", "Delivery", "Footnote", "QAExchange", "Role", "Section", "SectionKind",
         "Source", "Speaker", "Transcript", "Turn"],
        "callbrief.model",
    ),
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name == "__version__":
        return _version()
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'callbrief' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES, "__version__"})


@cache
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("callbrief")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0"


class _Package(ModuleType):
    """``callbrief.parse`` and ``callbrief.analyze`` name both a function and a subpackage.
    Importing the subpackage sets the package's attribute to it; here that is refused, so the
    names stay the functions however late the subpackages are first imported."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("parse", "analyze") and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__all__ = [
    "Briefing",
    "Call",
    "CallbriefError",
    "Delivery",
    "Footnote",
    "InputError",
    "ParseError",
    "QAExchange",
    "Role",
    "Section",
    "SectionKind",
    "Source",
    "Speaker",
    "Text",
    "Transcript",
    "Turn",
    "__version__",
    "analyze",
    "brief",
    "extract",
    "parse",
    "read_source",
]
