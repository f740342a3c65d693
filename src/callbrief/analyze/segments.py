"""The segment table: each segment in the company's hierarchy, with a group total row.

Cells hold only what the call states; nothing is derived. Other statements about a segment
or its products become notes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from callbrief.analyze.glossary import Entity, Glossary
from callbrief.formatting import describe
from callbrief.model import Metric, SegmentRow
from callbrief.model.values import Unit

_TABLE_MEASURES = ("revenue", "adjusted_ebita", "adjusted_ebita_margin")


def reporting_currency(metrics: Sequence[Metric]) -> Unit | None:
    """The currency of the group's revenue, else the one most current figures are stated in."""
    current = [m for m in metrics if m.is_current and m.unit and m.unit.currency]
    revenue = [m for m in current if m.subject == "group" and m.measure == "revenue"]
    pool = revenue or [m for m in current if not (m.unit and m.unit.is_per_share)]
    counts = Counter(m.unit.currency for m in pool if m.unit)
    return counts.most_common(1)[0][0] if counts else None


def segment_table(
    metrics: Sequence[Metric], glossary: Glossary, group: Entity, currency: Unit = Unit.CNY
) -> tuple[SegmentRow, ...]:
    """Rows for every segment the call gives a figure for (and their parents), then the group."""
    current = [m for m in metrics if m.is_current]
    segments = [e for e in glossary.entities if e.kind == "segment"]
    products = [e for e in glossary.entities if e.kind == "product"]
    stated = {m.subject for m in current}
    wanted = {s.key for s in segments if s.key in stated or _has_product(s, products, stated)}
    for s in list(segments):
        if s.key in wanted:
            wanted |= _ancestors(s, segments)
    rows = [
        _row(s, level, current, products, currency, is_total=False)
        for s, level in _walk(segments, None, 0)
        if s.key in wanted
    ]
    return (*rows, _row(group, 0, current, [], currency, is_total=True))


def _walk(segments: list[Entity], parent: str | None, level: int) -> Iterator[tuple[Entity, int]]:
    for s in segments:
        if s.parent == parent:
            yield s, level
            yield from _walk(segments, s.key, level + 1)


def _ancestors(s: Entity, segments: list[Entity]) -> set[str]:
    by_key = {x.key: x for x in segments}
    out: set[str] = set()
    while s.parent in by_key:
        s = by_key[s.parent]
        out.add(s.key)
    return out


def _has_product(s: Entity, products: list[Entity], stated: set[str]) -> bool:
    return any(p.parent == s.key and p.key in stated for p in products)


def _cell_unit(unit: Unit | None, currency: Unit) -> bool:
    # The table is in the reporting currency: a figure stated in another currency becomes a
    # note, never a cell.
    return unit in (None, currency, Unit.PERCENT)


def _row(
    entity: Entity,
    level: int,
    metrics: list[Metric],
    products: list[Entity],
    currency: Unit,
    *,
    is_total: bool,
) -> SegmentRow:
    own: dict[str, Metric] = {}
    for m in metrics:  # the first statement in a reporting currency (or a bare change) wins
        if (
            m.subject == entity.key
            and m.measure in _TABLE_MEASURES
            and _cell_unit(m.unit, currency)
        ):
            own.setdefault(m.measure, m)
    revenue, ebita, margin = (own.get(k) for k in _TABLE_MEASURES)
    used = {m.id for m in (revenue, ebita, margin) if m is not None}
    product_keys = {p.key for p in products if p.parent == entity.key}
    notes = tuple(
        describe(m)
        for m in metrics
        if m.id not in used
        and (m.subject in product_keys or (m.subject == entity.key and not is_total))
    )
    stated_in = next((m.unit for m in (revenue, ebita) if m and m.unit), None)
    return SegmentRow(
        key=entity.key,
        name_zh=entity.zh,
        name_en=entity.en,
        parent=entity.parent,
        level=level,
        is_total=is_total,
        revenue=revenue.value if revenue else None,
        revenue_yoy_pct=revenue.yoy_pct if revenue else None,
        revenue_prior=revenue.prior_value if revenue else None,
        adjusted_ebita=ebita.value if ebita else None,
        adjusted_ebita_yoy_pct=ebita.yoy_pct if ebita else None,
        adjusted_ebita_prior=ebita.prior_value if ebita else None,
        adjusted_ebita_margin_pct=margin.value if margin else None,
        currency=stated_in,
        notes=notes,
        metrics=tuple(sorted(used)),
    )
