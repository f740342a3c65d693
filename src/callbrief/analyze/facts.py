"""Reading one clause: its amounts' roles (value, prior value, change, equivalent), and
qualitative statements, as ``Fact``s to be merged into metrics."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from callbrief.amounts import AmountMatch
from callbrief.analyze.glossary import Entity, Glossary, Measure
from callbrief.formatting import format_value
from callbrief.model import PeriodRef
from callbrief.model.values import Unit

_UP = r"增长|增加|上升|提高|提升|改善|增幅为?|增速为?|年增|攀升|加速至?|增长至|(?<=同期|同比)多"
_DOWN = r"负增长|下降|减少|降低|下滑|下跌|恶化|降幅为?|年减|减至|(?<=同期|同比)少"
_CHANGE_BEFORE = re.compile(rf"(?P<dir>{_UP}|{_DOWN})\s*(?:了)?\s*(?:约)?\s*$")
# A bound is not a figure: "已超过 1,850 万" is kept as words, never as the value 1,850 万.
_BOUND = re.compile(r"(?P<bound>超过|逾|近|接近|不到|不足|高于|低于)\s*$")
_BOUND_EN = {
    "超过": "more than", "逾": "more than", "高于": "more than", "近": "nearly",
    "接近": "nearly", "不到": "less than", "不足": "less than", "低于": "less than",
}  # fmt: skip
# Quarter-on-quarter: not a year-over-year change, and not recorded.
_QOQ = re.compile(
    r"(?:环比|(?:相?较于?|比|对比)\s*(?:上一?个?季度|\d{1,2}\s*月份?季度))"
    r"\s*(?:的)?\s*(?:增长|增加|上升|提高|提升|下降|减少|降低|下滑|下跌|加快|放缓)?"
    r"\s*(?:了)?\s*(?:约)?\s*$"
)  # "增长相较于上季度加速至 7%" is a year-over-year rate reaching a level: no 至 here
# "从 450 亿元增长至 500 亿元": the first amount is a starting point, the second the figure.
# A starting point a year ago is the prior value; one in another period (由上季度的 3%) is not.
_FROM = re.compile(
    r"(?<![自理缘经借])(?:从|由)(?!于)\s*"
    r"(?P<when>去年同期|上年同期|去年同一季度|上一?个?季度)?\s*(?:的)?\s*$"
)
_A_YEAR_AGO = re.compile(r"^(?:去年同期|上年同期|去年同一季度)?$")
_YEAR_ON_YEAR = re.compile(r"同比|去年同期|上年同期|去年同一季度")
_DOWN_WORD = re.compile(_DOWN)
_GROWTH_AFTER = re.compile(r"^\s*的\s*(?:同比)?\s*(?:营收|收入)?\s*(?:增长|增幅|增速)")
_LEVEL_BEFORE = re.compile(r"(?:至|达到|为|是)\s*$")
_PRIOR = re.compile(r"(?:去年|上年)同(?:期|一季度)")
_EQUIVALENT = re.compile(r"约合|相当于|约占|(?:^|\S)\s*或\s*$")
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
    origins: dict[str, list[int]] = field(default_factory=dict)
    """For each stated field (value, yoy_pct, prior_value, qualitative): the indices in
    ``sources`` of the sentences that state it."""


@dataclass(frozen=True, slots=True)
class ClauseReading:
    """What a clause states: the main fact (may be empty) and separate facts beside it."""

    main: Fact
    others: list[Fact]


def read_amounts(clause: str, amounts: list[AmountMatch], main: Fact) -> ClauseReading:
    """Give each amount of the clause its role in ``main`` or in a fact of its own."""
    others: list[Fact] = []
    previous_end = 0
    year_on_year = bool(_YEAR_ON_YEAR.search(clause))
    for a in amounts:
        before, after = clause[previous_end : a.start], clause[a.end :]
        previous_end = a.end
        unit, value = a.amount.unit, a.amount.value
        if _QOQ.search(before):
            continue
        if _BOUND.search(before):
            _read_bound(main, clause, a, unit)
            continue
        if start := _FROM.search(before):  # a starting point: the prior value when a year ago
            if year_on_year and _A_YEAR_AGO.match(start["when"] or "") and main.prior_value is None:
                main.prior_value = value
            continue
        if unit in (Unit.PERCENT, Unit.PERCENTAGE_POINTS):
            _read_ratio(main, others, clause[: a.start], before, after, value, unit)
            continue
        if unit is None:
            if main.measure.unit is None:
                continue  # a bare 100 亿 with no stated unit: nothing to be sure of
            unit = main.measure.unit
        change = _CHANGE_BEFORE.search(before)
        if change and not change["dir"].endswith("至"):  # 增长人民币 50 亿元: a change, not a level
            signed = -abs(value) if _DOWN_WORD.fullmatch(change["dir"]) else abs(value)
            others.append(
                _beside(main, value=signed, unit=unit, measure=_change_of(main.measure, unit))
            )
        elif _PRIOR.search(before):
            main.prior_value = value
        elif main.value is None and not _EQUIVALENT.search(before):
            main.value, main.unit = value, unit
        else:
            others.append(_beside(main, value=value, unit=unit))
    return ClauseReading(main, others)


def _read_ratio(
    main: Fact, others: list[Fact], head: str, before: str, after: str, value: Decimal, unit: Unit
) -> None:
    change = _CHANGE_BEFORE.search(before)
    signed = -value if change and _DOWN_WORD.fullmatch(change["dir"]) else value
    if unit is Unit.PERCENTAGE_POINTS:
        if main.measure.kind == "ratio":  # points of a growth rate would be misread as a margin's
            others.append(
                _beside(main, value=signed, unit=unit, measure=_change_of(main.measure, unit))
            )
    elif main.measure.kind == "ratio" and _PRIOR.search(before) and not change:
        main.prior_value = value  # 利润率为 17%，去年同期为 15%
    elif (change and not change["dir"].endswith("至")) or _GROWTH_AFTER.match(after):
        main.yoy_pct = signed
    elif main.measure.kind == "ratio":
        if main.value is None:
            main.value, main.unit = value, unit
        else:
            others.append(_beside(main, value=value, unit=unit))
    elif change or (_LEVEL_BEFORE.search(before) and re.search(_UP, head)):
        main.yoy_pct = value  # 增长…加速至 7%: the growth rate reached 7%


def _read_bound(main: Fact, clause: str, a: AmountMatch, unit: Unit | None) -> None:
    """Keep "超过 1,850 万" (or "增长超过 20%") verbatim as a qualitative statement."""
    bound = _BOUND.search(clause[: a.start])
    assert bound is not None
    change = _CHANGE_BEFORE.search(clause[: bound.start()])
    first = change.start() if change else bound.start()
    direction = ""
    if change:
        direction = "down " if _DOWN_WORD.fullmatch(change["dir"]) else "up "
    shown = format_value(abs(a.amount.value), unit or main.measure.unit, "en")
    main.qualitative = clause[first : a.end].strip()
    main.qualitative_en = f"{direction}{_BOUND_EN[bound['bound']]} {shown}"


def _beside(main: Fact, *, value: Decimal, unit: Unit, measure: Measure | None = None) -> Fact:
    return Fact(main.subject, measure or main.measure, main.period, main.basis, value, unit)


def _change_of(measure: Measure, unit: Unit) -> Measure:
    """The measure "year-over-year change in X" (利润率提高 3 个百分点; 收入增长人民币 50 亿元)."""
    en = f"Change in {measure.en[0].lower()}{measure.en[1:]}"
    kind = "ratio" if unit is Unit.PERCENTAGE_POINTS else measure.kind
    return Measure(
        f"{measure.key}_change", f"{measure.zh}变动", en,
        kind, unit, measure.group_scope, measure.priority, (),
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
