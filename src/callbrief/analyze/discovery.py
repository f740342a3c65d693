"""Businesses a call names that no glossary knows, found in the text: a name right before a
measure it reports (电商集团营收为…, ``Cloud revenue was…``). They become segments of the
call's glossary, with an English (or Chinese) name composed and flagged for review, so their
figures go to them and not to the group."""

from __future__ import annotations

import dataclasses
import re

from callbrief.analyze.glossary import Entity, Glossary, phrase_pattern, word_pattern
from callbrief.lang.en import discovery as en
from callbrief.lang.en.text import sentences as english_sentences
from callbrief.lang.zh import discovery as zh
from callbrief.lang.zh.names import BUSINESS_SUFFIXES, GENERIC_BUSINESSES, compose_en, proper_part
from callbrief.lang.zh.text import sentences
from callbrief.model import Fallback, Role, Transcript
from callbrief.parse.speakers import business_slug


def discovered(transcript: Transcript, glossary: Glossary) -> tuple[Glossary, tuple[Fallback, ...]]:
    """The glossary with the businesses management names that it does not, and the names
    composed for them (flagged). A company glossary names its businesses: nothing is added."""
    if glossary.company is not None:
        return glossary, ()
    english = transcript.source.language != "zh"
    company = (transcript.call.company or "").replace(" ", "")
    management = {s.id for s in transcript.speakers if s.role is Role.MANAGEMENT}
    known = {e.zh for e in glossary.entities} | {e.en.casefold() for e in glossary.entities}
    names: dict[str, str | None] = {}  # name -> the business it is a part of
    brand = None if english else _brand(proper_part(company))
    for turn in transcript.turns:
        if turn.speaker not in management:
            continue
        last: list[str | None] = [None]  # the business last named in the turn
        for paragraph in turn.paragraphs:
            found = (
                _english(paragraph, last)
                if english
                else _chinese_with_parts(paragraph, last, brand)
            )
            for name, parent in found:
                if name.replace(" ", "") != company and name.casefold() not in known:
                    names.setdefault(name, parent)
    entities, fallbacks = [], []
    taken = {e.key for e in glossary.entities}
    keys: dict[str, str] = {}
    others = {} if english else _other_names(list(names), proper_part(company))
    for name, parent in names.items():
        if name in others:
            continue
        key = keys[name] = _key(name, taken)
        above = keys.get(others.get(parent, parent)) if parent else None
        if english:
            entity = Entity(key, name, name, "segment", above, (word_pattern(name),))
            fallbacks.append(Fallback("segment", name, name, "english"))
        else:
            made = compose_en(name, proper_part(company))
            said = tuple(n for n, same in others.items() if same == name)
            patterns = tuple(map(phrase_pattern, (name, *said)))
            entity = Entity(key, name, made, "segment", above, patterns, said)
            fallbacks.append(Fallback("segment", name, made, "composed"))
        entities.append(entity)
    extended = dataclasses.replace(glossary, entities=(*glossary.entities, *entities))
    return extended, tuple(fallbacks)


def _brand(proper: str) -> re.Pattern[str] | None:
    """Businesses named for the company (星云云收入…: 星云 and a word or two), before a measure."""
    if len(proper) < 2:
        return None
    starts = "|".join(re.escape(proper[:n]) for n in range(len(proper), 1, -1))
    return re.compile(f"(?P<name>(?:{starts}){zh.BRAND_TAIL}){zh.BRAND_MEASURES}")


def _other_names(names: list[str], proper: str) -> dict[str, str]:
    """Names that are another found name said differently, and that name: 星云云业务 for
    星云云集团 (one stem, two endings: the formal ending kept), 云业务 for 星云云 (the
    company's 云: our 云 business)."""

    def ending(name: str) -> int:
        return next((i for i, s in enumerate(BUSINESS_SUFFIXES) if name.endswith(s)), -1)

    def stem(name: str) -> str:
        i = ending(name)
        return name[: -len(BUSINESS_SUFFIXES[i])] if i >= 0 else name

    starts = [proper[:n] for n in range(2, len(proper) + 1)] if len(proper) >= 2 else []
    same: dict[str, str] = {}
    for name in names:
        for other in names:
            if other == name or other in same or name in same:
                continue
            a, b = stem(name), stem(other)
            if (a == b and ending(other) < ending(name)) or (
                ending(name) >= 0 and any(b == s + a for s in starts)
            ):
                same[name] = other
    return same


