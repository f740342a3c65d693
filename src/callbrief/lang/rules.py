"""An ordered chain of named rules that a language pack composes and others extend.

Modelled on markdown-it-py's ``Ruler``: rules keep their order, a new rule goes ``before`` or
``after`` a named one, and rules can be disabled and enabled again by name. A pack builds its
chain from another's ``copy()`` (as markdown-it's presets compose), so a language can add a
rule that reads a cue placed after a figure without touching the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

R = TypeVar("R")


@dataclass(slots=True)
class _Entry(Generic[R]):
    name: str
    rule: R
    enabled: bool = True


class Ruler(Generic[R]):
    """Named rules in order; iterating yields the enabled ones."""

    def __init__(self, rules: Iterable[tuple[str, R]] = ()) -> None:
        self._entries: list[_Entry[R]] = []
        for name, rule in rules:
            self.push(name, rule)

    def __iter__(self) -> Iterator[R]:
        return (e.rule for e in self._entries if e.enabled)

    def names(self) -> list[str]:
        """Every rule's name, enabled or not, in order."""
        return [e.name for e in self._entries]

    def enabled(self) -> list[str]:
        return [e.name for e in self._entries if e.enabled]

    def push(self, name: str, rule: R) -> None:
        """Add a rule at the end."""
        self._check_new(name)
        self._entries.append(_Entry(name, rule))

    def before(self, anchor: str, name: str, rule: R) -> None:
        """Add a rule just before the rule named ``anchor``."""
        self._check_new(name)
        self._entries.insert(self._index(anchor), _Entry(name, rule))

    def after(self, anchor: str, name: str, rule: R) -> None:
        """Add a rule just after the rule named ``anchor``."""
        self._check_new(name)
        self._entries.insert(self._index(anchor) + 1, _Entry(name, rule))

    def at(self, name: str, rule: R) -> None:
        """Replace the rule named ``name``, keeping its place."""
        self._entries[self._index(name)].rule = rule

    def enable(self, *names: str) -> None:
        for name in names:
            self._entries[self._index(name)].enabled = True

    def disable(self, *names: str) -> None:
        for name in names:
            self._entries[self._index(name)].enabled = False

    def copy(self) -> Ruler[R]:
        """An independent chain with the same rules, to compose another pack's from."""
        out: Ruler[R] = Ruler()
        out._entries = [_Entry(e.name, e.rule, e.enabled) for e in self._entries]
        return out

    def _index(self, name: str) -> int:
        for i, e in enumerate(self._entries):
            if e.name == name:
                return i
        raise KeyError(f"no rule named {name!r} (rules: {', '.join(self.names())})")

    def _check_new(self, name: str) -> None:
        if name in self.names():
            raise ValueError(f"a rule named {name!r} is already in the chain")
