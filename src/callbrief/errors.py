"""One root error type; only the CLI turns these into a message and an exit code."""

from __future__ import annotations


class CallbriefError(Exception):
    """A problem the user can fix. ``str(error)`` is a one-line, user-facing message."""

    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None):
        self.message = message
        self.source = source
        self.hint = hint
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = f"{self.source}: " if self.source else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{hint}"


class UsageError(CallbriefError):
    """Options that do not go together."""

    exit_code = 2


class InputError(CallbriefError):
    """The input file cannot be read as a transcript (missing, binary, empty, too large...)."""


class GlossaryError(InputError):
    """A glossary file that cannot be read or holds a wrong entry."""


class ParseError(CallbriefError):
    """The text was read but no transcript structure was recognised in it."""