def _chinese(text: str, brand: re.Pattern[str] | None = None) -> list[str]:
    names = []
    for m in zh.BUSINESS.finditer(text):
        name = zh.LEAD.sub("", zh.NAME_BREAKS.split(m["name"])[-1])
        if len(name) > 2 and name not in GENERIC_BUSINESSES:
            names.append(name)
    if brand:
        names += [
            m["name"] for m in brand.finditer(zh.EXPLAINING.split(text)[0])
            if not zh.NOT_BRANDS.search(m["name"]) and m["name"] not in names
        ]  # fmt: skip
    for m in zh.SUBJECT_ACHIEVED.finditer(text):
        if not zh.NOT_A_LINE.search(m["name"]) and m["name"] not in zh.NOT_PARTS:
            names.append(m["name"])
    names += [
        m["name"] for m in zh.LATIN_BUSINESS.finditer(zh.EXPLAINING.split(text)[0])
        if m["name"] not in zh.NOT_LATIN_BUSINESSES
    ]  # fmt: skip
    return names


def _chinese_with_parts(
    paragraph: str, last: list[str | None], brand: re.Pattern[str] | None = None
) -> list[tuple[str, str | None]]:
    """Businesses a paragraph names, and the parts (其中国内零售收入…) of the one just named
    (``last``: the business last named in the turn, kept across its paragraphs)."""
    found: list[tuple[str, str | None]] = []
    for sentence in sentences(paragraph):
        named = _chinese(sentence, brand)
        parent = last[0]
        if zh.SUB_PART.match(sentence) and parent:
            for m in zh.PART.finditer(sentence):
                name = zh.LEAD.sub("", m["name"])
                if len(name) >= 2 and name not in zh.NOT_PARTS and name != parent:
                    found.append((name, parent))
            continue
        topic = zh.TOPIC_BUSINESS.match(sentence)
        if topic and not named and topic["name"] not in GENERIC_BUSINESSES:
            named = [topic["name"]]
        line = zh.LINE.match(sentence)
        if line and parent and not named:
            lines = [line, *zh.NEXT_LINE.finditer(sentence, line.end())]
            names = [zh.LEAD.sub("", m["name"]) for m in lines]
            found += [(n, parent) for n in names if _a_line(n)]
            if any(map(_a_line, names)):
                continue
        if not named and (zh.FOREIGN_OWNER.search(sentence) or _other_business(sentence, parent)):
            last[0] = None  # a business no pattern finds: the next lines are not the last one's
            continue
        found += [(name, None) for name in named]
        last[0] = named[-1] if named else parent
    return found


def _a_line(name: str) -> bool:
    return len(name) >= 2 and name not in zh.NOT_PARTS and not zh.NOT_A_LINE.search(name)


def _other_business(sentence: str, last: str | None) -> bool:
    """Whether a sentence names a business (我们的硬件业务增长强劲…) other than ``last``."""
    return any(
        m[0] not in GENERIC_BUSINESSES and m[0] != last
        for m in zh.NAMED_BUSINESS.finditer(sentence)
    )


def _english(paragraph: str, last: list[str | None]) -> list[tuple[str, str | None]]:
    """Businesses a paragraph names, and the parts of the one just named (``…, of which
    Storage revenue was…``; ``Of that, …``)."""
    names: list[tuple[str, str | None]] = []
    for sentence in english_sentences(paragraph):
        turn = en.PART_AFTER.search(sentence)
        parent = last[0] if en.SUB_SENTENCE.match(sentence) else None
        topic = en.TOPIC.match(sentence)
        for m in [*en.BUSINESS.finditer(sentence), *([topic] if topic else [])]:
            name = en.LEAD.sub("", m["name"] or m.groupdict().get("name2") or "").strip()
            words = name.split()
            if not words or words[0].casefold() in en.NOT_BUSINESSES or re.search(r"\d", name):
                continue
            above = last[0] if turn and m.start() > turn.start() else parent
            names.append((name, above if above != name else None))
            if above is None:
                last[0] = name
    return names


def _key(name: str, taken: set[str]) -> str:
    base = business_slug(name) or "business"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    taken.add(key)
    return key
