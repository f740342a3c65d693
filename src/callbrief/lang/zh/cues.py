"""The Chinese cue rules: which words around an amount give it its role.

An ordered, named chain (``callbrief.lang.rules.Ruler``): the first rule that reads the
amount ends the chain for it. Another pack can copy the chain and add rules ``before`` or
``after`` a named one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

from callbrief.amounts import stated_scale
from callbrief.analyze.facts import Cue, CueRule, bare_number, beside
from callbrief.analyze.glossary import Measure
from callbrief.lang.en.wording import format_value as english
from callbrief.lang.patterns import alternation, keyed_pattern
from callbrief.lang.rules import Ruler
from callbrief.lang.words import words
from callbrief.model.values import Unit, exact

_UP = (
    r"增长|成长|增加|上升|提高|提升|改善|增幅为?|增速为?|年增|攀升|加速至?|增长至|(?<=同期|同比)多"
)
_DOWN = r"负增长|衰退|下降|减少|降低|下滑|下跌|恶化|降幅为?|年减|减至|(?<=同期|同比)少"
_CHANGE_BEFORE = re.compile(rf"(?P<dir>{_UP}|{_DOWN})\s*(?:了)?\s*(?:约)?\s*$")
_TO = "至"
"""A change word ending in 至 reaches a level (增长至 500 亿元): the amount is the level."""
BOUNDS: Mapping[str, str] = words("callbrief.lang.zh")["bounds"]
# A bound is not a figure: "已超过 1,850 万" is kept as words, never as the value 1,850 万.
_BOUND = re.compile(rf"(?P<bound>{'|'.join(BOUNDS)})\s*$")
# Quarter-on-quarter: not a year-over-year change, and not recorded.
_QOQ = re.compile(
    r"(?:环比|季增|季减|(?:相?较于?|比|对比)\s*(?:上一?个?(?:财?季度?|财季)|\d{1,2}\s*月份?季度))"
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
ADVERBS: Mapping[str, str] = words("callbrief.lang.zh")["adverbs"]
_DESCRIBES = re.compile(r"^\s*的\s*(?!同比|增长|水平|规模|高位)[\u4e00-\u9fff]")
"""超过 1 万元的创作者: a bound that qualifies a noun."""
_IMPACT = re.compile(r"影响(?:大约|约|将)?(?:为|是|在|达到?)?\s*(?:约|大约)?\s*$|每变动\s*$")


def quarter_on_quarter(cue: Cue) -> bool:
    """环比 / 较上季度: not a year-over-year figure, and not recorded."""
    return bool(_QOQ.search(cue.before))


def bound(cue: Cue) -> bool:
    """超过 1,850 万 (or 增长超过 20%): kept verbatim as a qualitative statement; a bound that
    describes the noun after it (收入超过 1 万元的创作者) states no figure at all."""
    found = _BOUND.search(cue.head) if _BOUND.search(cue.before) else None
    if found is None:
        return False
    if _DESCRIBES.match(cue.after):
        return True
    main, a = cue.main, cue.amount
    change = _CHANGE_BEFORE.search(cue.clause[: found.start()])
    first = change.start() if change else found.start()
    direction = ""
    if change:
        direction = "down " if _DOWN_WORD.fullmatch(change["dir"]) else "up "
    shown = english(abs(a.amount.value), cue.unit or main.measure.unit)
    main.qualitative = cue.clause[first : a.end].strip()
    main.qualitative_en = f"{direction}{BOUNDS[found['bound']]} {shown}"
    return True


def starting_point(cue: Cue) -> bool:
    """从 450 亿元增长至…: the starting point; the prior value when it was a year ago."""
    start = _FROM.search(cue.before)
    if not start:
        return False
    year_on_year = bool(_YEAR_ON_YEAR.search(cue.clause))
    if year_on_year and _A_YEAR_AGO.match(start["when"] or "") and cue.main.prior_value is None:
        cue.main.prior_value = cue.value
    return True


def ratio(cue: Cue) -> bool:
    """A percentage or points: a growth rate, a margin, its prior value or its change."""
    unit = cue.unit
    if unit not in (Unit.PERCENT, Unit.PERCENTAGE_POINTS):
        return False
    main, value = cue.main, cue.value
    change = _CHANGE_BEFORE.search(cue.before)
    signed = -value if change and _DOWN_WORD.fullmatch(change["dir"]) else value
    if unit is Unit.PERCENTAGE_POINTS:
        if main.measure.kind == "ratio":  # points of a growth rate would be misread as a margin's
            cue.others.append(
                beside(main, value=signed, unit=unit, measure=change_of(main.measure, unit))
            )
    elif main.measure.kind == "ratio" and _PRIOR.search(cue.before) and not change:
        main.prior_value = value  # 利润率为 17%，去年同期为 15%
    elif main.kind == "guidance" and main.measure.kind != "ratio" and unit is Unit.PERCENT:
        if change or _GROWTH_AFTER.match(cue.after) or _YEAR_ON_YEAR.search(cue.before):
            # 预计广告收入同比增长 10%: expected growth, a point range of its own
            growth = growth_of(main.measure)
            cue.others.append(beside(main, value=signed, unit=unit, measure=growth))
    elif main.kind == "guidance" and main.measure.kind == "ratio":
        if main.low is None and not change:
            main.low = main.high = value
            main.unit = unit
    elif (change and not change["dir"].endswith(_TO)) or _GROWTH_AFTER.match(cue.after):
        main.yoy_pct = signed
    elif main.measure.kind == "ratio":
        if main.value is None:
            main.value, main.unit = value, unit
        else:
            cue.others.append(beside(main, value=value, unit=unit))
    elif change or (_LEVEL_BEFORE.search(cue.before) and re.search(_UP, cue.head)):
        main.yoy_pct = value  # 增长…加速至 7%: the growth rate reached 7%
    return True


def change_amount(cue: Cue) -> bool:
    """增长人民币 50 亿元: a change stated as an amount, not a level."""
    change = _CHANGE_BEFORE.search(cue.before)
    if not change or change["dir"].endswith(_TO) or cue.unit is None:
        return False
    signed = -abs(cue.value) if _DOWN_WORD.fullmatch(change["dir"]) else abs(cue.value)
    measure = change_of(cue.main.measure, cue.unit)
    cue.others.append(beside(cue.main, value=signed, unit=cue.unit, measure=measure))
    return True


def prior_value(cue: Cue) -> bool:
    """去年同期为…: the value a year earlier."""
    if not _PRIOR.search(cue.before):
        return False
    cue.main.prior_value = cue.value
    return True


def value(cue: Cue) -> bool:
    """The clause's figure: its first amount not stated as an equivalent (guidance's: a point,
    or a range whose low end is a bare number, 150 至 160 亿元)."""
    main = cue.main
    if _EQUIVALENT.search(cue.before):
        return False
    if main.kind == "guidance":
        if main.low is not None or cue.unit is None:
            return False
        low = _bare_low(cue)
        main.low, main.high, main.unit = min(low, cue.value), max(low, cue.value), cue.unit
        return True
    if main.value is not None:
        return False
    main.value, main.unit = cue.value, cue.unit
    return True


_RANGE_JOIN = r"\s*(?:至|到|-|–|—|~|～)\s*"
_BARE_LOW = re.compile(rf"(?<![\d.,])(?P<n>\d[\d,]*(?:\.\d+)?){_RANGE_JOIN}$")
_JOINED = re.compile(rf"^(?:元|美元|港元)?{_RANGE_JOIN}$")


def _bare_low(cue: Cue) -> Decimal:
    """150 至 160 亿元: the low end is said without its scale, which is the high end's."""
    found = _BARE_LOW.search(cue.before)
    scale = stated_scale(cue.clause[cue.amount.start : cue.amount.end], cue.value)
    if not found or scale is None:
        return cue.value
    return exact(Decimal(found["n"].replace(",", "")) * scale)


