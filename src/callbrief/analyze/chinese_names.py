"""The Chinese side of a call held in another language: names from the glossaries, read in
reverse (``Chief Financial Officer`` -> 首席财务官); what no glossary knows is shown as
written and flagged, never invented."""

from __future__ import annotations

import re
from collections.abc import Mapping

from callbrief.analyze.glossary import Glossary
from callbrief.lang.words import words
from callbrief.lang.zh import wording as zh
from callbrief.model import Fallback, SectionKind

_SPLIT = re.compile(r"\s*(?:,|;| and | & | - | – | — )\s*")


def _reverse(names: Mapping[str, str]) -> dict[str, str]:
    """English -> Chinese, the first Chinese name of each English one (摩根士丹利, not 大摩)."""
    out: dict[str, str] = {}
    for cn, en in names.items():
        out.setdefault(en.casefold(), cn)
    return out


class ChineseNamer:
    """Chinese names for the English names of a call, through a glossary in reverse."""

    def __init__(self, glossary: Glossary) -> None:
        extra = words("callbrief.lang.en").get("titles_zh", {})
        self.titles = _reverse(glossary.titles)
        self.titles |= {en.casefold(): cn for en, cn in extra.items()}
        self.firms = _reverse(glossary.firms)
        self.sections = _reverse(glossary.sections)
        self.fallbacks: dict[tuple[str, str], Fallback] = {}

    def _shown(self, kind: str, name: str) -> str:
        self.fallbacks.setdefault((kind, name), Fallback(kind, name, name, "english"))
        return name

    def title(self, title: str | None) -> str | None:
        """``Executive Vice President and Chief Financial Officer`` -> 执行副总裁兼首席财务官;
        a part no glossary knows leaves the whole title in English, flagged."""
        if title is None:
            return None
        whole = self.titles.get(title.casefold())
        if whole:
            return whole
        parts = [p for p in _SPLIT.split(title) if p]
        known = [self.titles.get(p.casefold()) for p in parts]
        if parts and all(known):
            return zh.join_roles([k for k in known if k])
        return self._shown("title", title)

    def firm(self, firm: str | None) -> str | None:
        if firm is None:
            return None
        return self.firms.get(firm.casefold()) or firm

    def section(self, title: str, kind: SectionKind) -> str:
        """A heading's Chinese name: the glossary's, else the Chinese name of its kind."""
        return self.sections.get(title.casefold()) or zh.section_kind(kind.value)
