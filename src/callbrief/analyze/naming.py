"""English names for everything structured, from glossaries; pinyin only as a flagged fallback."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from callbrief.analyze.glossary import Entity, Glossary
from callbrief.lang.zh.media import HEADING_NUMBER
from callbrief.lang.zh.names import compose_en, proper_part
from callbrief.model import Fallback, SectionKind
from callbrief.parse.sections import generic_title_en
from callbrief.parse.speakers import romanise

_HAN = re.compile(r"[\u3400-\u9fff]")


def said_names(company: str, legal_ends: Sequence[str]) -> list[str]:
    """A company's name as a call says it: in full, or without its legal endings, one after
    another (有限公司; Tianmu Holdings Limited -> Tianmu Holdings -> Tianmu)."""
    names, name = [company], company
    while shorter := next((name.removesuffix(e) for e in legal_ends if name.endswith(e)), None):
        if not shorter.strip():
            break
        names.append(name := shorter.strip())
    names += [company.removesuffix(end) for end in legal_ends]
    return [n for n in dict.fromkeys(names) if n.strip()]


_HEADING_NUMBER = re.compile(HEADING_NUMBER)


class Namer:
    """Translates names through a glossary and remembers every fallback it had to make."""

    def __init__(
        self,
        glossary: Glossary,
        title_joiner: str,
        company: tuple[str, str] | None = None,
        legal_ends: tuple[str, ...] = (),
        role_names: Mapping[str, str] | None = None,
    ) -> None:
        self.glossary = glossary
        self.own_company = company
        """The call's company as written and in English, when no glossary names it."""
        self.title_joiner = title_joiner
        """What joins two roles in one title (the language pack's: 首席执行官兼董事)."""
        self.legal_ends = legal_ends
        """What a registered name may end with that titles leave out (the pack's)."""
        self.role_names = role_names or {}
        """Speakers named by a role (网络投资者), in English."""
        self._fallbacks: dict[tuple[str, str], Fallback] = {}

    @property
    def fallbacks(self) -> tuple[Fallback, ...]:
        return tuple(self._fallbacks.values())

    def _fallback(self, kind: str, zh: str, en: str | None = None) -> str:
        en = en or romanise(zh)
        self._fallbacks.setdefault((kind, zh), Fallback(kind, zh, en))
        return en

    def person(self, name: str) -> str:
        if name in self.glossary.people:
            return self.glossary.people[name]
        if name in self.role_names:
            return self.role_names[name]
        return name if not _HAN.search(name) else self._fallback("person", name)

    def company(self, name: str) -> str:
        """The glossary's English name, else one composed from common words and pinyin
        (星河科技集团 -> Xinghe Technology Group), flagged."""
        if self.glossary.company is not None:
            return self.glossary.company.en
        if not _HAN.search(name):
            return name
        return self._fallback("company", name, compose_en(name, proper_part(name)))

    def firm(self, firm: str | None) -> str | None:
        if firm is None or not _HAN.search(firm):
            return firm
        return self.glossary.firms.get(firm) or self._fallback("firm", firm, compose_en(firm))

    def title(self, title: str | None) -> str | None:
        """``星云科技集团首席执行官`` -> ``Chief Executive Officer, Nebula Technology Group``."""
        if title is None or not _HAN.search(title):
            return title
        org, rest = self._organisation_prefix(title)
        org_en = org.en if org else None
        composed = False
        said = self._own_name_in(title)
        if org is None and self.own_company and said:
            # no glossary names the company: its own name, composed (星河科技集团投资者关系总监)
            org_en, rest, composed = self.own_company[1], title[len(said) :], True
        roles = [self.glossary.titles.get(part) for part in re.split(self.title_joiner, rest)]
        if not rest or None in roles:
            return self._fallback("title", title)
        joined = " and ".join(r for r in roles if r)
        named = f"{joined}, {org_en}" if org_en else joined
        return self._fallback("title", title, named) if composed else named

    def _own_name_in(self, title: str) -> str | None:
        """The company's name (or it without its legal ending) a title starts with."""
        if not self.own_company:
            return None
        names = said_names(self.own_company[0], self.legal_ends)
        return next((name for name in names if title.startswith(name)), None)

    def section(self, title: str, kind: SectionKind) -> str:
        """A heading in English: whole from the glossary, or [organisation][known heading]
        (its number, ``二、``, left out)."""
        title = _HEADING_NUMBER.sub("", title)
        if not _HAN.search(title):
            return title or generic_title_en(kind)
        if title in self.glossary.sections:
            return self.glossary.sections[title]
        suffix = max(
            (k for k in self.glossary.sections if title.endswith(k)), key=len, default=None
        )
        if suffix is None:
            return self._fallback("section", title, generic_title_en(kind))
        head = title[: -len(suffix)]
        org = self._whole_entity(head)
        if org is None:
            return self._fallback(
                "section", title, f"{romanise(head)} {self.glossary.sections[suffix]}"
            )
        return f"{org.en} {self.glossary.sections[suffix]}"

    def _organisation_prefix(self, text: str) -> tuple[Entity | None, str]:
        best: tuple[Entity | None, int] = (None, 0)
        for entity in self.glossary.entities:
            for pattern in entity.patterns:
                m = pattern.match(text)
                if m and m.end() > best[1]:
                    best = (entity, m.end())
        return best[0], text[best[1] :]

    def _whole_entity(self, text: str) -> Entity | None:
        entity, rest = self._organisation_prefix(text)
        return entity if entity and not rest else None


def name_key(name: str) -> str:
    """A name as two texts of one call can be matched by: without spaces, dots, dashes,
    commas and middle dots, case folded (``Howard Lin`` = ``howard lin`` = ``Howard-Lin``)."""
    return re.sub(r"[\s.,\-·]", "", name).casefold()
