"""Measures of the English vocabulary (``measures.toml``) that a cue rule names itself: the
margin of a measure (``or 19% of revenue``) and its per-share figure (``or $1.12 per diluted
share``)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files

from callbrief.analyze.glossary import Measure
from callbrief.model.values import Unit

MARGIN_OF = {
    "gross_profit": "gross_margin",
    "operating_income": "operating_margin",
    "adjusted_operating_income": "adjusted_operating_margin",
    "adjusted_ebitda": "adjusted_ebitda_margin",
    "adjusted_ebita": "adjusted_ebita_margin",
    "net_income": "net_margin",
    "free_cash_flow": "free_cash_flow_margin",
    "revenue": "revenue_share",
}
"""A measure -> the measure of it as a share of revenue (a business's revenue: its share)."""

PER_SHARE_OF = {
    "net_income": "eps",
    "non_gaap_net_income": "non_gaap_eps",
    "ffo": "ffo_per_share",
    "affo": "affo_per_share",
}
"""A measure -> the measure of it per share."""


@cache
def vocabulary_measure(key: str) -> Measure:
    """The measure ``key`` of ``measures.toml``, as a glossary would hold it."""
    table = tomllib.loads((files("callbrief.lang.en") / "measures.toml").read_text("utf-8"))
    m = table["measures"][key]
    return Measure(
        key, m["zh"], m["en"], m.get("kind", "money"), Unit(m["unit"]) if "unit" in m else None,
        m.get("scope") == "group", int(m.get("priority", 1)), (),
    )  # fmt: skip
