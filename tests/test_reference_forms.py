"""The reference and the bundled example rewritten into the forms a web page gives them (each
speaker header on one line, ``名字：`` on its own line, no title block) read as the originals
do: the same speakers (names, roles, firms), Q&A exchanges and metrics.

The converters below rewrite the text at test time; the reference's text never enters the
repository.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from callbrief import Transcript, brief, extract
from conftest import EXAMPLE, reference_path

# --- converters ------------------------------------------------------------------------------

_TAG = re.compile(r"^[(（](?:原话|原文|翻译|口译)[)）]\s*[:：]?$")
_COLON = (":", "：")


def _header_blocks(lines: list[str]) -> list[tuple[list[int], str, str | None, str]]:
    """Each speaker-block header: (its line indices, name, title or None, delivery tag).

    A tag line closes a block: ``Name (Firm):`` / ``名字:`` over it is a two-line block; else
    the two lines over it are the name and the title.
    """
    filled = [i for i, line in enumerate(lines) if line.strip()]
    blocks = []
    for k, i in enumerate(filled):
        if not _TAG.match(lines[i].strip()):
            continue
        tag = lines[i].strip().rstrip(":：")
        above = lines[filled[k - 1]].strip()
        if above.endswith(_COLON):
            blocks.append(([filled[k - 1], i], above.rstrip(":：").strip(), None, tag))
        else:
            name = lines[filled[k - 2]].strip()
            blocks.append(([filled[k - 2], filled[k - 1], i], name, above, tag))
    return blocks


def _rewrite(text: str, header: Callable[[str, str | None, str], str]) -> str:
    lines: list[str | None] = list(text.split("\n"))
    for indices, name, title, tag in _header_blocks(text.split("\n")):
        lines[indices[0]] = header(name, title, tag)
        for i in indices[1:]:
            lines[i] = None
    return "\n".join(line for line in lines if line is not None)


def one_line(text: str) -> str:
    """``name / title / (原话)`` -> ``name title（原话）``; ``Name (Firm): / (翻译)`` ->
    ``Name (Firm)（翻译）``."""
    return _rewrite(text, lambda name, title, tag: f"{name} {title}{tag}" if title else name + tag)


def one_line_untagged(text: str) -> str:
    """``name / title / (原话)`` -> ``name title``; ``Name (Firm): / (翻译)`` -> ``Name (Firm)：``."""
    return _rewrite(text, lambda name, title, tag: f"{name} {title}" if title else f"{name}：")


def colon_lines(text: str) -> str:
    """Every header as ``name：`` alone (``Name (Firm)：`` for analysts), no title, no tag."""
    return _rewrite(text, lambda name, title, tag: f"{name}：")


def inline_names(text: str) -> str:
    """Every turn as ``name（title）：its first paragraph`` on one line (``Name (Firm)：...``
    for analysts), its other paragraphs after it; no delivery tag."""
    lines: list[str | None] = list(text.split("\n"))
    for indices, name, title, _ in _header_blocks(text.split("\n")):
        label = f"{name}（{title}）" if title else name
        first = next(i for i in range(indices[-1] + 1, len(lines)) if (lines[i] or "").strip())
        lines[indices[0]] = f"{label}：{(lines[first] or '').strip()}"
        for i in (*indices[1:], first):
            lines[i] = None
    return "\n".join(line for line in lines if line is not None)


def no_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def no_title_block(text: str) -> str:
    """Everything from the first section heading (the line over the first header block)."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    first = _header_blocks(lines)[0][0][0]
    return "\n".join(lines[filled[filled.index(first) - 1] :])


FORMS: dict[str, Callable[[str], str]] = {
    "one-line": one_line,
    "one-line-untagged": one_line_untagged,
    "one-line-no-blank-lines": lambda t: no_blank_lines(one_line(t)),
    "colon-lines": colon_lines,
    "colon-lines-no-blank-lines": lambda t: no_blank_lines(colon_lines(t)),
}
INLINE_FORMS: dict[str, Callable[[str], str]] = {
    "inline-names": inline_names,
    "inline-names-no-blank-lines": lambda t: no_blank_lines(inline_names(t)),
}
NO_TITLE_FORMS: dict[str, Callable[[str], str]] = {
    "blocks-no-title-block": no_title_block,
    "one-line-no-title-block": lambda t: one_line(no_title_block(t)),
    "colon-lines-no-title-block": lambda t: colon_lines(no_title_block(t)),
}

