"""Layouts as plug-ins: a tiny layout written here joins the registry like the built-in one,
through ``register_layout()`` in process and through the ``callbrief.layouts`` entry point in a
fresh process; how the reading layout is chosen and how a refusal names each layout's reason."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator, Sequence
from importlib import import_module
from pathlib import Path

import pytest

from callbrief import ParseError, extract
from callbrief.model import Role, SectionKind, Source, Transcript
from callbrief.parse import MIN_SCORE, Detection, Header, TurnBuilder, layouts
from callbrief.parse.layout import choose
from callbrief.parse.registry import (
    DEFAULT_LAYOUTS,
    LayoutRegistry,
    LayoutRegistryError,
    get_layout,
    register_layout,
    unregister_layout,
)
from callbrief.parse.sections import STANDALONE_HEADING

TESTS = Path(__file__).parent
# The built-in layouts' names, in registry order (speaker-blocks first).
BUILT_INS = [
    getattr(import_module(module), attribute).name
    for module, _, attribute in (target.partition(":") for target in DEFAULT_LAYOUTS)
]


def built_in() -> list[str]:
    """The built-in layouts' names, in registry order (``speaker-blocks`` first)."""
    registry = LayoutRegistry()
    for target in DEFAULT_LAYOUTS:
        module, _, attribute = target.partition(":")
        registry.add(getattr(import_module(module), attribute), target)
    return [layout.name for layout in registry]


# --- the tiny layout (the README shows it) -----------------------------------------------

_TURN = re.compile(r"^>> (?P<name>[^:(]+?)(?: \((?P<firm>[^)]+)\))?: (?P<text>.+)$")


class ChevronLayout:
    """Turns as ``>> Name: text`` lines (``>> Name (Firm): text`` for analysts)."""

    name = "chevrons"
    description = "one line a turn: '>> Name: text', analysts as '>> Name (Firm): text'"
    example = ">> Jane Doe (Example Securities): How did margins move?"

    def detect(self, lines: Sequence[str]) -> Detection:
        turns = sum(bool(_TURN.match(line)) for line in lines)
        if not turns:
            return Detection(0.0, "no '>> Name: text' lines")
        return Detection(turns / len(lines), f"{turns} of {len(lines)} lines are turns")

    def parse(self, lines: Sequence[str], source: Source) -> Transcript:
        headers = [
            Header(i, i + 1, m["name"], firm=m["firm"], text=m["text"])
            for i, line in enumerate(lines)
            if (m := _TURN.match(line))
        ]
        headings = [i for i, line in enumerate(lines) if STANDALONE_HEADING.match(line)]
        return TurnBuilder(lines, headers, headings, source).build()


# -------------------------------------------------------------------------------------------

CHEVRON_CALL = """\
Example Orchard Holdings
June quarter 2025 earnings call
August 1, 2025
>> Operator: Good day, and welcome to the call.
>> Ada Lin: Thank you. Revenue grew this quarter.
We also opened two new stores.
Q&A
>> Jane Doe (Example Securities): How did margins move?
>> Ada Lin: They improved.
"""


class DuplicateLayout(ChevronLayout):
    """A layout that takes the built-in's name."""

    name = "speaker-blocks"


@pytest.fixture
def chevrons() -> Iterator[None]:
    register_layout(ChevronLayout)
    yield
    unregister_layout("chevrons")


def _write(tmp_path: Path, text: str = CHEVRON_CALL) -> Path:
    path = tmp_path / "orchard.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_registered_layout_reads_its_text(tmp_path: Path, chevrons: None) -> None:
    t = extract(str(_write(tmp_path)))
    assert t.source.layout == "chevrons" and t.source.language == "en"
    assert t.call.company == "Example Orchard Holdings" and t.call.period_en == "June quarter 2025"
    assert [s.kind for s in t.sections] == [SectionKind.INTRODUCTION, SectionKind.QA]
    assert [(s.name, s.role) for s in t.speakers] == [
        ("Operator", Role.OPERATOR),
        ("Ada Lin", Role.MANAGEMENT),
        ("Jane Doe", Role.ANALYST),
    ]
    assert t.turns[1].paragraphs == (
        "Thank you. Revenue grew this quarter.",
        "We also opened two new stores.",
    )
    assert t.turns[2].header == (">> Jane Doe (Example Securities): How did margins move?",)
    (exchange,) = t.qa
    assert exchange.firm == "Example Securities" and exchange.answer_turns == (3,)


def test_the_registry_lists_built_ins_first_then_registrations(chevrons: None) -> None:
    assert [layout.name for layout in layouts()] == [*BUILT_INS, "chevrons"]


def test_the_built_in_layout_still_reads_the_example() -> None:
    from conftest import EXAMPLE

    assert extract(str(EXAMPLE)).source.layout == "speaker-blocks"


def test_a_duplicate_name_is_an_error() -> None:
    with pytest.raises(LayoutRegistryError, match="two layouts named 'speaker-blocks'"):
        register_layout(DuplicateLayout())
    assert [layout.name for layout in layouts()] == BUILT_INS


