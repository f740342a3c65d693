"""Glossaries as data: general terms plus one file per company, and users' own files.

``terms.toml`` holds measures, titles, section names, qualitative magnitudes and topics;
``companies/*.toml`` hold a company's names: segments with aliases and parents, products,
people, and its fiscal-year end. A user's ``--glossary FILE`` may hold either kind of table;
its entries win over the shipped ones.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any

from callbrief.analyze.glossary_check import check_glossary
from callbrief.errors import GlossaryError as GlossaryError
from callbrief.model.values import FiscalYear, Unit


@dataclass(frozen=True, slots=True)
class Entity:
    """The group, one of its segments, or a product line, with the names that point to it."""

    key: str
    zh: str
    en: str
    kind: str
    """``group``, ``segment`` or ``product``."""
    parent: str | None
    patterns: tuple[re.Pattern[str], ...]
    aliases: tuple[str, ...] = ()
    """Other names the call gives it, when found in the text (星云云业务 for 星云云集团)."""


@dataclass(frozen=True, slots=True)
class Measure:
    """What a figure measures (revenue, adjusted EBITA, members, fee rate...)."""

    key: str
    zh: str
    en: str
    kind: str
    """``money``, ``count`` or ``ratio``: how a bare number or a percentage is read."""
    unit: Unit | None
    """For counts: the unit of a bare number (members)."""
    group_scope: bool
    """Always a group figure (net income, buy-backs), whatever business the sentence names."""
    priority: int
    patterns: tuple[re.Pattern[str], ...]
    carry: bool = True
    """Whether the next clause may go on about it (an aside such as 占总收入的 26% may not)."""


@dataclass(frozen=True, slots=True)
class Topic:
    key: str
    zh: str
    en: str
    keywords: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Glossary:
    """Everything callbrief knows by name, for one call."""

    company: Entity | None
    fiscal_year_end: FiscalYear | None
    """When the company's fiscal year ends (its ``fiscal_year_end = "MM-DD"``), when known."""
    entities: tuple[Entity, ...]
    """The group first, then segments and products in the company file's order."""
    measures: tuple[Measure, ...]
    people: Mapping[str, str] = field(default_factory=dict)
    titles: Mapping[str, str] = field(default_factory=dict)
    firms: Mapping[str, str] = field(default_factory=dict)
    sections: Mapping[str, str] = field(default_factory=dict)
    magnitudes: Mapping[str, str] = field(default_factory=dict)
    topics: tuple[Topic, ...] = ()
    language: str = "zh"
    """The call's language: an English call's topic keywords are matched as whole words."""
    bases: Mapping[str, str] = field(default_factory=dict)
    """What a stated basis excludes, in English (``[bases]``: 股权激励计划 = "the equity
    incentive plan"), from the terms, the company's file and the user's."""

    def entity(self, key: str) -> Entity:
        return next(e for e in self.entities if e.key == key)

    def measure(self, key: str) -> Measure:
        return next(m for m in self.measures if m.key == key)


def phrase_pattern(phrase: str, suffix: str = "") -> re.Pattern[str]:
    """A literal phrase as a regex with optional spaces: 经调整EBITA = 经调整 EBITA."""
    chars = [re.escape(c) for c in phrase if not c.isspace()]
    return re.compile(r"\s*".join(chars) + suffix, re.IGNORECASE)


def load_glossary(
    company: str,
    extra: Sequence[Path] = (),
    *,
    business_suffix: str = "",
    vocabulary: str | None = None,
    language: str = "zh",
) -> Glossary:
    """The glossary for a call of ``company``: shipped terms and companies, then ``extra`` files.

    ``business_suffix``: a pattern for the generic word a business's short name may carry (the
    language pack's: 电商集团, 云业务, 物流板块). ``vocabulary``: a language pack's package
    whose ``measures.toml`` (measures named in that language) and ``words.toml`` topics and
    magnitudes replace the general terms' (which are written for Chinese calls).
    ``language``: the call's; a company's businesses are found in an English call by their
    English names (``en`` and ``aliases_en``), in a Chinese call by ``zh`` and ``aliases``.
    """
    texts = tuple((str(path), _text(path, str(path))) for path in extra)
    key = (company, texts, business_suffix, vocabulary, language)
    made = _MADE.get(key)
    if made is None:
        if len(_MADE) >= _KEEP:
            _MADE.clear()
        made = _MADE[key] = _frozen(_load(company, texts, business_suffix, vocabulary, language))
    return made


_MADE: dict[tuple[Any, ...], Glossary] = {}
"""Glossaries made in this process, by what they were made of: a batch's readers read many
calls of a few companies with the same files, and parsing the TOML again was a seventh of a
read. The shipped files are the package's own and do not change while it runs; a user's
files are keyed by their contents, so an edited file is read again."""
_KEEP = 32


def _load(
    company: str,
    texts: Sequence[tuple[str, str]],
    business_suffix: str,
    vocabulary: str | None,
    language: str,
) -> Glossary:
    data = files("callbrief") / "data"
    terms = _read(data / "terms.toml", "terms.toml")
    if vocabulary is not None:
        _use_vocabulary(terms, vocabulary)
    companies = [
        _read(p, p.name) for p in sorted((data / "companies").iterdir(), key=lambda p: p.name)
        if p.name.endswith(".toml")
    ]  # fmt: skip
    people: list[dict[str, str]] = []
    for name, text in texts:
        table = _parse(text, name)
        check_glossary(table, name)
        _merge_terms(terms, table)
        if "company" in table:
            companies.insert(0, table)
        else:  # people named for whichever company the call is about
            people += table.get("people", [])
    chosen = next((c for c in companies if _names_company(c, company)), None)
    if chosen is not None and people:
        chosen = {**chosen, "people": [*chosen.get("people", []), *people]}
    return _build(terms, chosen, business_suffix, language)


