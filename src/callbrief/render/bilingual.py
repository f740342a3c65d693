"""The same thing said in Chinese and English, and small formatters shared by the views."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from callbrief.model import Speaker


@dataclass(frozen=True, slots=True)
class Text:
    """The same thing said in Chinese and in English (either may be None)."""

    zh: str | None
    en: str | None


def pct(value: Decimal | None, suffix: str = "%") -> str:
    """A signed percentage for tables: ``+5%``, ``-5%``; empty when not stated."""
    if value is None:
        return ""
    return f"{'+' if value > 0 else ''}{value}{suffix}"


def name_text(s: Speaker) -> Text:
    """A speaker's name as written, and in English."""
    return Text(s.name, s.name_en)
