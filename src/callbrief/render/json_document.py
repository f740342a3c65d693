"""The machine-readable form of a briefing: schema ``callbrief/1`` (README, "JSON contract";
``data/callbrief-1.schema.json``)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from callbrief.model import (
    Briefing,
    ChangeInput,
    Changes,
    Metric,
    MetricSource,
    Quote,
    SegmentRow,
    Speaker,
    Turn,
)

SCHEMA = "callbrief/1"


def number(value: Decimal | None) -> int | float | None:
    """A Decimal as a JSON number: an int when whole, else the shortest float that round-trips."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def document(b: Briefing) -> dict[str, Any]:
    """The JSON-ready dict of a briefing, keys in the documented order."""
    t = b.transcript
    zh = t.source.language == "zh"
    doc: dict[str, Any] = {
        "schema": SCHEMA,
        "source": {
            "path": t.source.path,
            "sha256": t.source.sha256,
            "encoding": t.source.encoding,
            "language": t.source.language,
            "layout": t.source.layout,
        },
        "call": {
            "company": {"zh": t.call.company if zh else None, "en": b.company_en},
            "period": {"zh": t.call.period if zh else None, "en": t.call.period_en},
            "date": t.call.date.isoformat() if t.call.date else None,
            "period_end": t.call.period_end.isoformat() if t.call.period_end else None,
            "fiscal_period": {"zh": b.fiscal.zh, "en": b.fiscal.en} if b.fiscal else None,
        },
        "speakers": [_speaker(s) for s in t.speakers],
        "sections": [
            {"id": s.id, "kind": s.kind.value, "title": s.title, "title_en": s.title_en}
            for s in t.sections
        ],
        "turns": [_turn(u) for u in t.turns],
        "qa": [
            {
                "index": q.index,
                "analyst": q.analyst,
                "firm": q.firm,
                "question_turn": q.question_turn,
                "answer_turns": list(q.answer_turns),
                "answerers": list(q.answerers),
                "topics": list(q.topics),
            }
            for q in t.qa
        ],
        "metrics": [_metric(m) for m in b.metrics],
        "segments": [_segment(r) for r in b.segments],
        "quotes": [_quote(q, t.source.language) for q in b.quotes],
        "takeaways": [{"zh": s.zh, "en": s.en, "metrics": list(s.metrics)} for s in b.takeaways],
        "footnotes": [{"marker": f.marker, "text": f.text, "turn": f.turn} for f in t.footnotes],
        "glossary_fallbacks": [{"kind": f.kind, "zh": f.zh, "en": f.en} for f in b.fallbacks],
    }
    if b.changes is not None:  # --prior: what changed since the prior quarter's call
        doc.update(_changes(b.changes))
    if b.pairing is not None:  # --pair: the other version of the call
        doc["pair"] = {
            "path": b.pairing.path,
            "language": b.pairing.language,
            "turns_paired": b.pairing.turns_paired,
            "unpaired_turns": list(b.pairing.unpaired),
            "unpaired_other_turns": list(b.pairing.unpaired_other),
            "sentences_paired": b.pairing.sentences_paired,
        }
        for entry, asked, other in zip(
            doc["qa"], b.questions, b.question_translations, strict=True
        ):
            entry["question"], entry["question_translation"] = asked, other
    return doc


def _changes(c: Changes) -> dict[str, Any]:
    """``changes``: one entry per figure joined with the prior quarter's (the change derived,
    with both inputs); then the guidance, segment and topic changes."""

    def ends(x: tuple[Decimal | None, Decimal | None] | None) -> list[Any] | None:
        return [number(v) for v in x] if x is not None else None

    def said(i: ChangeInput) -> dict[str, Any]:
        return {"call": i.call, "turn": i.turn, "text": i.text}

    return {
        "changes": [
            {
                "id": m.id, "value": number(m.value), "prior_value": number(m.prior_value),
                "qoq_pct": number(m.qoq_pct), "qoq_points": number(m.qoq_points),
                "derived": True, "inputs": [said(i) for i in m.inputs],
            }
            for m in c.metrics
        ],
        "guidance_changes": [
            {"id": g.id, "status": g.status, "then": ends(g.then), "now": ends(g.now),
             "inputs": [said(i) for i in g.inputs]}
            for g in c.guidance
        ],
        "segment_changes": {
            "new": [key for key, _, _ in c.segments_new],
            "gone": [key for key, _, _ in c.segments_gone],
        },
        "topic_changes": {
            "new": [t.key for t in c.topics_new], "gone": [t.key for t in c.topics_gone],
        },
        "prior": {"path": c.prior_path, "period_zh": c.prior_period_zh,
                  "period_en": c.prior_period_en},
    }  # fmt: skip