def value_range(cue: Cue) -> bool:
    """预计收入在 150 亿元至 160 亿元之间, 介于 5.5 亿至 6 亿美元, 同比增长 7% 至 12%: guidance's
    low and high ends (from 从 X 至 Y, a change, it is not)."""
    if cue.main.kind != "guidance" or _FROM.search(cue.before):
        return False
    before, bare = cue.before, _BARE_LOW.search(cue.before)
    nxt = cue.following[0] if cue.following else None
    if nxt and _JOINED.match(cue.clause[cue.amount.end : nxt.start]):
        unit = nxt.amount.unit or cue.unit
        if cue.unit is not None and unit is not None and cue.unit.currency != unit.currency:
            return False
        cue.consumed.add(nxt.start)
        low, high = sorted((cue.value, nxt.amount.value))
    elif bare:  # 下降 60 至 80 个基点
        unit, before = cue.unit, cue.before[: bare.start()]
        low, high = sorted((_bare_low(cue), cue.value))
    else:
        return False
    if unit is not None and unit.currency and cue.main.measure.kind == "per_share":
        unit = unit.per_share()
    main = cue.main
    change = _CHANGE_BEFORE.search(before)
    if change and _DOWN_WORD.fullmatch(change["dir"]):
        low, high = -high, -low  # 下降 60 至 80 个基点
    growth = unit is Unit.PERCENT and main.measure.kind != "ratio"
    if growth or unit is Unit.PERCENTAGE_POINTS:  # a growth rate's range, or a change's
        assert unit is not None
        measure = growth_of(main.measure) if growth else change_of(main.measure, unit)
        fact = beside(main, value=low, unit=unit, measure=measure)
        fact.low, fact.high = low, high
        cue.others.append(fact)
    elif main.low is None and unit is not None:
        main.low, main.high, main.unit = low, high, unit
    return True


