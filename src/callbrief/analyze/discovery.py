"""Businesses a call names that no glossary knows, found in the text: a name right before a
measure it reports (电商集团营收为…, ``Cloud revenue was…``). They become segments of the
call's glossary, with an English (or Chinese) name composed and flagged for review, so their
figures go to them and not to the group."""

from __future__ import annotations

import dataclasses
import re

from callbrief.analyze.glossary import Entity, Glossary, phrase_pattern, word_pattern
from callbrief.lang.en import discovery as en
from callbrief.lang.zh import discovery as zh
from callbrief.lang.zh.names import GENERIC_BUSINESSES, compose_en, proper_part
from callbrief.lang.zh.text import sentences
from callbrief.model import Fallback, Role, Transcript
from callbrief.parse.speakers import slug


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
    for turn in transcript.turns:
        if turn.speaker not in management:
            continue
        last: list[str | None] = [None]  # the business last named in the turn
        for paragraph in turn.paragraphs:
            found = _english(paragraph) if english else _chinese_with_parts(paragraph, last)
            for name, parent in found:
                if name.replace(" ", "") != company and name.casefold() not in known:
                    names.setdefault(name, parent)
    entities, fallbacks = [], []
    taken = {e.key for e in glossary.entities}
    keys: dict[str, str] = {}
    for name, parent in names.items():
        key = keys[name] = _key(name, taken)
        above = keys.get(parent) if parent else None
        if english:
            entity = Entity(key, name, name, "segment", above, (word_pattern(name),))
            fallbacks.append(Fallback("segment", name, name, "english"))
        else:
            made = compose_en(name, proper_part(company))
            entity = Entity(key, name, made, "segment", above, (phrase_pattern(name),))
            fallbacks.append(Fallback("segment", name, made, "composed"))
        entities.append(entity)
    extended = dataclasses.replace(glossary, entities=(*glossary.entities, *entities))
    return extended, tuple(fallbacks)


def _chinese(text: str) -> list[str]:
    names = []
    for m in zh.BUSINESS.finditer(text):
        name = zh.LEAD.sub("", m["name"])
        if len(name) > 2 and name not in GENERIC_BUSINESSES:
            names.append(name)
    names += [
        m["name"] for m in zh.LATIN_BUSINESS.finditer(zh.EXPLAINING.split(text)[0])
        if m["name"] not in zh.NOT_LATIN_BUSINESSES
    ]  # fmt: skip
    return names


def _chinese_with_parts(paragraph: str, last: list[str | None]) -> list[tuple[str, str | None]]:
    """Businesses a paragraph names, and the parts (其中国内零售收入…) of the one just named
    (``last``: the business last named in the turn, kept across its paragraphs)."""
    found: list[tuple[str, str | None]] = []
    for sentence in sentences(paragraph):
        named = _chinese(sentence)
        parent = last[0]
        if zh.SUB_PART.match(sentence) and parent and not named:
            for m in zh.PART.finditer(sentence):
                name = zh.LEAD.sub("", m["name"])
                if len(name) >= 2 and name not in zh.NOT_PARTS and name != parent:
                    found.append((name, parent))
            continue
        line = zh.LINE.match(sentence)
        if line and parent and not named:
            name = zh.LEAD.sub("", line["name"])
            if len(name) >= 2 and name not in zh.NOT_PARTS and not zh.NOT_A_LINE.search(name):
                found.append((name, parent))
                continue
        if not named and (zh.FOREIGN_OWNER.search(sentence) or _other_business(sentence, parent)):
            last[0] = None  # a business no pattern finds: the next lines are not the last one's
            continue
        found += [(name, None) for name in named]
        last[0] = named[-1] if named else parent
    return found


def _other_business(sentence: str, last: str | None) -> bool:
    """Whether a sentence names a business (我们的硬件业务增长强劲…) other than ``last``."""
    return any(
        m[0] not in GENERIC_BUSINESSES and m[0] != last
        for m in zh.NAMED_BUSINESS.finditer(sentence)
    )


def _english(text: str) -> list[tuple[str, str | None]]:
    names: list[tuple[str, str | None]] = []
    for m in en.BUSINESS.finditer(text):
        name = en.LEAD.sub("", m["name"] or m["name2"]).strip()
        words = name.split()
        if words and words[0].casefold() not in en.NOT_BUSINESSES and not re.search(r"\d", name):
            names.append((name, None))
    return names


def _key(name: str, taken: set[str]) -> str:
    base = slug(name) or "business"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    taken.add(key)
    return key
