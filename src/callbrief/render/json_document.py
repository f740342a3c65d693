"""The machine-readable form of a call: schema ``callbrief/1`` (see README, "JSON contract")."""

from __future__ import annotations

import json
from typing import Any

from callbrief.model import Speaker, Transcript

SCHEMA = "callbrief/1"


def document(transcript: Transcript) -> dict[str, Any]:
    """The JSON-ready dict of a transcript, keys in the documented order."""
    t = transcript
    zh = t.source.language == "zh"
    return {
        "schema": SCHEMA,
        "source": {
            "path": t.source.path,
            "sha256": t.source.sha256,
            "encoding": t.source.encoding,
            "language": t.source.language,
            "layout": t.source.layout,
        },
        "call": {
            "company": {"zh": t.call.company if zh else None, "en": None if zh else t.call.company},
            "period": {"zh": t.call.period if zh else None, "en": t.call.period_en},
            "date": t.call.date.isoformat() if t.call.date else None,
        },
        "speakers": [_speaker(s) for s in t.speakers],
        "sections": [
            {"id": s.id, "kind": s.kind.value, "title": s.title, "title_en": s.title_en}
            for s in t.sections
        ],
        "turns": [
            {
                "index": u.index,
                "section": u.section,
                "speaker": u.speaker,
                "delivery": u.delivery.value if u.delivery else None,
                "paragraphs": list(u.paragraphs),
            }
            for u in t.turns
        ],
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
        "metrics": [],
        "segments": [],
        "quotes": [],
        "footnotes": [{"marker": f.marker, "text": f.text, "turn": f.turn} for f in t.footnotes],
    }


def _speaker(s: Speaker) -> dict[str, Any]:
    return {
        "id": s.id,
        "name": s.name,
        "name_en": s.name_en,
        "title": s.title,
        "title_en": None,
        "firm": s.firm,
        "role": s.role.value,
    }


def dumps(doc: dict[str, Any]) -> str:
    """Deterministic JSON text: UTF-8 characters as they are, two-space indent, final newline."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
