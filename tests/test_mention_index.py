"""The index that narrows which glossary patterns search a clause (analyze/mentions.py) finds
exactly what searching every pattern finds, in the same order."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from callbrief.analyze.glossary import Measure, phrase_pattern, word_pattern
from callbrief.analyze.mentions import _INDEX, _first_character

ALPHABET = "收入集团云电商Aak KſsßSİiıIµμ-.()|+ "
"""CJK, cased Latin with the letters that match others when case is ignored (Kelvin sign,
long s, sharp s, dotted and dotless i, micro sign), and regex metacharacters."""


def _measure(n: int, patterns: list[re.Pattern[str]]) -> Measure:
    return Measure(f"m{n}", "", "", "money", None, False, 1, tuple(patterns))


def _every_hit(items: tuple[Measure, ...], text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), i.key) for i in items for p in i.patterns for m in p.finditer(text)
    ]


def _indexed_hit(items: tuple[Measure, ...], text: str) -> list[tuple[int, int, str]]:
    pairs = _INDEX(items).candidates(text)
    return [(m.start(), m.end(), i.key) for i, p in pairs for m in p.finditer(text)]


phrases = st.text(ALPHABET, min_size=1, max_size=4).filter(lambda s: s.strip())
raw = st.sampled_from(
    [
        "(?:收入|营收)?占比",
        "约?占.{0,6}?流通股",
        r"\d+",
        "a|b",
        "[ks]a",
        r"\.x",
        "x[](]|y",
        "[^]]a|b",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(st.one_of(phrases.map(phrase_pattern), phrases.map(word_pattern),
                                 raw.map(re.compile)), min_size=1, max_size=3),
             min_size=1, max_size=6),
    st.text(ALPHABET, max_size=40),
)  # fmt: skip
def test_the_index_finds_what_every_pattern_finds(
    groups: list[list[re.Pattern[str]]], text: str
) -> None:
    items = tuple(_measure(n, g) for n, g in enumerate(groups))
    assert _indexed_hit(items, text) == _every_hit(items, text)


def test_first_characters() -> None:
    assert _first_character(phrase_pattern("经调整 EBITA").pattern) == "经"
    assert _first_character(word_pattern("Intelligent Cloud").pattern) == "i"
    assert _first_character(re.escape("(x)")) == "("
    assert _first_character("约?占") is None  # optional
    assert _first_character("a|b") is None  # either
    assert _first_character(r"\d+") is None
    assert _first_character("(?:收入|营收)?占比") is None
    assert _first_character("收(?:入|益)") == "收"  # the alternation is inside a group
    assert _first_character("x[](]|y") is None  # ] first in a set is a character, | is not
    assert _first_character("x[|]y") == "x"
    assert _first_character("ıntel") == "i"
