"""Layout edge cases: headers without a delivery tag or a title line; text this layout
cannot read is refused rather than turned into an empty briefing."""

from __future__ import annotations

from pathlib import Path

import pytest

from callbrief import ParseError, extract
from conftest import EXAMPLE


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "t.txt"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_header_without_delivery_tag(tmp_path: Path) -> None:
    path = _variant(
        tmp_path,
        "林浩然\n\n星云科技集团首席执行官\n\n(原话)\n\n",
        "林浩然\n\n星云科技集团首席执行官\n\n",
    )
    t = extract(str(path))
    ceo = next(s for s in t.speakers if s.name == "林浩然")
    assert ceo.title == "星云科技集团首席执行官" and ceo.role.value == "management"
    turn = next(u for u in t.turns if u.speaker == ceo.id)
    assert turn.delivery is None and turn.paragraphs[0] == "谢谢 Grace，大家好。"
    host_turn = t.turns[0]
    assert not any("谢谢 Grace" in p for p in host_turn.paragraphs)  # not merged into the host's


def test_header_without_title_after_a_heading(tmp_path: Path) -> None:
    path = _variant(tmp_path, "林浩然\n\n星云科技集团首席执行官\n\n(原话)", "林浩然\n\n(原话)")
    t = extract(str(path))
    assert [s.title for s in t.sections][1] == "业务回顾"
    ceo = next(s for s in t.speakers if s.name == "林浩然")
    assert ceo.title is None
    assert not any(s.name.replace(" ", "") == "业务回顾" for s in t.speakers)


def test_text_in_another_layout_is_refused(tmp_path: Path) -> None:
    english = "\n".join(
        [f"Operator: Good day and welcome to the call, line {n}." for n in range(20)]
        + ["Jane Doe (Big Bank):", "(Original)", "What about margins?"]
    )
    path = tmp_path / "en.txt"
    path.write_text(english, encoding="utf-8")
    with pytest.raises(ParseError) as info:
        extract(str(path))
    assert "does not fit" in info.value.one_line()
