"""Speaker registry: one ``Speaker`` per person, with ids, English fallbacks and roles."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass

from callbrief.lang.en import structure as en
from callbrief.lang.zh import structure as zh
from callbrief.model import Role, Speaker
from callbrief.parse.lines import alternatives

_HOST_TITLE = re.compile(alternatives(zh.HOST_TITLE_WORDS, en.HOST_TITLE_WORDS), re.IGNORECASE)
_OPERATOR = re.compile(alternatives(zh.OPERATOR_WORDS, en.OPERATOR_WORDS), re.IGNORECASE)
_HAN = re.compile(r"[\u3400-\u9fff]")


def romanise(name: str) -> str:
    """Latin form of a name: itself if it has no Han characters, else pinyin (``Wu Yongming``)."""
    if not _HAN.search(name):
        return name
    if "pypinyin" not in sys.modules:
        # Names are read character by character: the phrase dictionary (for running text)
        # would triple pypinyin's import time and change nothing here.
        os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    from pypinyin import lazy_pinyin

    syllables = [s for s in lazy_pinyin(name) if s.strip()]
    if not syllables:
        return name
    surname, given = syllables[0].capitalize(), "".join(syllables[1:])
    return f"{surname} {given.capitalize()}".strip()


def business_slug(name: str) -> str:
    """Lower-case ASCII key of a business's name: its pinyin run together word by word
    (``游戏业务`` -> ``youxiyewu``), not split as a person's surname and given name."""
    if not _HAN.search(name):
        return slug(name)
    latin = romanise(name).replace(" ", "")
    return slug(latin)


def slug(text: str) -> str:
    """Lower-case ASCII slug of a name or title."""
    ascii_form = romanise(text) if _HAN.search(text) else text
    return re.sub(r"[^a-z0-9]+", "-", ascii_form.lower()).strip("-") or "x"


def _key(name: str) -> str:
    return re.sub(r"\s+", "", name).casefold()


@dataclass(slots=True)
class _Draft:
    id: str
    name: str
    role: Role
    title: str | None
    firm: str | None


class SpeakerRegistry:
    """Collects speakers as a layout meets them; first appearance fixes id and role."""

    def __init__(self) -> None:
        self._drafts: dict[str, _Draft] = {}
        self._ids: set[str] = set()

    def knows(self, name: str) -> bool:
        return _key(name) in self._drafts

    def meet(
        self,
        name: str,
        *,
        title: str | None = None,
        firm: str | None = None,
        role: Role | None = None,
    ) -> str:
        """Record a header naming ``name``; return the speaker's id. ``role``, when given,
        wins over the role ``infer_role`` reads from name, title and firm."""
        draft = self._drafts.get(_key(name))
        if draft is None:
            role = role or infer_role(name, title, firm)
            draft = _Draft(self._new_id(name), name, role, title, firm)
            self._drafts[_key(name)] = draft
        else:
            draft.title = draft.title or title
            draft.firm = draft.firm or firm
        return draft.id

    def role(self, speaker_id: str) -> Role:
        return next(d.role for d in self._drafts.values() if d.id == speaker_id)

    def freeze(self) -> tuple[Speaker, ...]:
        return tuple(
            Speaker(d.id, d.name, romanise(d.name), d.role, d.title, d.firm)
            for d in self._drafts.values()
        )

    def _new_id(self, name: str) -> str:
        base = slug(name)
        candidate, n = base, 2
        while candidate in self._ids:
            candidate, n = f"{base}-{n}", n + 1
        self._ids.add(candidate)
        return candidate


def infer_role(name: str, title: str | None, firm: str | None) -> Role:
    """Role from what a header says: a firm means an analyst; a title tells host from management.

    A speaker with neither (``名字:`` in Q&A, never introduced) counts as management.
    """
    if firm:
        return Role.ANALYST
    label = f"{name} {title or ''}"
    if _OPERATOR.search(label):
        return Role.OPERATOR
    if title and _HOST_TITLE.search(title):
        return Role.HOST
    return Role.MANAGEMENT
