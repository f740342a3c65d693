"""Language packs: the chain of cue rules, and a pack extending another's chain."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from callbrief.analyze.facts import Cue, Fact, read_amounts
from callbrief.analyze.glossary import Measure
from callbrief.lang import pack_for
from callbrief.lang.rules import Ruler

REVENUE = Measure("revenue", "收入", "Revenue", "money", None, False, 1, ())


def test_ruler_keeps_order_and_inserts_by_name() -> None:
    r: Ruler[str] = Ruler([("a", "A"), ("c", "C")])
    r.before("c", "b", "B")
    r.after("c", "d", "D")
    assert r.names() == ["a", "b", "c", "d"] and list(r) == ["A", "B", "C", "D"]
    r.disable("b", "d")
    assert list(r) == ["A", "C"] and r.enabled() == ["a", "c"]
    r.enable("d")
    r.at("a", "A2")
    assert list(r) == ["A2", "C", "D"]
    copy = r.copy()
    copy.disable("c")
    assert list(r) == ["A2", "C", "D"] and list(copy) == ["A2", "D"]


def test_ruler_refuses_unknown_and_duplicate_names() -> None:
    r: Ruler[str] = Ruler([("a", "A")])
    with pytest.raises(KeyError, match="no rule named 'x'"):
        r.before("x", "b", "B")
    with pytest.raises(ValueError, match="already"):
        r.push("a", "A")


def test_chinese_chain_is_named_in_order() -> None:
    assert pack_for("zh").cues.names() == [
        "quarter_on_quarter", "impact", "bound", "value_range", "starting_point", "ratio", "bare_number",
        "per_share", "change_amount", "prior_value", "value", "equivalent",
    ]  # fmt: skip


def _read(clause: str, rules: Ruler) -> Fact:  # type: ignore[type-arg]
    pack = pack_for("zh")
    reading = read_amounts(
        clause, pack.find_amounts(clause), Fact(None, REVENUE, None, None), rules
    )
    return reading.main


def test_a_rule_can_read_a_cue_placed_after_the_figure() -> None:
    """A chain composed from the Chinese one, with a rule for a cue after the amount
    ("人民币 50 亿元（去年同期）"): the base chain reads it as the value, the extended one
    as the prior value."""
    clause = "收入为人民币 60 亿元，人民币 50 亿元(去年同期)"
    pack = pack_for("zh")
    base = _read(clause, pack.cues)
    assert base.value == Decimal("6000000000") and base.prior_value is None

    def prior_after(cue: Cue) -> bool:
        if not re.match(r"\s*\(去年同期\)", cue.after):
            return False
        cue.main.prior_value = cue.value
        return True

    extended = pack.cues.copy()
    extended.before("value", "prior_after", prior_after)
    got = _read(clause, extended)
    assert (got.value, got.prior_value) == (Decimal("6000000000"), Decimal("5000000000"))
    assert "prior_after" not in pack.cues.names()  # the Chinese pack's own chain is unchanged


def test_a_disabled_rule_stops_reading_its_cue() -> None:
    chain = pack_for("zh").cues.copy()
    assert _read("收入同比增长 5%", chain).yoy_pct == Decimal(5)
    chain.disable("ratio")
    assert _read("收入同比增长 5%", chain).yoy_pct is None


def test_packs_are_chosen_by_language() -> None:
    assert pack_for("zh").code == "zh" and pack_for("en").code == "en"
    with pytest.raises(KeyError):
        pack_for("fr")
