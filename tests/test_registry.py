"""The registry of parts and sheets (render/registry.py) is the one place they are declared:
every entry has its partial, label and builder; every partial of a part is registered; and a
part added as one entry and one partial is validated, rendered and offered by init-audience."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from callbrief.build import BuildOptions, build
from callbrief.render import registry, sheets
from callbrief.render.audience import AudienceError, find_audience
from callbrief.render.scaffold import init_audience
from conftest import EXAMPLE, ROOT

BASE = ROOT / "templates" / "base"
# Partials that are pieces of parts or of the page, not parts of their own.
NOT_PARTS = {"partials/macros.html", "partials/provenance.html", "partials/chart.svg"}


def test_every_part_has_its_partial_and_label_and_every_partial_is_a_part() -> None:
    labels = tomllib.loads((BASE / "labels.toml").read_text(encoding="utf-8"))
    names = [p.name for p in registry.PARTS]
    assert len(set(names)) == len(names)
    for part in registry.PARTS:
        assert (BASE / part.partial).is_file(), part
        assert part.label is None or part.label in labels, part
    partials = {f"partials/{p.name}" for p in (BASE / "partials").iterdir()}
    assert partials - NOT_PARTS == {p.partial for p in registry.PARTS}


def test_every_sheet_has_its_builder_and_labels() -> None:
    table = tomllib.loads((BASE / "workbook-labels.toml").read_text(encoding="utf-8"))
    names = [s.name for s in registry.SHEETS]
    assert len(set(names)) == len(names)
    for sheet in registry.SHEETS:
        assert callable(sheets.builder(sheet)), sheet
        assert "headers" in table[sheet.labels], sheet


def test_defaults_come_from_the_registry() -> None:
    analyst = find_audience("analyst")
    assert analyst.sections == registry.part_names()
    assert analyst.workbook.sheets == registry.sheet_names()


@pytest.fixture
def with_outlook(monkeypatch: pytest.MonkeyPatch) -> registry.Part:
    """A part of a user's own, registered for the test: one entry, one partial."""
    part = registry.Part("outlook", "partials/outlook.html", None)
    monkeypatch.setattr(registry, "PARTS", (*registry.PARTS, part))
    return part


def test_a_new_part_is_one_entry_and_one_partial(
    with_outlook: registry.Part, tmp_path: Path
) -> None:
    audience = tmp_path / "desk"
    (audience / "partials").mkdir(parents=True)
    (audience / "audience.toml").write_text(
        'name = "desk"\nsections = ["cover", "outlook", "takeaways"]\n', encoding="utf-8"
    )
    (audience / "partials" / "outlook.html").write_text(
        '<section class="outlook">Outlook of {{ company.en }}</section>\n', encoding="utf-8"
    )
    options = BuildOptions(out_dir=tmp_path / "out", audience=str(audience), formats=("html",))
    (html,) = build(str(EXAMPLE), options)
    page = html.read_text(encoding="utf-8")
    cover, outlook, takeaways = (
        page.index('<section class="cover">'),
        page.index('<section class="outlook">Outlook of '),
        page.index('<section class="takeaways">'),
    )
    assert cover < outlook < takeaways

    # its block is overridable like any other part's, with super() keeping the partial
    (audience / "briefing.html").write_text(
        '{% extends "!base/briefing.html" %}\n'
        "{% block outlook %}<p>Ours first.</p>{{ super() }}{% endblock %}\n",
        encoding="utf-8",
    )
    (html,) = build(str(EXAMPLE), options)
    assert '<p>Ours first.</p><section class="outlook">' in html.read_text(encoding="utf-8")

    made = init_audience("fund", "analyst", tmp_path / "made")
    assert '"outlook"' in (made / "audience.toml").read_text(encoding="utf-8")
    assert "outlook" in (made / "briefing.html").read_text(encoding="utf-8")


def test_an_unregistered_part_is_refused(tmp_path: Path) -> None:
    (tmp_path / "audience.toml").write_text('sections = ["outlook"]\n', encoding="utf-8")
    with pytest.raises(AudienceError, match="unknown section 'outlook'"):
        find_audience(str(tmp_path))
