"""A figure checked in the other version compares like with like: the field that differs is
named (a change is not shown as an amount), another basis or an unattributed figure is never
a match (made-up figures)."""

from __future__ import annotations

from decimal import Decimal as D

from callbrief.model import Metric, MetricSource
from callbrief.pair.crosscheck import crosscheck


def _m(subject: str = "group", value: D | None = None, yoy: D | None = None,
       basis: str | None = None, basis_en: str | None = None, text: str = "here") -> Metric:  # fmt: skip
    return Metric(
        "x", subject, subject, subject, "revenue", "收入", "Revenue", value, None, yoy, None,
        None, None, None, basis, (MetricSource(0, "a", text),), basis_en=basis_en,
    )  # fmt: skip


PAIRED = {(0, "here"): (0, "there")}


def test_the_change_that_differs_is_named() -> None:
    check = crosscheck(_m(value=D(100), yoy=D(12)), [_m(value=D(100), yoy=D(15), text="there")],
                       PAIRED, str)  # fmt: skip
    assert (check.status, check.field, check.value) == ("different", "yoy_pct", D(15))
    assert check.is_change and check.here(_m(value=D(100), yoy=D(12))) == D(12)


def test_a_value_and_a_change_are_not_compared() -> None:
    check = crosscheck(_m(value=D(100)), [_m(yoy=D(15), text="there")], PAIRED, str)
    assert check.status == "one_side"


def test_another_basis_is_another_figure() -> None:
    ours = _m(value=D(100), basis="b1", basis_en="excluding FX")
    theirs = _m(value=D(90), basis="b2", basis_en="excluding the acquisition", text="there")
    assert crosscheck(ours, [theirs], PAIRED, str).status == "one_side"
    same = _m(value=D(90), basis="b3", basis_en="Excluding FX", text="there")
    assert crosscheck(ours, [same], PAIRED, str).status == "different"


def test_unattributed_figures_never_match() -> None:
    ours, theirs = _m("unknown", value=D(100)), _m("unknown", value=D(100), text="elsewhere")
    assert crosscheck(ours, [theirs], {}, str).status == "one_side"
