"""The English cue rules: which words around an amount give it its role.

English puts many cues after the figure ("$4.2 billion, up 5% year-over-year"; "compared to
$3.9 billion in the prior-year quarter"; "down 2% sequentially"; "9% in constant currency"),
so several rules read ``cue.after`` as well as ``cue.before``. Ranges ("$1.82 billion to
$1.83 billion") are read as one figure: the low and high ends of guidance.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

from callbrief.amounts import stated_scale
from callbrief.analyze.facts import Cue, CueRule, Fact, bare_number, beside, replaced
from callbrief.lang.en.clauses import DESCRIBED
from callbrief.lang.en.vocabulary import MARGIN_OF, PER_SHARE_OF, vocabulary_measure
from callbrief.lang.en.wording import format_value as english
from callbrief.lang.patterns import alternation, keyed_pattern
from callbrief.lang.rules import Ruler
from callbrief.lang.zh.cues import change_of, growth_of
from callbrief.model.values import Unit, exact

_UP = (
    r"up|grew|grow|grows|growing|growth\s+of|increased?|increasing|rose|rising|higher\s+by|"
    r"expanded|expanding|improved|improving|gained|climbed|jumped|accelerated\s+to|an\s+increase\s+of|"
    r"a\s+gain\s+of|a\s+rise\s+of|increase\s+of|added|adding|net\s+add(?:ition)?s\s+of"
)
_DOWN = (
    r"down|declined?|declining|decreased?|decreasing|fell|falling|dropped|shrank|contracted|"
    r"lower\s+by|a\s+decline\s+of|a\s+decrease\s+of|a\s+drop\s+of|decline\s+of|decrease\s+of|"
    r"compressed|deteriorated"
)
_CHANGE_BEFORE = re.compile(
    rf"\b(?P<dir>{_UP}|{_DOWN})\s*(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?$",
    re.I,
)
_DOWN_WORD = re.compile(rf"^(?:{_DOWN})$", re.IGNORECASE)
_TO_LEVEL = re.compile(
    r"\b(?:to|at|reaching|reached)\s*(?:about\s+|approximately\s+|roughly\s+)?$", re.I
)
_SEQUENTIAL_AFTER = re.compile(
    r"^\s*(?:sequentially|quarter[- ]over[- ]quarter|q/q|qoq|on\s+a\s+sequential\s+basis|"
    r"(?:in\s+)?(?:the\s+)?(?:last|prior|previous|preceding)\s+quarter|"
    r"(?:from|over|versus|vs\.?|compared\s+(?:to|with))\s+(?:the\s+)?(?:prior|previous|last|preceding)\s+quarter)",
    re.IGNORECASE,
)
_SEQUENTIAL_BEFORE = re.compile(
    r"\b(?:sequential(?:ly)?|quarter[- ]over[- ]quarter)\s+(?:growth|increase|decline|decrease)?\s*(?:of\s+)?$",
    re.IGNORECASE,
)
_BASIS_AFTER = re.compile(
    r"^\s*(?P<basis>in\s+constant\s+currenc(?:y|ies)|at\s+constant\s+currency|on\s+a\s+constant[- ]currency\s+basis|"
    r"excluding\s+(?:FX|foreign\s+exchange|currency)(?:\s+impacts?)?|ex[- ]FX|in\s+local\s+currency|"
    r"organically|on\s+an\s+organic\s+basis|on\s+a\s+like[- ]for[- ]like\s+basis)",
    re.IGNORECASE,
)
_BOUND = re.compile(
    r"\b(?P<bound>more\s+than|over|nearly|almost|less\s+than|under|at\s+least|above|below|"
    r"exceeding|in\s+excess\s+of|north\s+of|close\s+to|upwards\s+of)\s*$",
    re.IGNORECASE,
)
_BOUND_EN = {"nearly": "nearly", "almost": "nearly", "close to": "nearly", "under": "less than",
             "below": "less than", "less than": "less than", "at least": "at least"}  # fmt: skip
_RANGE_JOIN = re.compile(r"^\s*(?:to|and|-|–|—|through)\s*$", re.IGNORECASE)
_SCALE_WORD = re.compile(r"(?i:trillion|billion|million|thousand|bn|mn|mm|[bmk])\b")
_FROM = re.compile(r"\bfrom\s*(?:about\s+|approximately\s+)?$", re.IGNORECASE)
_YEAR_AGO = (
    r"(?:in|for|during|of)?\s*(?:the\s+)?(?:same\s+(?:quarter|period)\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+year|"
    r"same\s+(?:quarter|period)\s+(?:of|in)\s+(?:fiscal\s+)?(?:19|20)\d\d\b|"
    r"prior[- ]year(?:\s+(?:quarter|period))?|year[- ]ago(?:\s+(?:quarter|period))?|a\s+year\s+(?:ago|earlier)|"
    r"last\s+year(?:'s)?(?:\s+(?:quarter|period))?|(?:the\s+)?previous\s+year|a\s+year\s+before)"
)
_YEAR_AGO_AFTER = re.compile(rf"^\s*{_YEAR_AGO}", re.IGNORECASE)
_YEAR_AGO_ANYWHERE = re.compile(_YEAR_AGO.replace(r"(?:in|for|during|of)?\s*", ""), re.IGNORECASE)
_COMPARISON_CLAUSE = re.compile(r"^\s*(?:compared\s+(?:to|with)|versus|vs\.?|against)\b", re.I)
_YEAR_OVER_YEAR = re.compile(r"\b(?:year[- ]over[- ]year|y/y|yoy)\b", re.IGNORECASE)
_COMPARE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:to|with)|versus|vs\.?|against|up\s+from|down\s+from|from|relative\s+to)\s*"
    r"(?:about\s+|approximately\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_GROWTH_AFTER = re.compile(
    r"^\s*(?:(?P<dir>year[- ]over[- ]year|y/y|yoy|YoY|from\s+a\s+year\s+ago|on\s+a\s+year[- ]over[- ]year\s+basis|"
    r"compared\s+(?:to|with)\s+(?:last\s+year|a\s+year\s+ago|the\s+prior[- ]year\s+(?:quarter|period))|"
    r"versus\s+last\s+year|over\s+last\s+year)\s+)?(?:(?:year[- ]over[- ]year|y/y|yoy)\s+)?"
    r"(?P<word>growth|increase|increases|gain|rise|higher|improvement|decline|decrease|drop|lower|"
    r"year[- ]over[- ]year|y/y|yoy|from\s+a\s+year\s+ago|versus\s+last\s+year|over\s+last\s+year|"
    r"compared\s+(?:to|with)\s+(?:last\s+year|a\s+year\s+ago))\b",
    re.IGNORECASE,
)
_OF_REVENUE = re.compile(
    r"^\s*(?:of\s+(?:total\s+|net\s+)?(?:revenues?|sales|net\s+sales)|(?:adjusted\s+)?margin)\b",
    re.I,
)
_NEGATIVE_WORD = re.compile(r"decline|decrease|drop|lower", re.IGNORECASE)
_EQUIVALENT = re.compile(
    r"\b(?:or|roughly|i\.e\.|equivalent\s+to(?:\s+(?:approximately|about|roughly))?)\s*$",
    re.IGNORECASE,
)


def _signed(cue: Cue, change: re.Match[str] | None) -> Decimal:
    return -abs(cue.value) if change and _DOWN_WORD.match(change["dir"].strip()) else cue.value


def sequential(cue: Cue) -> bool:
    """``down 2% sequentially`` / ``sequential growth of 3%``: the change on the previous
    quarter, its own field; a previous quarter's amount is not this quarter's figure."""
    if not (_SEQUENTIAL_AFTER.match(cue.after) or _SEQUENTIAL_BEFORE.search(cue.before)):
        return False
    if cue.unit is Unit.PERCENT and cue.main.qoq_pct is None:
        cue.main.qoq_pct = _signed(cue, _CHANGE_BEFORE.search(cue.before))
    return True


def basis_after(cue: Cue) -> bool:
    """``or 9% in constant currency``: the figure on another basis, a fact of its own."""
    found = _BASIS_AFTER.match(cue.after)
    if not found or cue.unit is None:
        return False
    basis = re.sub(r"\s+", " ", found["basis"]).lower()
    fact = Fact(cue.main.subject, cue.main.measure, cue.main.period, basis)
    fact.kind = cue.main.kind
    if cue.unit is Unit.PERCENT and cue.main.measure.kind != "ratio":
        fact.yoy_pct = _signed(cue, _CHANGE_BEFORE.search(cue.before))
    else:
        fact.value, fact.unit = cue.value, cue.unit
    cue.others.append(fact)
    return True


_DESCRIBED_BEFORE = re.compile(DESCRIBED + r"$", re.IGNORECASE)


def describes(cue: Cue) -> bool:
    """``customers contributing more than $100,000 in ARR``: the amount describes the
    customers; it is no figure."""
    return bool(_DESCRIBED_BEFORE.search(cue.head))


def bound(cue: Cue) -> bool:
    """``more than 20%``, ``nearly 3 million members``: words, never a number."""
    found = _BOUND.search(cue.before)
    if not found:
        return False
    word = re.sub(r"\s+", " ", found["bound"].lower())
    change = _CHANGE_BEFORE.search(cue.clause[: cue.amount.start - len(found[0])])
    direction = ("down " if _DOWN_WORD.match(change["dir"].strip()) else "up ") if change else ""
    first = change.start() if change else cue.amount.start - len(found[0])
    shown = english(abs(cue.value), cue.unit or cue.main.measure.unit)
    cue.main.qualitative = cue.clause[first : cue.amount.end].strip()
    cue.main.qualitative_en = f"{direction}{_BOUND_EN.get(word, 'more than')} {shown}"
    return True


_REPLACED = re.compile(
    r"\b(?:(?:up|down|raised|lowered|increased|decreased|narrowed|changed)\s+)?from\s*$|"
    r"\b(?:previously|prior\s+guidance\s+of|previous\s+guidance\s+of|versus|vs\.?|"
    r"compared\s+(?:to|with))\s*$|"
    r"\b(?:prior|previous|earlier|original)\s+(?:range|guidance|outlook|forecast|expectations?)"
    r"(?:\s+range)?\s+(?:of\s+)?(?:between\s+)?$",
    re.IGNORECASE,
)


def value_range(cue: Cue) -> bool:
    """``$1.82 billion to $1.83 billion``, ``between $7.70 and $7.95``, ``5% to 9%``: guidance's
    low and high ends (a range outside guidance is not a figure and is left out)."""
    if not cue.following:
        return False
    nxt = cue.following[0]
    between = cue.clause[cue.amount.end : nxt.start]
    if not _RANGE_JOIN.match(between) or not _same_kind(cue.unit, nxt.amount.unit):
        return False
    if cue.main.kind != "guidance" and (
        _CHANGE_BEFORE.search(cue.before) or _FROM.search(cue.before)
    ):
        return False  # "increased $300 million to $4.2 billion", "from 44% to 48%": not a range
    cue.consumed.add(nxt.start)
    low, high = _scaled_low(cue, nxt), nxt.amount.value
    if cue.main.kind == "guidance" and _REPLACED.search(cue.before):
        # "up from $3.10 to $3.25": the guidance this one replaces, not a new one; it tells
        # how the new one changed
        cue.others.append(replaced(cue.main, min(low, high), max(low, high)))
        return True
    if cue.main.kind != "guidance":
        return True
    low, high = min(low, high), max(low, high)
    unit = nxt.amount.unit or cue.unit
    measure = cue.main.measure
    if unit is Unit.PERCENT and measure.kind != "ratio":
        fact = beside(cue.main, value=low, unit=unit, measure=growth_of(measure))
        fact.low, fact.high = low, high
        cue.others.append(fact)
    elif cue.main.low is None and unit is not None:
        cue.main.low, cue.main.high, cue.main.unit = low, high, _per_share(cue, unit)
    return True


_BARE_LOW = re.compile(
    r"(?:(?<![\d.,$€£¥])(?P<n>\d[\d,]*(?:\.\d+)?)|(?P<flat>\bflat))\s*(?:to|-|–|—|and)\s*"
    r"(?:(?P<dir>up|down)\s+)?$",
    re.IGNORECASE,
)


def bare_range(cue: Cue) -> bool:
    """Guidance of ``60 to 80 basis points``, ``down 2 to 3%``, ``flat to up 1%``: a range
    whose low end is a bare number (on the high end's scale) or flat."""
    found = _BARE_LOW.search(cue.before)
    if cue.main.kind != "guidance" or found is None or cue.unit is None:
        return False
    if found["n"]:
        scale = stated_scale(cue.clause[cue.amount.start : cue.amount.end], cue.value)
        if scale is None:
            return False
        low = exact(Decimal(found["n"].replace(",", "")) * scale)
    else:
        low = Decimal(0)
    high = -cue.value if found["dir"] and found["dir"].lower() == "down" else cue.value
    change = _CHANGE_BEFORE.search(cue.before[: found.start()])
    if found["n"] and change and _DOWN_WORD.match(change["dir"].strip()):
        low, high = -low, -high  # "down 60 to 80 basis points"
    low, high = min(low, high), max(low, high)
    main, unit = cue.main, cue.unit
    if unit is Unit.PERCENTAGE_POINTS or (unit is Unit.PERCENT and main.measure.kind != "ratio"):
        growth = unit is Unit.PERCENT
        measure = growth_of(main.measure) if growth else change_of(main.measure, unit)
        fact = beside(main, value=low, unit=unit, measure=measure)
        fact.low, fact.high = low, high
        cue.others.append(fact)
    elif main.low is None:
        main.low, main.high, main.unit = low, high, _per_share(cue, unit)
    return True


def _same_kind(a: Unit | None, b: Unit | None) -> bool:
    return a is None or b is None or a == b or (a.currency is not None and a.currency == b.currency)


def _scaled_low(cue: Cue, nxt: object) -> Decimal:
    """``$1.82 to $1.83 billion``: the low end takes the high end's scale."""
    from callbrief.amounts import AmountMatch

    assert isinstance(nxt, AmountMatch)
    low_text = cue.clause[cue.amount.start : cue.amount.end]
    high_text = cue.clause[nxt.start : nxt.end]
    if _SCALE_WORD.search(low_text) or not _SCALE_WORD.search(high_text):
        return cue.value
    scale = stated_scale(high_text, nxt.amount.value)
    return cue.value if scale is None else exact(cue.value * scale)


_LOSS_CHANGED = re.compile(r"\bloss(?:es)?\s+(?:\w+\s+){0,2}?(?:narrow|widen|shrank|grew)", re.I)


def starting_point(cue: Cue) -> bool:
    """``from 44% to 48%``, ``up from $3.9 billion``: where the figure started; the prior
    value when the clause says it was a year ago (a sequential start was read as such before
    this rule; a start of no stated time is not recorded)."""
    if not _FROM.search(cue.before):
        return False
    year_ago = _YEAR_AGO_ANYWHERE.search(cue.clause) or _YEAR_OVER_YEAR.search(cue.clause)
    if year_ago and cue.main.prior_value is None and cue.unit is not None:
        lost = cue.main.value is not None and cue.main.value < 0 and _LOSS_CHANGED.search(cue.head)
        cue.main.prior_value = -abs(cue.value) if lost else cue.value  # narrowed from a loss
    return True


def prior_value(cue: Cue) -> bool:
    """``compared to $3.9 billion in the prior-year quarter``, ``versus 44% a year ago``,
    ``$3.9 billion last year``: the value a year earlier."""
    after = _YEAR_AGO_AFTER.match(cue.after)
    compared = _COMPARE_BEFORE.search(cue.before)
    if not (after or compared) or cue.unit is None:
        return False
    if cue.main.kind == "guidance":
        return True  # what a forecast is compared with is not the forecast
    if compared and not after and cue.main.period is not None:
        return False  # "versus $0.95 in the second quarter": that quarter's own figure
    if compared and not after and cue.main.value is None and cue.main.measure.kind != "ratio":
        # ", compared to $3.9 billion in Q3 2023": a comparison of no stated year-ago time is
        # not recorded; "compared to" before a clause's first figure otherwise: the figure
        return bool(_COMPARISON_CLAUSE.match(cue.clause))
    if cue.main.prior_value is None:
        cue.main.prior_value = cue.value
    return True


def ratio(cue: Cue) -> bool:
    """A percentage or points: a growth rate, a margin, its change."""
    unit = cue.unit
    if unit not in (Unit.PERCENT, Unit.PERCENTAGE_POINTS):
        return False
    main = cue.main
    change = _CHANGE_BEFORE.search(cue.before)
    growth = _GROWTH_AFTER.match(cue.after)
    if unit is Unit.PERCENTAGE_POINTS:
        if main.measure.kind == "ratio":
            signed = _signed(cue, change)
            cue.others.append(
                beside(main, value=signed, unit=unit, measure=change_of(main.measure, unit))
            )
        return True
    if change and not _TO_LEVEL.search(cue.before):
        main.yoy_pct = main.yoy_pct if main.yoy_pct is not None else _signed(cue, change)
    elif growth and main.measure.kind != "ratio":
        negative = bool(growth["word"] and _NEGATIVE_WORD.match(growth["word"]))
        main.yoy_pct = -cue.value if negative else cue.value
    elif main.measure.kind == "ratio":
        if main.kind == "guidance" and main.low is None:
            main.low = main.high = cue.value
            main.unit = unit
        elif main.value is None and main.kind != "guidance":
            main.value, main.unit = cue.value, unit
        else:
            cue.others.append(beside(main, value=cue.value, unit=unit))
    elif main.kind == "guidance" and change:
        fact = beside(main, value=cue.value, unit=unit, measure=growth_of(main.measure))
        cue.others.append(fact)
    return True


def _per_share(cue: Cue, unit: Unit) -> Unit:
    return unit.per_share() if cue.main.measure.kind == "per_share" and unit.currency else unit


_IMPACT_BEFORE = re.compile(
    r"\b(?:headwinds?|tailwinds?|impacts?|drag|hit|benefit|effect)\s+(?:of\s+)?"
    r"(?:about|approximately|roughly|around|up\s+to|nearly|almost)?\s*$",
    re.IGNORECASE,
)
_IMPACT_AFTER = re.compile(
    r"^[\s-]*(?:(?:basis[- ]points?|bps?|points?)\s+)?(?:headwinds?|tailwinds?|impacts?|drag|hit|benefit)\b|"
    # "roughly $0.05 to adjusted EPS", "added 2 points to growth": an amount's effect on a measure
    r"^\s*(?:(?:basis[- ]points?|bps?|points?)\s+)?(?:to|from)\s+(?:the\s+|our\s+)?(?:(?:full[- ]year|"
    r"quarterly|adjusted|non-GAAP|GAAP|diluted|reported|organic|total|net|gross|operating)\s+)*"
    r"(?:EPS|earnings|revenues?|sales|margins?|growth|income|profits?|EBITDA|EBITA|EBIT)\b",
    re.IGNORECASE,
)


def impact(cue: Cue) -> bool:
    """``a headwind of roughly $0.05 to adjusted EPS``, ``a 30 basis point headwind to gross
    margin``: the effect of something on the measure, not the measure."""
    return bool(_IMPACT_BEFORE.search(cue.before) or _IMPACT_AFTER.match(cue.after))


def per_share(cue: Cue) -> bool:
    """``EPS of $2.05``: a per-share measure's amount is per share; ``FFO of $1.85 per
    share``: the clause's figure is the measure's per-share one (FFO per share)."""
    if cue.unit is not None:
        cue.unit = _per_share(cue, cue.unit)
        key = PER_SHARE_OF.get(cue.main.measure.key)
        if key and cue.unit.is_per_share and cue.main.value is None and cue.main.low is None:
            cue.main.measure = vocabulary_measure(key)
    return False


def change_amount(cue: Cue) -> bool:
    """``increased $50 million``, ``an increase of $50 million``: a change, not a level."""
    change = _CHANGE_BEFORE.search(cue.before)
    if not change or _TO_LEVEL.search(cue.before) or cue.unit is None:
        return False
    if cue.main.kind == "guidance":
        return False
    signed = _signed(cue, change)
    measure = change_of(cue.main.measure, cue.unit)
    cue.others.append(beside(cue.main, value=signed, unit=cue.unit, measure=measure))
    return True


def value(cue: Cue) -> bool:
    """The clause's figure: its first amount not stated as an equivalent."""
    main = cue.main
    if cue.unit is None or _EQUIVALENT.search(cue.before):
        return False
    if main.kind == "guidance":
        if main.low is not None:
            return False
        main.low = main.high = cue.value
        main.unit = cue.unit
        return True
    if main.value is not None:
        return False
    main.value, main.unit = cue.value, cue.unit
    return True


def equivalent(cue: Cue) -> bool:
    """``or $0.95 per ADS`` / a second amount: the figure in another unit, beside the main one
    (``net income of $410 million, or $1.12 per diluted share``: the per-share measure's).
    A second amount in the figure's own unit is no equivalent: whose it is, is not said."""
    if cue.unit is None:
        return False
    if cue.unit is cue.main.unit:
        return True
    if cue.unit.currency is None:  # "$4.2 billion across 1,200 stores": not the same figure
        money = cue.main.measure.kind == "money" and not cue.main.measure.key.endswith("_eps")
        if cue.unit in _SHARE_UNITS and money and _IN_SHARES.search(cue.before):
            cue.others.append(beside(cue.main, value=cue.value, unit=cue.unit))
        return True
    per_share = PER_SHARE_OF.get(cue.main.measure.key) if cue.unit.is_per_share else None
    measure = vocabulary_measure(per_share) if per_share else None
    cue.others.append(beside(cue.main, value=cue.value, unit=cue.unit, measure=measure))
    return True


_SHARE_UNITS = (Unit.SHARES, Unit.ADS)
_IN_SHARES = re.compile(
    r"\b(?:equivalent\s+to|representing|or)\s+(?:approximately\s+|about\s+|roughly\s+)?$",
    re.IGNORECASE,
)
"""``$1.2 billion of shares, equivalent to 230 million shares or 28.75 million ADSs``: a sum
of money said again as a count of shares (a buy-back's)."""


def margin(cue: Cue) -> bool:
    """``adjusted EBITDA of $800 million, or 19% of revenue``: the measure's margin;
    ``Cloud revenue was 30% of total revenue``: the business's share of revenue."""
    if cue.unit is not Unit.PERCENT or not _OF_REVENUE.match(cue.after):
        return False
    key = MARGIN_OF.get(cue.main.measure.key)
    if key and cue.main.kind == "actual":
        cue.others.append(
            beside(cue.main, value=cue.value, unit=Unit.PERCENT, measure=vocabulary_measure(key))
        )
    return True  # a share of revenue of a measure without a margin: not recorded


CUES: Ruler[CueRule] = Ruler(
    [
        ("impact", impact),
        ("sequential", sequential),
        ("basis_after", basis_after),
        ("describes", describes),
        ("bound", bound),
        ("bare_number", bare_number),
        ("per_share", per_share),
        ("value_range", value_range),
        ("bare_range", bare_range),
        ("starting_point", starting_point),
        ("prior_value", prior_value),
        ("margin", margin),
        ("ratio", ratio),
        ("change_amount", change_amount),
        ("value", value),
        ("equivalent", equivalent),
    ]
)


_LOSS_NARROWED = re.compile(
    r"\b(?:narrow(?:ed|ing)?\s+(?:our|its|the)?\s*(?:operating\s+|net\s+)?loss(?:es)?|"
    r"loss(?:es)?\s+(?:\w+\s+){0,2}?narrow(?:ed|ing)?)(?P<adv>\s+(?:significantly|substantially|markedly))?",
    re.IGNORECASE,
)


def _growth_pattern(magnitudes: tuple[str, ...]) -> re.Pattern[str]:
    words = alternation(magnitudes)
    return re.compile(
        rf"\b(?P<mag>{words})s?\s+(?:percent(?:age)?\s+)?(?:(?:revenue|sales|top[- ]line)\s+)?"
        r"(?:growth|increases?|gains?|rates?\s+of\s+growth)\b|\bgr[eo]w\w*\s+(?:at\s+an?\s+|in\s+the\s+|by\s+)?"
        rf"(?P<mag2>{words})s?(?:\s+(?:rate|pace|percent))?\b",
        re.IGNORECASE,
    )


_growth = keyed_pattern(_growth_pattern)


def qualitative(clause: str, magnitudes: Mapping[str, str]) -> list[tuple[int, str, str, bool]]:
    """(position, words, English, is_loss) of each magnitude stated in words
    (``double-digit growth``, ``grew at a double-digit rate``) and each narrowed loss."""
    found: list[tuple[int, str, str, bool]] = []
    if magnitudes:
        for m in _growth(magnitudes).finditer(clause):
            key = (m["mag"] or m["mag2"]).lower()
            found.append((m.start(), m[0], f"{magnitudes.get(key, key)} growth", False))
    for m in _LOSS_NARROWED.finditer(clause):
        adverb = f" {m['adv'].strip().lower()}" if m["adv"] else ""
        found.append((m.start(), m[0], f"loss narrowed{adverb}", True))
    return found
