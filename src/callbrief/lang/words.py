"""A pack's word lists, read from its ``words.toml`` once."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from typing import Any

from callbrief.model.values import Unit


@cache
def words(package: str) -> dict[str, Any]:
    """The tables of ``words.toml`` in ``package`` (``callbrief.lang.zh``...)."""
    return tomllib.loads((files(package) / "words.toml").read_text(encoding="utf-8"))


def units(package: str) -> dict[str, Unit]:
    """Unit words (lower case, spaces removed) and the unit each names."""
    return {k: Unit(v) for k, v in words(package)["units"].items()}


def scales(package: str) -> dict[str, int]:
    """Magnitude words (lower case) and their multipliers."""
    return {k: int(v) for k, v in words(package)["scales"].items()}
