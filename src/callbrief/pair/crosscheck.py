"""Each figure looked for in the other version of the call: in the sentences paired with its
own, the figure of the same measure, period and basis (of the same business when the two
name it alike); equal after unit conversion (both sides' amounts are read into base units:
``人民币 512.3 亿元`` = ``RMB51.23 billion``) is ``confirmed``, another value ``different``, none
found ``one_side``."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from callbrief.model import Metric, PairCheck


def crosscheck(
    m: Metric,
    others: Sequence[Metric],
    counterpart: Mapping[tuple[int, str], tuple[int, str]],
    written: Callable[[str], str],
) -> PairCheck:
    paired = {counterpart[(s.turn, s.text)] for s in m.sources if (s.turn, s.text) in counterpart}
    near = [o for o in others if _same_figure(m, o) and _said_in(o, paired)]
    same = [o for o in near if _same_business(m, o)]
    alike = same or near
    for o in alike:  # a business named apart in each version is confirmed by numbers only
        if _compare(m, o) and (same or _stated(m, o)):
            return _confirmed(o, written(_sentence(o, paired)))
    anywhere = [o for o in others if _same_figure(m, o) and _same_business(m, o) and _compare(m, o)]
    if anywhere:  # the same figure, said where the sentences did not pair
        return _confirmed(anywhere[0], written(anywhere[0].source.text))
    differing = [o for o in alike if _compare(m, o) is False]
    business = [o for o in differing if _same_business(m, o)]
    if len(business) == 1 or (
        len(differing) == 1 and len(near) == 1 and not _named_apart(m, near[0])
    ):
        o = (business or differing)[0]
        field = _differing(m, o)
        return PairCheck("different", getattr(o, field), written(_sentence(o, paired)), field=field)
    return PairCheck("one_side", None, None)


def _same_figure(m: Metric, o: Metric) -> bool:
    return (
        m.measure == o.measure
        and m.kind == o.kind
        and (m.period.key if m.period else None) == (o.period.key if o.period else None)
        and _same_basis(m, o)
        and (m.unit == o.unit or m.unit is None or o.unit is None)
    )


def _same_basis(m: Metric, o: Metric) -> bool:
    """Both on the reported basis, or on one stated basis (by its English: excluding FX is
    not excluding an acquisition)."""
    if m.basis is None or o.basis is None:
        return m.basis is o.basis
    return (m.basis_en or m.basis).casefold() == (o.basis_en or o.basis).casefold()


def _same_business(m: Metric, o: Metric) -> bool:
    """One business (an unattributed figure is nobody's: never the same as another)."""
    if "unknown" in (m.subject, o.subject):
        return False
    return m.subject == o.subject or m.subject_en.casefold() == o.subject_en.casefold()


def _named_apart(m: Metric, o: Metric) -> bool:
    """Whether one is the group's and the other a business's: not one figure."""
    return "group" in (m.subject, o.subject) and m.subject != o.subject


def _said_in(o: Metric, paired: set[tuple[int, str]]) -> bool:
    return any(_within(s.turn, s.text, paired) for s in o.sources)


def _within(turn: int, text: str, paired: set[tuple[int, str]]) -> bool:
    return any(turn == t and text in joined for t, joined in paired)


def _sentence(o: Metric, paired: set[tuple[int, str]]) -> str:
    for s in o.sources:
        if _within(s.turn, s.text, paired):
            return s.text
    return o.source.text


_FIELDS = ("value", "yoy_pct", "prior_value", "low", "high", "qoq_pct")


def _differing(m: Metric, o: Metric) -> str:
    """The first field both state and state otherwise."""
    return next(
        f for f in _FIELDS
        if getattr(m, f) is not None and getattr(o, f) is not None
        and getattr(m, f) != getattr(o, f)
    )  # fmt: skip


def _stated(m: Metric, o: Metric) -> bool:
    return any(
        x is not None and y is not None
        for x, y in ((m.value, o.value), (m.yoy_pct, o.yoy_pct), (m.prior_value, o.prior_value))
    )


def _compare(m: Metric, o: Metric) -> bool | None:
    """True when what both state is alike, False when a number both state differs, None when
    they state nothing alike to compare (one gives a value, the other only a change)."""
    stated = [
        (getattr(m, f), getattr(o, f)) for f in _FIELDS
        if getattr(m, f) is not None and getattr(o, f) is not None
    ]  # fmt: skip
    if stated:
        return all(x == y for x, y in stated)
    if m.qualitative is not None and o.qualitative is not None:
        return True  # a magnitude in words on both sides: nothing a number could contradict
    return None


def _confirmed(o: Metric, text: str) -> PairCheck:
    field = "value" if o.value is not None else "yoy_pct"
    return PairCheck("confirmed", getattr(o, field), text, field=field)
