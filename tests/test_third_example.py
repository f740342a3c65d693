"""The third example: a made-up company no glossary describes, worded unlike the others (营业
收入, 营收, 板块, 事业群, 其中 parts, losses, prior-year figures), built without a glossary:
every figure on its business, one group revenue, readable English names, on every variant."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from callbrief import Briefing, brief
from conftest import FIXTURES, ROOT, VARIANTS

THIRD = ROOT / "examples" / "qinghe-2025-12-quarter-zh.txt"
WANT: list[list[Any]] = json.loads(
    (FIXTURES / "qinghe-2025-12-quarter-zh.metrics.json").read_text(encoding="utf-8")
)["metrics"]


def _d(x: float | int | None) -> Decimal | None:
    return None if x is None else Decimal(str(x))


def _read(path: Path) -> list[list[Any]]:
    b = brief(str(path))
    names = {r.key: r.name_zh for r in b.segments}
    parents = {r.key: r.parent for r in b.segments}
    return [
        [m.subject_zh, names.get(parents.get(m.subject) or ""), m.measure, m.value,
         m.yoy_pct, m.prior_value, m.qualitative]
        for m in b.metrics
    ]  # fmt: skip


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_figure_on_its_business(variant: str, tmp_path: Path) -> None:
    path = tmp_path / THIRD.name
    path.write_bytes(VARIANTS[variant](THIRD.read_text(encoding="utf-8")))
    want = [[s, p, m, _d(v), _d(y), _d(pr), w] for s, p, m, v, y, pr, w in WANT]
    assert _read(path) == want


def _briefing() -> Briefing:
    return brief(str(THIRD))


def test_one_group_revenue_and_readable_names() -> None:
    b = _briefing()
    revenue = [m for m in b.metrics if m.subject == "group" and m.measure == "revenue"]
    assert len(revenue) == 1 and revenue[0].value == Decimal("82350000000")
    assert b.company_en == "Qinghe Holdings Limited"
    names = {r.name_zh: r.name_en for r in b.segments}
    assert names["智能物流集团"] == "Smart Logistics Group"
    assert names["数字金融板块"] == "Digital Finance segment"
    assert names["即时零售"] == "Instant Retail"
    speakers = {s.name: s for s in b.transcript.speakers}
    assert speakers["顾嘉怡"].title_en == "Chief Financial Officer, Qinghe Holdings Limited"
    assert speakers["宋雨桐"].role.value == "host"
    assert speakers["刘子墨"].firm_en == "Example Securities"
