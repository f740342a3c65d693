"""Reading one clause: its amounts' roles (value, prior value, change, equivalent), as
``Fact``s to be merged into metrics.

The roles come from the cue words around each amount; which words and in what order is the
language pack's chain of ``CueRule``s (``lang/zh/cues.py``). This module runs the chain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from callbrief.amounts import AmountMatch
from callbrief.analyze.glossary import Entity, Measure
from callbrief.model import PeriodRef
from callbrief.model.values import Unit


@dataclass(slots=True)
class Fact:
    """One statement about one business and measure, before merging."""

    subject: Entity | None
    measure: Measure
    period: PeriodRef | None
    basis: str | None
    value: Decimal | None = None
    unit: Unit | None = None
    yoy_pct: Decimal | None = None
    prior_value: Decimal | None = None
    qualitative: str | None = None
    qualitative_en: str | None = None
    kind: str = "actual"
    """``actual`` or ``guidance``; ``replaced`` for the range a guidance replaces (read for how
    the guidance changed, then dropped)."""
    low: Decimal | None = None
    high: Decimal | None = None
    qoq_pct: Decimal | None = None
    guidance_change: str | None = None
    sources: list[tuple[int, str, str]] = field(default_factory=list)
    """(turn, speaker id, sentence)."""
    origins: dict[str, list[int]] = field(default_factory=dict)
    """For each stated field (value, yoy_pct, prior_value, qualitative): the indices in
    ``sources`` of the sentences that state it."""


@dataclass(frozen=True, slots=True)
class ClauseReading:
    """What a clause states: the main fact (may be empty) and separate facts beside it."""

    main: Fact
    others: list[Fact]


@dataclass(slots=True)
class Cue:
    """One amount of a clause, with the text around it, as the cue rules read it."""

    clause: str
    amount: AmountMatch
    before: str
    """The clause's text from the previous amount (or the clause's start) to this one."""
    after: str
    """The clause's text after this amount."""
    main: Fact
    """The clause's main fact, which the rules fill in."""
    others: list[Fact]
    """Facts beside the main one (a change stated as an amount, an equivalent...)."""
    unit: Unit | None
    """The amount's unit; a rule may supply it (a bare count takes the measure's unit)."""
    following: tuple[AmountMatch, ...] = ()
    """The clause's amounts after this one."""
    consumed: set[int] = field(default_factory=set)
    """Starts of later amounts a rule has read with this one (the high end of a range)."""

    @property
    def value(self) -> Decimal:
        return self.amount.amount.value

    @property
    def head(self) -> str:
        """The clause up to this amount."""
        return self.clause[: self.amount.start]


CueRule = Callable[[Cue], bool]
"""Reads an amount's role from its cues; True when it has (the chain stops), False to go on."""


def read_amounts(
    clause: str, amounts: list[AmountMatch], main: Fact, rules: Iterable[CueRule]
) -> ClauseReading:
    """Give each amount of the clause its role in ``main`` or in a fact of its own."""
    chain = list(rules)
    others: list[Fact] = []
    consumed: set[int] = set()
    previous_end = 0
    for n, a in enumerate(amounts):
        if a.start in consumed:
            previous_end = a.end
            continue
        before, after = clause[previous_end : a.start], clause[a.end :]
        cue = Cue(clause, a, before, after, main, others, a.amount.unit, tuple(amounts[n + 1 :]))
        cue.consumed = consumed
        previous_end = a.end
        stated = main.value, main.prior_value
        for rule in chain:
            if rule(cue):
                break
        if not _fits(main.measure, cue.unit):  # "up from 120%" is no prior revenue of US$120
            if main.value != stated[0]:
                main.value, main.unit = stated[0], None if stated[0] is None else main.unit
            main.prior_value = stated[1]
    return ClauseReading(main, others)


def _fits(measure: Measure, unit: Unit | None) -> bool:
    """Whether an amount of ``unit`` can be a value of ``measure``: money is never a percent or
    a count of customers (a buy-back may be counted in shares), a ratio never money, a count
    never money."""
    if unit is None:
        return True
    ratio = unit in (Unit.PERCENT, Unit.PERCENTAGE_POINTS)
    if measure.kind in ("money", "per_share"):
        return unit.is_currency or unit in (Unit.SHARES, Unit.ADS)
    if measure.kind == "ratio":
        return ratio
    return not unit.is_currency and not ratio


def bare_number(cue: Cue) -> bool:
    """A number with no unit (``100 亿``, ``3.1 million``): the measure's unit (members), else
    nothing to be sure of. A rule every language's chain uses."""
    if cue.unit is not None:
        return False
    if cue.main.measure.unit is None:
        return True
    cue.unit = cue.main.measure.unit
    return False


def beside(main: Fact, *, value: Decimal, unit: Unit, measure: Measure | None = None) -> Fact:
    """A fact beside the main one: same business, period, basis and kind."""
    fact = Fact(main.subject, measure or main.measure, main.period, main.basis, value, unit)
    fact.kind, fact.guidance_change = main.kind, main.guidance_change
    if main.kind == "guidance":  # what management expects is a range, a point its own ends
        fact.value, fact.low, fact.high = None, value, value
    return fact


def replaced(main: Fact, low: Decimal, high: Decimal) -> Fact:
    """The guidance range ``main``'s replaces (``up from our prior range of $2.02 billion to
    $2.04 billion``): not a figure; it tells whether the new one was raised or lowered."""
    fact = beside(main, value=low, unit=main.unit or Unit.PERCENT)
    fact.kind, fact.value, fact.low, fact.high = "replaced", None, low, high
    return fact


def changed_from(facts: list[Fact]) -> list[Fact]:
    """Each guidance said beside the range it replaces is raised, lowered or reaffirmed by the
    ranges' midpoints, whatever other words its sentence uses; the replaced ranges go."""
    out: list[Fact] = []
    for fact in facts:
        if fact.kind != "replaced":
            out.append(fact)
            continue
        new = next(
            (
                f
                for f in reversed(out)
                if f.kind == "guidance" and f.measure.key == fact.measure.key
            ),
            None,
        )
        if new is None or None in (new.low, new.high, fact.low, fact.high):
            continue
        assert new.low is not None and new.high is not None
        assert fact.low is not None and fact.high is not None
        now, then = new.low + new.high, fact.low + fact.high
        new.guidance_change = "raised" if now > then else "lowered" if now < then else "reaffirmed"
    return out
