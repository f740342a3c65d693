"""English names composed for Chinese names no glossary knows: common words from a word list,
the proper part in pinyin as one capitalised word (星河科技集团 -> Xinghe Technology Group;
电商集团 -> E-commerce Group; 海外零售业务 -> Overseas retail business)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from callbrief.lang.words import words

_HAN = re.compile(r"[\u3400-\u9fff]")
BUSINESS_SUFFIXES = ("事业群", "事业部", "集团", "业务", "分部", "板块")
"""The words that end a business's name in a Chinese call."""
GENERIC_BUSINESSES = frozenset(
    [
        "本集团",
        "该集团",
        "整个集团",
        "全集团",
        "我们集团",
        "各业务",
        "其他业务",
        "整体业务",
        "核心业务",
        "主营业务",
        "新业务",
        "相关业务",
        "各项业务",
        "所有业务",
        "现有业务",
        "传统业务",
        "该业务",
        "本业务",
        "这项业务",
        "这些业务",
        "我们的业务",
        "子集团",
        "业务",
        "集团",
    ]
)
"""Phrases that end like a business's name but name none (本集团, 核心业务)."""


@cache
def _name_words() -> Mapping[str, str]:
    table: dict[str, str] = words("callbrief.lang.zh")["name_words"]
    return table


def proper_part(name: str) -> str:
    """The part of a company's name no common word covers, at its start (星云科技集团 -> 星云)."""
    table = _name_words()
    for i in range(len(name)):
        if any(name.startswith(w, i) for w in table if len(w) > 1):
            return name[:i]
    return name


def compose_en(name: str, proper: str = "") -> str:
    """An English name for a Chinese name, from common words and pinyin: the longest word
    that fits at each place; a run no word covers becomes one capitalised pinyin word.
    ``proper``: the company's own name (星云), read as one word where a name starts with it."""
    from callbrief.parse.speakers import romanise

    table = _name_words()
    longest = max(map(len, table))
    parts: list[str] = []
    i = 0
    if proper and len(proper) < len(name) and name.startswith(proper):
        parts.append(_one_word(romanise(proper)))
        i = len(proper)
    proper = ""
    while i < len(name):
        latin = _LATIN.match(name, i)
        if latin or name[i].isspace():
            if proper:
                parts.append(_one_word(romanise(proper)))
                proper = ""
            if latin:
                parts.append(latin[0])  # AI 相关产品: a Latin word is its own English
            i = latin.end() if latin else i + 1
            continue
        word = next(
            (name[i : i + n] for n in range(min(longest, len(name) - i), 0, -1)
             if name[i : i + n] in table),
            None,
        )  # fmt: skip
        if word is None or (proper and len(word) == 1 and not parts):
            proper += name[i]
            i += 1
            continue
        if proper:
            parts.append(_one_word(romanise(proper)))
            proper = ""
        parts.append(table[word])
        i += len(word)
    if proper:
        parts.append(_one_word(romanise(proper)) if _HAN.search(proper) else proper)
    text = " ".join(parts)
    return text[:1].upper() + text[1:]


_LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9&+\-]*")


def _one_word(pinyin: str) -> str:
    """``Xing He`` -> ``Xinghe``: a proper name's syllables as one word."""
    return pinyin.replace(" ", "").capitalize()
