"""The JSON's turns show what the source writes: a Traditional text's paragraphs in its own
characters, a parallel text's translations beside each paragraph, in the source's script."""

from __future__ import annotations

import json
import re

from callbrief import brief
from callbrief.render.json_document import document, dumps
from conftest import EXAMPLE, FIXTURES

_SIMPLIFIED_ONLY = re.compile("[这们说为进发时业]")  # written differently in Traditional


def _turns(name: str) -> list[dict[str, object]]:
    doc = json.loads(dumps(document(brief(str(FIXTURES / "layouts" / name)))))
    turns: list[dict[str, object]] = doc["turns"]
    return turns


def test_traditional_paragraphs_are_shown_as_written() -> None:
    text = "".join(p for u in _turns("traditional-zh.txt") for p in u["paragraphs"])  # type: ignore[attr-defined]
    assert text and not _SIMPLIFIED_ONLY.search(text)
    assert "營業收入" in text


def test_parallel_translations_beside_each_paragraph_in_the_source_script() -> None:
    turns = _turns("parallel-en-zh.txt")
    paired = [u for u in turns if "translations" in u]
    assert paired and all(len(u["translations"]) == len(u["paragraphs"]) for u in paired)  # type: ignore[arg-type]
    translated = "".join(x for u in paired for x in u["translations"] if x)  # type: ignore[attr-defined]
    assert translated and not _SIMPLIFIED_ONLY.search(translated)


def test_other_transcripts_have_no_translations_key() -> None:
    doc = json.loads(dumps(document(brief(str(EXAMPLE)))))
    assert all("translations" not in u for u in doc["turns"])