def _quote(q: Quote, language: str) -> dict[str, Any]:
    """A quote: ``text`` as said, and ``text_zh`` / ``text_en``: one of them the verbatim
    original, the other the paired transcript's sentence (the company's translation) or null."""
    return {
        "turn": q.turn,
        "speaker": q.speaker,
        "text": q.text,
        "text_zh": q.text if language == "zh" else q.translation,
        "text_en": q.text if language != "zh" else q.translation,
        "topic": q.topic,
    }


def _speaker(s: Speaker) -> dict[str, Any]:
    return {
        "id": s.id,
        "name": s.name,
        "name_en": s.name_en,
        "title": s.title,
        "title_en": s.title_en,
        "firm": s.firm,
        "firm_en": s.firm_en,
        "role": s.role.value,
    }


def _turn(u: Turn) -> dict[str, Any]:
    """A turn; its paragraphs in the source's characters (a Traditional text's as written);
    ``translations`` only for a parallel bilingual text (the source's own, one a paragraph)."""
    turn: dict[str, Any] = {
        "index": u.index,
        "section": u.section,
        "speaker": u.speaker,
        "delivery": u.delivery.value if u.delivery else None,
        "paragraphs": list(u.written or u.paragraphs),
    }
    if u.translations:
        turn["translations"] = list(u.translations)
    return turn


def _metric(m: Metric) -> dict[str, Any]:
    first = m.source
    return {
        "id": m.id,
        "subject": m.subject,
        "subject_zh": m.subject_zh,
        "subject_en": m.subject_en,
        "measure": m.measure,
        "measure_zh": m.measure_zh,
        "measure_en": m.measure_en,
        "value": number(m.value),
        "unit": m.unit.value if m.unit else None,
        "yoy_pct": number(m.yoy_pct),
        "prior_value": number(m.prior_value),
        "qualitative": m.qualitative,
        "qualitative_en": m.qualitative_en,
        "period": {"key": m.period.key, "zh": m.period.zh, "en": m.period.en} if m.period else None,
        "basis": m.basis,
        "source": {"turn": first.turn, "text": first.text},
        "sources": [_source(s) for s in m.sources],
        "kind": m.kind,
        "low": number(m.low),
        "high": number(m.high),
        "qoq_pct": number(m.qoq_pct),
        "guidance_change": m.guidance_change,
        **(
            {
                "pair": {
                    "status": m.pair.status,
                    "value": number(m.pair.value),
                    "text": m.pair.text,
                    "field": m.pair.field,
                }
            }
            if m.pair is not None
            else {}
        ),
    }


def _source(s: MetricSource) -> dict[str, Any]:
    source: dict[str, Any] = {"turn": s.turn, "speaker": s.speaker, "text": s.text}
    if s.translation is not None:
        source["translation"] = s.translation
    return source


def _segment(r: SegmentRow) -> dict[str, Any]:
    return {
        "key": r.key,
        "name_zh": r.name_zh,
        "name_en": r.name_en,
        "parent": r.parent,
        "revenue": number(r.revenue),
        "revenue_yoy_pct": number(r.revenue_yoy_pct),
        "adjusted_ebita": number(r.adjusted_ebita),
        "adjusted_ebita_yoy_pct": number(r.adjusted_ebita_yoy_pct),
        "notes": [n.zh for n in r.notes],
        "notes_en": [n.en for n in r.notes],
        "level": r.level,
        "is_total": r.is_total,
        "currency": r.currency.value if r.currency else None,
        "revenue_prior": number(r.revenue_prior),
        "adjusted_ebita_prior": number(r.adjusted_ebita_prior),
        "adjusted_ebita_margin_pct": number(r.adjusted_ebita_margin_pct),
        "metrics": list(r.metrics),
    }


def dumps(doc: dict[str, Any]) -> str:
    """Deterministic JSON text: UTF-8 characters as they are, two-space indent, final newline."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