# --- what is compared ------------------------------------------------------------------------


def _source(name: str) -> Path:
    return reference_path() if name == "reference" else EXAMPLE


def _structure(t: Transcript) -> dict[str, Any]:
    names = {s.id: s.name for s in t.speakers}
    return {
        "speakers": [(s.name, s.role.value, s.firm) for s in t.speakers],
        "qa": [(names[q.analyst], q.firm, [names[a] for a in q.answerers]) for q in t.qa],
        "sections": [(s.title, s.kind.value) for s in t.sections],
        "turns": [(names[u.speaker], u.section) for u in t.turns],
    }


def _metrics(path: Path) -> list[tuple[Any, ...]]:
    return [
        (m.subject, m.measure, m.value, m.yoy_pct, m.prior_value) for m in brief(str(path)).metrics
    ]


@cache
def _original(name: str) -> tuple[dict[str, Any], list[tuple[Any, ...]], Transcript]:
    path = _source(name)
    t = extract(str(path))
    metrics = _metrics(path)
    assert metrics and t.qa, "the comparison needs figures and exchanges to compare"
    return _structure(t), metrics, t


def _converted(name: str, form: Callable[[str], str], tmp_path: Path) -> Path:
    source = _source(name)
    out = tmp_path / source.name
    out.write_text(form(source.read_text(encoding="utf-8")), encoding="utf-8")
    return out


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("name", ["reference", "example"])
def test_a_web_form_reads_as_the_original(name: str, form: str, tmp_path: Path) -> None:
    structure, metrics, original = _original(name)
    path = _converted(name, FORMS[form], tmp_path)
    t = extract(str(path))
    assert t.source.layout == "name-lines", t.source.layout_reason
    assert _structure(t) == structure
    assert t.call == original.call
    assert t.warnings == original.warnings
    assert _metrics(path) == metrics


@pytest.mark.parametrize("form", sorted(INLINE_FORMS))
@pytest.mark.parametrize("name", ["reference", "example"])
def test_inline_names_read_as_the_original(name: str, form: str, tmp_path: Path) -> None:
    """``名字：正文``: the speakers, exchanges, sections, turns and figures of the original
    (delivery tags have no place in this form)."""
    structure, metrics, original = _original(name)
    path = _converted(name, INLINE_FORMS[form], tmp_path)
    t = extract(str(path))
    assert t.source.layout == "inline-names", t.source.layout_reason
    assert _structure(t) == structure
    assert t.call == original.call
    assert _metrics(path) == metrics


@pytest.mark.parametrize("form", sorted(NO_TITLE_FORMS))
@pytest.mark.parametrize("name", ["reference", "example"])
def test_without_a_title_block_the_welcome_names_the_call(
    name: str, form: str, tmp_path: Path
) -> None:
    structure, metrics, original = _original(name)
    path = _converted(name, NO_TITLE_FORMS[form], tmp_path)
    t = extract(str(path))
    assert _structure(t) == structure
    # The host's welcome names the company and the quarter; neither welcome names the day,
    # so the date is not stated rather than guessed.
    assert (t.call.company, t.call.period, t.call.period_en) == (
        original.call.company,
        original.call.period,
        original.call.period_en,
    )
    assert t.call.date is None and original.call.date is not None
    assert _metrics(path) == metrics


def test_the_converters_change_what_they_should() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    filled = no_blank_lines(text).split("\n")
    assert "（原话）" in filled and "（原话）" not in no_blank_lines(one_line(text)).split("\n")
    assert not any(_TAG.match(line) for line in colon_lines(text).split("\n"))
    assert no_title_block(text).split("\n")[0].replace(" ", "") == "开场致辞"
