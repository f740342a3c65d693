"""What is derived from an object that is never changed once made (a glossary, its tuple of
entities, a mapping of magnitudes), kept for the objects last asked about and found again by
identity: a call's thousands of clauses are read with one glossary, and hashing it (or
rebuilding a key from it) for each would cost more than the lookup saves."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class ByIdentity(Generic[K, V]):
    """``derive(obj)``, made once for each of the last ``keep`` objects asked about (all are
    forgotten when one more comes). Each object is held with what was made of it, so its id
    cannot pass to another object while it is here."""

    def __init__(self, derive: Callable[[K], V], keep: int = 1) -> None:
        self._derive = derive
        self._keep = keep
        self._made: dict[int, tuple[K, V]] = {}

    def __call__(self, obj: K) -> V:
        entry = self._made.get(id(obj))
        if entry is None or entry[0] is not obj:
            if len(self._made) >= self._keep:
                self._made.clear()
            entry = self._made[id(obj)] = obj, self._derive(obj)
        return entry[1]
