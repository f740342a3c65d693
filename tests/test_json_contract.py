"""The callbrief/1 JSON validates against the shipped schema, for both transcripts."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import jsonschema

from callbrief import brief
from callbrief.render.json_document import document, dumps
from conftest import ROOT


def test_json_validates_against_schema(transcript_path: Path) -> None:
    schema = json.loads((files("callbrief") / "data" / "callbrief-1.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    glossaries = (
        [ROOT / "examples/nebula.glossary.toml"] if "nebula" in transcript_path.name else []
    )
    doc = json.loads(dumps(document(brief(str(transcript_path), glossaries=glossaries))))
    jsonschema.Draft202012Validator(schema).validate(doc)


def test_schema_rejects_a_metric_without_figure_or_words() -> None:
    schema = json.loads((files("callbrief") / "data" / "callbrief-1.schema.json").read_text())
    metric_schema = {**schema["properties"]["metrics"]["items"], "$defs": schema["$defs"]}
    empty = {
        "id": "x.revenue", "subject": "x", "subject_zh": "x", "subject_en": "x", "measure": "revenue",
        "value": None, "unit": None, "yoy_pct": None, "prior_value": None, "qualitative": None,
        "source": {"turn": 0, "text": "句子。"},
    }  # fmt: skip
    assert not jsonschema.Draft202012Validator(metric_schema).is_valid(empty)