def equivalent(cue: Cue) -> bool:
    """约合… / a second amount: the same figure in another unit, a fact beside the main one."""
    if cue.unit is None:
        return False
    cue.others.append(beside(cue.main, value=cue.value, unit=cue.unit))
    return True


def impact(cue: Cue) -> bool:
    """对…的影响大约为 1.2 亿元: the effect of something on the measure, not the measure."""
    return bool(_IMPACT.search(cue.before))


def per_share(cue: Cue) -> bool:
    """每股盈利为人民币 2.85 元: a per-share measure's amount of money is per share."""
    if cue.unit is not None and cue.unit.currency and cue.main.measure.kind == "per_share":
        cue.unit = cue.unit.per_share()
    return False


def change_of(measure: Measure, unit: Unit) -> Measure:
    """The measure "year-over-year change in X" (利润率提高 3 个百分点; 收入增长人民币 50 亿元)."""
    en = f"Change in {measure.en[0].lower()}{measure.en[1:]}"
    kind = "ratio" if unit is Unit.PERCENTAGE_POINTS else measure.kind
    return Measure(
        f"{measure.key}_change", f"{measure.zh}变动", en,
        kind, unit, measure.group_scope, measure.priority, (),
    )  # fmt: skip


def growth_of(measure: Measure) -> Measure:
    """The measure "growth of X" (a growth rate stated as guidance: 5% to 9% sales growth)."""
    en = f"{measure.en} growth"
    return Measure(
        f"{measure.key}_growth", f"{measure.zh}增长", en,
        "ratio", Unit.PERCENT, measure.group_scope, measure.priority, (),
    )  # fmt: skip


CUES: Ruler[CueRule] = Ruler(
    [
        ("quarter_on_quarter", quarter_on_quarter),
        ("impact", impact),
        ("bound", bound),
        ("value_range", value_range),
        ("starting_point", starting_point),
        ("ratio", ratio),
        ("bare_number", bare_number),
        ("per_share", per_share),
        ("change_amount", change_amount),
        ("prior_value", prior_value),
        ("value", value),
        ("equivalent", equivalent),
    ]
)


def _growth_pattern(magnitudes: tuple[str, ...]) -> re.Pattern[str]:
    """A magnitude in words said of growth. 三位数增长 and 三位数的同比增长 say the same:
    growth rates are year-over-year."""
    words = alternation(magnitudes)
    return re.compile(rf"(?P<mag>{words})\s*(?:的)?\s*(?:同比)?\s*(?:增长|增速)")


_growth = keyed_pattern(_growth_pattern)


def qualitative(clause: str, magnitudes: Mapping[str, str]) -> list[tuple[int, str, str, bool]]:
    """(position, words, English, is_loss) of each qualitative statement in a clause."""
    found: list[tuple[int, str, str, bool]] = []
    if magnitudes:
        for m in _growth(magnitudes).finditer(clause):
            found.append((m.start(), m[0], f"{magnitudes[m['mag']]} growth", False))
    for m in _LOSS_NARROWED.finditer(clause):
        found.append((m.start(), m[0], f"loss narrowed{ADVERBS.get(m['adv'] or '', '')}", True))
    return found
