"""The pieces the English provider layouts share: operator introductions, hard-wrapped
paragraphs, participant lists (the fixtures in fixtures/layouts/ read whole transcripts)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from callbrief import extract
from callbrief.model import Role, Source
from callbrief.parse import Header, TurnBuilder
from callbrief.parse.introductions import (
    Introduction,
    introduce_analysts,
    introductions_in,
    same_person,
)
from callbrief.parse.reflow import unwrap, wrap_width

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


@pytest.mark.parametrize(
    ("text", "name", "firm"),
    [
        ("Our next question comes from Jane Doe with Example Securities.", "Jane Doe", "Example Securities"),
        ("Our next question comes from the line of John Roe of Example Capital. Please proceed.", "John Roe", "Example Capital"),
        ("Your first question comes from Ann Lee at Example Bank, your line is open.", "Ann Lee", "Example Bank"),
        ("The next question is a follow-up from Jane Doe, Example Securities.", "Jane Doe", "Example Securities"),
        ("We have a question from Ken Ito with Example & Co. Please go ahead.", "Ken Ito", "Example & Co."),
        ("Next question comes from Pat O'Neil with J.P. Example. Your line is open.", "Pat O'Neil", "J.P. Example"),
        ("And we'll take our next question from Ana de la Cruz from Bank of Example.", "Ana de la Cruz", "Bank of Example"),
        ("Our next question comes from Jane Doe.", "Jane Doe", None),
        ("下一位提问的是来自示例证券的张三。", "张三", "示例证券"),
        ("接下来有请来自示例银行的分析师王五提问。", "王五", "示例银行"),
        ("第一个问题来自示例资本的 Kevin Brooks。", "Kevin Brooks", "示例资本"),
    ],
)  # fmt: skip
def test_an_introduction_names_the_questioner_and_firm(text: str, name: str, firm: str) -> None:
    assert introductions_in(text) == [Introduction(name, firm)]


@pytest.mark.parametrize(
    "text",
    [
        "We will now begin the question-and-answer session. [Operator instructions]",
        "I would now like to turn the call over to Jane Doe, Head of Investor Relations.",
        "Thank you, Jane. That was a good question from the analysts.",
    ],
)
def test_other_operator_lines_introduce_nobody(text: str) -> None:
    assert introductions_in(text) == []


def test_a_middle_initial_is_the_same_person() -> None:
    assert same_person("Thomas Whitfield", "Thomas J. Whitfield")
    assert same_person("jane doe", "Jane  Doe")
    assert not same_person("Jane Doe", "John Doe")


def _call(*turns: tuple[str, str]) -> list[str]:
    """Lines of a tiny call: a title, a Q&A heading, then ``Name:`` / text lines."""
    lines = ["Example Corp Q3 2024 Earnings Call", "Q&A"]
    for name, text in turns:
        lines += [f"{name}:", text]
    return lines


def _built(lines: list[str]) -> TurnBuilder:
    headers = [
        Header(i, i + 1, line[:-1]) for i, line in enumerate(lines) if line.endswith(":") and i > 1
    ]
    source = Source("t.txt", "0" * 64, "utf-8", "en", "test")
    return TurnBuilder(lines, headers, [1], source)


def test_an_introduced_speaker_becomes_the_analyst_of_the_firm_named() -> None:
    lines = _call(
        ("Operator", "Our next question comes from Jane Doe with Example Securities."),
        ("Jane Doe", "How did margins move?"),
        ("Ada Lin", "They rose."),
    )
    t = introduce_analysts(_built(lines).build())
    jane = next(s for s in t.speakers if s.name == "Jane Doe")
    assert (jane.role, jane.firm) == (Role.ANALYST, "Example Securities")
    assert [(t.speaker(q.analyst).name, q.firm) for q in t.qa] == [
        ("Jane Doe", "Example Securities")
    ]
    assert t.warnings == ()


def test_a_chinese_introduction_too() -> None:
    lines = _call(
        ("Operator", "下一位提问的是来自示例证券的张三。"),
        ("张三", "请问利润率怎么样？"),
        ("王明", "利润率提升。"),
    )
    t = introduce_analysts(_built(lines).build())
    assert [(s.name, s.role, s.firm) for s in t.speakers][1] == ("张三", Role.ANALYST, "示例证券")
    assert len(t.qa) == 1


def test_an_introduction_followed_by_someone_else_is_a_warning() -> None:
    lines = _call(
        ("Operator", "Our next question comes from Jane Doe with Example Securities."),
        ("Ada Lin", "They rose."),
    )
    t = introduce_analysts(_built(lines).build())
    (warning,) = t.warnings
    assert "Jane Doe (Example Securities), but Ada Lin speaks next" in warning
    assert t.speakers[1].role is Role.MANAGEMENT


_WRAPPED = (
    "Total revenue was $412.6 million, up 14% year-over-year and ahead of the top end of "
    "guidance. Subscription revenue grew 19%. Professional services revenue was flat "
    "(excluding currency) as more customers chose partner-led implementations. We expect "
    "the mix shift to continue next year."
)


def test_hard_wrapped_lines_become_whole_paragraphs() -> None:
    second = "Thank you, operator. With me today are our CEO and our CFO, who will speak first."
    # a width at which the paragraph wraps right after a full stop and a closing parenthesis
    columns = next(
        n
        for n in range(30, 80)
        if {line[-1] for line in textwrap.wrap(_WRAPPED, n)[:-1]} >= {".", ")"}
    )
    lines = [*textwrap.wrap(_WRAPPED, columns), *textwrap.wrap(second, columns)]
    width = wrap_width(lines)
    assert width == max(map(len, lines))
    assert unwrap(lines, width) == [_WRAPPED, second]


def test_a_hyphen_at_a_wrap_joins_without_a_space() -> None:
    assert unwrap(["we reiterate our forward-", "looking statements"], 25) == [
        "we reiterate our forward-looking statements"
    ]


def test_text_that_is_not_hard_wrapped_is_left_alone() -> None:
    one_per_line = [_WRAPPED] * 10
    assert wrap_width(one_per_line) is None
    sentences = ["Revenue grew 14% year over year to a record."] * 10
    assert wrap_width(sentences) is None


def test_a_silent_participant_is_named_in_a_warning(tmp_path: Path) -> None:
    text = (LAYOUTS / "participant-lists-en.txt").read_text(encoding="utf-8")
    # Rachel Lindqvist's name lines go: her turns join the ones before, her entry stays.
    path = tmp_path / "t.txt"
    path.write_text(text.replace("Rachel Lindqvist\nCorvane", "Corvane"), encoding="utf-8")
    t = extract(str(path))
    assert any("never heard: Rachel Lindqvist " in w for w in t.warnings), t.warnings


def test_one_line_headers_read_as_the_two_line_ones(tmp_path: Path) -> None:
    """``Jane Doe, Example Corp - CFO [2]`` (a provider's numbered one-line header) gives the
    same call as the name line over the ``Company - Title`` line."""
    fixture = LAYOUTS / "participant-lists-en.txt"
    text = fixture.read_text(encoding="utf-8")
    numbered = iter(range(2, 100))
    one_line = re.sub(
        r"^([A-Z][A-Za-z. ]+)\n(.+ - .+)$",
        lambda m: f"{m[1]}, {m[2]} [{next(numbered)}]",
        text,
        flags=re.MULTILINE,
    ).replace("\nOperator\n", "\nOperator [1]\n")
    assert one_line.count(" [") > 10
    path = tmp_path / "one-line.txt"
    path.write_text(one_line, encoding="utf-8")
    a, b = extract(str(fixture)), extract(str(path))
    assert b.source.layout == "participant-lists" and b.warnings == ()
    assert [(s.name, s.role, s.title, s.firm) for s in b.speakers] == [
        (s.name, s.role, s.title, s.firm) for s in a.speakers
    ]
    assert [u.paragraphs for u in b.turns] == [u.paragraphs for u in a.turns]
    assert b.qa == a.qa