def test_an_object_without_the_interface_is_refused() -> None:
    registry = LayoutRegistry()
    with pytest.raises(LayoutRegistryError, match="is not a layout"):
        registry.add(object(), "a test")


class _Fixed:
    """A layout that always gives the same detection."""

    description = example = "-"

    def __init__(self, name: str, score: float, reason: str = "fixed") -> None:
        self.name, self.detection = name, Detection(score, reason)

    def detect(self, lines: Sequence[str]) -> Detection:
        return self.detection

    def parse(self, lines: Sequence[str], source: Source) -> Transcript:
        raise NotImplementedError


def test_the_best_score_wins_and_a_tie_goes_to_the_earlier_layout() -> None:
    a, b, c = _Fixed("a", 0.6), _Fixed("b", 0.9), _Fixed("c", 0.9)
    assert choose([a, b, c], ["x"], source="t.txt") is b
    assert choose([c, b], ["x"], source="t.txt") is c


def test_nothing_fits_names_the_best_candidates_and_their_reasons() -> None:
    candidates = [
        _Fixed("a", 0.0, "no a headers"),
        _Fixed("b", MIN_SCORE - 0.05, "two b lines"),
        _Fixed("c", 0.0, "no c headers"),
        _Fixed("d", 0.0, "no d headers"),
    ]
    with pytest.raises(ParseError) as info:
        choose(candidates, ["x"], source="t.txt")
    assert info.value.one_line() == (
        "t.txt: no transcript structure found; no layout fits: b (score 0.20: two b lines); "
        "a (no a headers); c (no c headers) (see `callbrief layouts`)"
    )


def test_a_score_is_between_0_and_1() -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        Detection(1.5, "too sure")


def test_a_refusal_names_the_built_in_layouts_reason(
    tmp_path: Path, chevrons: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only these two: a refusal names the best three, and every built-in scores 0 here.
    two = (get_layout("speaker-blocks"), get_layout("chevrons"))
    monkeypatch.setattr(sys.modules["callbrief.parse"], "layouts", lambda: two)
    path = _write(tmp_path, "Just a paragraph of prose.\nAnd another one.\n")
    with pytest.raises(ParseError) as info:
        extract(str(path))
    message = info.value.one_line()
    assert message.startswith(f"{path}: no transcript structure found; no layout fits: ")
    assert "speaker-blocks (no speaker headers such as a name, a title and (" in message
    assert "chevrons (no '>> Name: text' lines)" in message


# --- the command line, and the entry point, in a fresh process ------------------------------


def _plugin_site(tmp_path: Path, entry_points: str) -> dict[str, str]:
    """The environment of a process that sees an installed distribution declaring
    ``entry_points`` (lines of the ``callbrief.layouts`` group) and this test module."""
    dist = tmp_path / "site" / "callbrief_orchard-0.1.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: callbrief-orchard\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text(f"[callbrief.layouts]\n{entry_points}\n")
    path = os.pathsep.join([str(tmp_path / "site"), str(TESTS)])
    return {**os.environ, "PYTHONPATH": path}


def _callbrief(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "callbrief", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_layouts_command_lists_the_built_in_layout() -> None:
    result = _callbrief("layouts")
    assert result.returncode == 0 and result.stderr == ""
    listed = result.stdout.splitlines()
    assert [line.split()[0] for line in listed[::2]] == BUILT_INS
    name, example = listed[:2]
    width = max(map(len, BUILT_INS)) + 2  # names are padded to the longest
    assert name.startswith("speaker-blocks".ljust(width) + "speaker headers on lines of their own")
    assert example.startswith(" " * width + "e.g. ") and "(" in example


def test_an_entry_point_layout_is_listed_and_read(tmp_path: Path) -> None:
    env = _plugin_site(tmp_path, "chevrons = test_layout_plugins:ChevronLayout")
    listed = _callbrief("layouts", env=env)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert [line.split()[0] for line in lines[::2]] == [*BUILT_INS, "chevrons"]
    assert lines[2 * len(BUILT_INS) + 1].strip() == f"e.g. {ChevronLayout.example}"
    path = _write(tmp_path)
    extracted = _callbrief("extract", str(path), env=env)
    assert extracted.returncode == 0, extracted.stderr
    assert "layout chevrons" in extracted.stdout


@pytest.mark.parametrize(
    ("entry_point", "reason"),
    [
        ("dup = test_layout_plugins:DuplicateLayout", "two layouts named 'speaker-blocks'"),
        ("broken = no_such_module:Layout", "layout 'broken' (no_such_module:Layout) failed"),
    ],
)
def test_a_bad_entry_point_is_one_line_exit_1(
    tmp_path: Path, entry_point: str, reason: str
) -> None:
    result = _callbrief("layouts", env=_plugin_site(tmp_path, entry_point))
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert reason in line and "Traceback" not in result.stderr