def _frozen(g: Glossary) -> Glossary:
    """``g`` with read-only mappings: one glossary serves every call read with it."""

    def frozen(table: Mapping[str, str]) -> Mapping[str, str]:
        return MappingProxyType(dict(table))

    return replace(
        g, people=frozen(g.people), titles=frozen(g.titles), firms=frozen(g.firms),
        sections=frozen(g.sections), magnitudes=frozen(g.magnitudes), bases=frozen(g.bases),
    )  # fmt: skip


def _use_vocabulary(terms: dict[str, Any], package: str) -> None:
    """A language's own measures, topic keywords and magnitudes in place of the general ones."""
    own = _read(files(package) / "measures.toml", f"{package}/measures.toml")
    terms["measures"] = own["measures"]
    from callbrief.lang.words import words

    table = words(package)
    terms["magnitudes"] = dict(table.get("magnitudes", {}))
    keywords = table.get("topics", {})
    terms["topics"] = {
        k: [v[0], v[1], *keywords.get(k, [])] for k, v in terms.get("topics", {}).items()
    }


def _read(path: Any, name: str) -> dict[str, Any]:
    return _parse(_text(path, name), name)


def _text(path: Any, name: str) -> str:
    try:
        return str(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GlossaryError("glossary file not found", source=name) from None
    except UnicodeDecodeError as e:
        raise GlossaryError(f"not a valid TOML glossary ({e})", source=name) from None


def _parse(text: str, name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise GlossaryError(f"not a valid TOML glossary ({e})", source=name) from None


def _merge_terms(base: dict[str, Any], extra: Mapping[str, Any]) -> None:
    for table in ("measures", "titles", "firms", "sections", "magnitudes", "topics", "bases"):
        if table in extra:
            base.setdefault(table, {}).update(extra[table])


def _names_company(table: Mapping[str, Any], company: str) -> bool:
    info = table.get("company", {})
    names = [info.get("zh", ""), info.get("en", ""), *info.get("aliases", [])]
    squeeze = re.sub(r"\s+", "", company).lower()
    return any(n and re.sub(r"\s+", "", n).lower() == squeeze for n in names)


def _build(
    terms: Mapping[str, Any],
    company: Mapping[str, Any] | None,
    business_suffix: str,
    language: str = "zh",
) -> Glossary:
    entities: list[Entity] = []
    fiscal_year_end = None
    people: dict[str, str] = {}
    if company:
        info = company["company"]
        entities.append(_entity("group", "group", info, business_suffix, language))
        if fye := info.get("fiscal_year_end"):
            month, day = (int(x) for x in fye.split("-"))
            fiscal_year_end = FiscalYear(month, day)
        for kind, table in (("segment", "segments"), ("product", "products")):
            entities += [
                _entity(e["key"], kind, e, business_suffix, language)
                for e in company.get(table, [])
            ]
        people = {p["zh"]: p["en"] for p in company.get("people", [])}
    return Glossary(
        company=entities[0] if entities else None,
        fiscal_year_end=fiscal_year_end,
        entities=tuple(entities),
        measures=tuple(_measure(k, v) for k, v in terms.get("measures", {}).items()),
        people=people,
        titles=dict(terms.get("titles", {})),
        bases={**terms.get("bases", {}), **(company or {}).get("bases", {})},
        firms=dict(terms.get("firms", {})),
        sections=dict(terms.get("sections", {})),
        magnitudes=dict(terms.get("magnitudes", {})),
        topics=tuple(
            Topic(k, v[0], v[1], tuple(v[2:])) for k, v in terms.get("topics", {}).items()
        ),
        language=language,
    )


def _entity(
    key: str, kind: str, e: Mapping[str, Any], business_suffix: str, language: str = "zh"
) -> Entity:
    suffix = "" if kind == "group" else business_suffix
    if language == "zh":
        names = _unique([e["zh"], *e.get("aliases", [])])
        patterns = tuple(phrase_pattern(n, suffix) for n in names)
    else:  # words of a Latin script: whole words only ("Cloud" is not in "Soundcloud")
        names = _unique([e["en"], *e.get("aliases_en", [])])
        patterns = tuple(word_pattern(n, suffix) for n in names)
    return Entity(key, e["zh"], e["en"], kind, e.get("parent"), patterns)


def word_pattern(phrase: str, suffix: str = "") -> re.Pattern[str]:
    """A phrase of whole words as a regex: ``Intelligent Cloud`` = ``intelligent  cloud``."""
    words = r"\s+".join(re.escape(w) for w in phrase.split())
    return re.compile(rf"\b{words}{suffix}\b", re.IGNORECASE)


def _measure(key: str, m: Mapping[str, Any]) -> Measure:
    patterns = [
        *map(phrase_pattern, m.get("aliases", [])),
        *(re.compile(p, re.IGNORECASE) for p in m.get("patterns", [])),
    ]
    unit = Unit(m["unit"]) if "unit" in m else None
    return Measure(
        key, m["zh"], m["en"], m.get("kind", "money"), unit, m.get("scope") == "group",
        int(m.get("priority", 1)), tuple(patterns), bool(m.get("carry", True)),
    )  # fmt: skip


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
