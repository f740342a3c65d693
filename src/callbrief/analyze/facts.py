"""Reading one clause: its amounts' roles (value, prior value, change, equivalent), and
qualitative statements, as ``Fact``s to be merged into metrics."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from callbrief.amounts import AmountMatch, Unit
from callbrief.analyze.glossary import Entity, Glossary, Measure
from callbrief.analyze.periods import PeriodRef

_UP = r"增长|增加|上升|提高|提升|增幅为?|增速为?|年增|攀升|加速至?|增长至"
_DOWN = r"下降|减少|降低|下滑|下跌|降幅为?|年减|减至"
_CHANGE_BEFORE = re.compile(rf"(?P<dir>{_UP}|{_DOWN})\s*(?:了|约)?\s*$")
_DOWN_WORD = re.compile(_DOWN)
_GROWTH_AFTER = re.compile(r"^\s*的\s*(?:同比)?\s*(?:营收|收入)?\s*(?:增长|增幅|增速)")
_LEVEL_BEFORE = re.compile(r"(?:至|达到|为|是)\s*$")
_PRIOR = re.compile(r"(?:去年|上年)同(?:期|一季度)")
_EQUIVALENT = re.compile(r"约合|相当于|约占|(?:^|\S)\s*或\s*$")
_QOQ = re.compile(r"环比")
_LOSS_NARROWED = re.compile(r"亏损(?:都)?(?:实现了|继续)?(?P<adv>显著|大幅|明显)?(?:收窄|收敛)")
ADVERBS = {"显著": " significantly", "大幅": " substantially", "明显": " markedly"}


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
    sources: list[tuple[int, str, str]] = field(default_factory=list)
    """(turn, speaker id, sentence)."""


@dataclass(frozen=True, slots=True)
class ClauseReading:
    """What a clause states: the main fact (may be empty) and separate facts beside it."""

    main: Fact
    others: list[Fact]


def read_amounts(clause: str, amounts: list[AmountMatch], main: Fact) -> ClauseReading:
    """Give each amount of the clause its role in ``main`` or in a fact of its own."""
    others: list[Fact] = []
    previous_end = 0
    for a in amounts:
        before, after = clause[previous_end : a.start], clause[a.end :]
        previous_end = a.end
        unit, value = a.amount.unit, a.amount.value
        if unit in (Unit.PERCENT, Unit.PERCENTAGE_POINTS):
            _read_ratio(main, others, clause[: a.start], before, after, value, unit)
            continue
        if unit is None:
            if main.measure.unit is None:
                continue  # a bare 100 亿 with no stated unit: nothing to be sure of
            unit = main.measure.unit
        if _PRIOR.search(before) and not _CHANGE_BEFORE.search(before):
            main.prior_value = value
        elif main.value is None and not _EQUIVALENT.search(before):
            main.value, main.unit = value, unit
        else:
            others.append(_beside(main, value=value, unit=unit))
    return ClauseReading(main, others)


def _read_ratio(
    main: Fact, others: list[Fact], head: str, before: str, after: str, value: Decimal, unit: Unit
) -> None:
    if _QOQ.search(before):
        return  # quarter-on-quarter: not a year-over-year change, not recorded
    change = _CHANGE_BEFORE.search(before)
    signed = -value if change and _DOWN_WORD.fullmatch(change["dir"]) else value
    if unit is Unit.PERCENTAGE_POINTS:
        others.append(_beside(main, value=signed, unit=unit, measure=_change_of(main.measure)))
    elif (change and not change["dir"].endswith("至")) or _GROWTH_AFTER.match(after):
        main.yoy_pct = signed
    elif main.measure.kind == "ratio":
        if main.value is None:
            main.value, main.unit = value, unit
        else:
            others.append(_beside(main, value=value, unit=unit))
    elif change or (_LEVEL_BEFORE.search(before) and re.search(_UP, head)):
        main.yoy_pct = value  # 增长…加速至 7%: the growth rate reached 7%


def _beside(main: Fact, *, value: Decimal, unit: Unit, measure: Measure | None = None) -> Fact:
    return Fact(main.subject, measure or main.measure, main.period, main.basis, value, unit)


def _change_of(measure: Measure) -> Measure:
    """The measure "change in X, in percentage points" (利润率提高 3 个百分点)."""
    en = f"Change in {measure.en[0].lower()}{measure.en[1:]}"
    return Measure(
        f"{measure.key}_change", f"{measure.zh}变动", en,
        "ratio", Unit.PERCENTAGE_POINTS, measure.group_scope, measure.priority, (),
    )  # fmt: skip


def qualitative(clause: str, glossary: Glossary) -> list[tuple[int, str, str, bool]]:
    """(position, words, English, is_loss) of each qualitative statement in a clause."""
    found: list[tuple[int, str, str, bool]] = []
    if glossary.magnitudes:
        words = "|".join(sorted(map(re.escape, glossary.magnitudes), key=len, reverse=True))
        # 三位数增长 and 三位数的同比增长 say the same: growth rates are year-over-year.
        growth = re.compile(rf"(?P<mag>{words})\s*(?:的)?\s*(?:同比)?\s*(?:增长|增速)")
        for m in growth.finditer(clause):
            found.append((m.start(), m[0], f"{glossary.magnitudes[m['mag']]} growth", False))
    for m in _LOSS_NARROWED.finditer(clause):
        found.append((m.start(), m[0], f"loss narrowed{ADVERBS.get(m['adv'] or '', '')}", True))
    return found
