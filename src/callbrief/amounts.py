"""Finding amounts in a text: the language-neutral loop over a pack's recognisers.

Each language pack lists its ``Recogniser``s (``lang/zh/amounts.py``, ``lang/en/amounts.py``);
``find_amounts`` runs them in order, the first to claim a span keeps it, and gives each
amount its sign (a loss named before it, a minus sign). Values are exact ``Decimal``s in base
units (yuan, dollars, shares, percent).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from callbrief.model.values import Amount

_LOSS_WINDOW = 64
"""How far before an amount a loss word is looked for (it stands in the same clause)."""
TOO_LARGE = Decimal(10) ** 18
"""An amount this large is a run of digits, not a figure of any company's call."""
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
"""Digits as transcripts write them after ingest: ``1,234.5``, ``12``, ``0.55``."""


class Occupied:
    """Which characters of a text a match has claimed: overlap checks in the length of the
    match, not in the number of matches so far (a long line of amounts stays linear)."""

    def __init__(self, length: int) -> None:
        self._taken = bytearray(length)

    def overlaps(self, start: int, end: int) -> bool:
        return any(self._taken[start:end])

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)


@dataclass(frozen=True, slots=True)
class AmountMatch:
    """An amount found in a text, with where it stands and whether it was stated as a loss."""

    amount: Amount
    start: int
    end: int
    loss: bool
    """Stated as a loss (a loss word before it): value < 0."""


@dataclass(frozen=True, slots=True)
class Recogniser:
    """One way a language writes amounts: a pattern, and how to read a match of it."""

    name: str
    pattern: re.Pattern[str]
    read: Callable[[re.Match[str]], Amount | None]
    """The amount a match states; None when the match is not one (a bare year, say)."""
    signed: bool = True
    """Whether a loss word before it or a ``neg``/``minus`` group makes it negative."""


def find_amounts(
    text: str, recognisers: Sequence[Recogniser], loss_before: re.Pattern[str]
) -> list[AmountMatch]:
    """Every amount stated in ``text``, in order. Bare numbers without unit or scale are skipped."""
    found: list[AmountMatch] = []
    taken = Occupied(len(text))
    for recogniser in recognisers:
        for m in recogniser.pattern.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            amount = recogniser.read(m)
            if amount is None or abs(amount.value) >= TOO_LARGE:
                continue  # not an amount, or more than any call states (a run of digits)
            loss = False
            if recogniser.signed:
                loss = bool(loss_before.search(text[max(0, m.start() - _LOSS_WINDOW) : m.start()]))
                signed = bool(m.groupdict().get("neg") or m.groupdict().get("minus"))
                if loss or signed:
                    amount = Amount(-abs(amount.value), amount.unit)
            found.append(AmountMatch(amount, m.start(), m.end(), loss))
            taken.take(m.start(), m.end())
    return sorted(found, key=lambda a: a.start)


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def stated_scale(text: str, value: Decimal) -> Decimal | None:
    """The scale an amount's words give its first digits (``160 亿元`` read as 16,000,000,000:
    10**8; ``$1.83 billion``: 10**9), for the other end of a range said without its own; None
    when the text shows no digits, or only zero."""
    digits = _DIGITS.search(text)
    said = Decimal(digits[0].replace(",", "")) if digits else Decimal(0)
    return value / said if said else None
