"""Speaker labels: the words before a colon (or alone on a line) that say who speaks next.

A label names a person and may describe them, in either language and in either order:
``某某证券分析师 Jane Doe``, ``某某银行(12.34, 0.05, 0.41%)分析师`` (the stock quote is not part of
the firm), ``某某集团首席财务官李四``, ``华信证券 李雷``, ``Daniel Reyes, Chief Executive Officer``,
``Tom Becker - Harbor Securities - Analyst``, ``Tom Becker (Harbor Securities)``, or a name
alone (``张三``), which only the layout can tell from a word that ends in a colon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from callbrief.lang.en import parallel as en_labels
from callbrief.lang.en import structure as en
from callbrief.lang.zh import media as zh_labels
from callbrief.lang.zh import structure as zh
from callbrief.model import Role
from callbrief.parse.lines import alternatives

_MAX_LABEL = 60


def _latin(words: tuple[str, ...]) -> str:
    # English words inside Chinese text: no \b, since a Han character is a word character.
    return rf"(?<![A-Za-z])(?:{alternatives(words)})(?![a-z])"


STOCK_QUOTE = re.compile(zh_labels.STOCK_QUOTE)
_ANALYST = re.compile(f"{alternatives(zh_labels.ANALYST_WORDS)}|{_latin(en_labels.ANALYST_WORDS)}")
_TITLE = re.compile(f"{alternatives(zh_labels.TITLE_WORDS)}|{_latin(en_labels.TITLE_WORDS)}")
_FIRM = re.compile(
    rf"^(?P<firm>.+(?:{alternatives(zh_labels.FIRM_SUFFIXES)}|{_latin(en_labels.FIRM_SUFFIXES)}))"
    r"\s*(?P<name>\S.*)$"
)
_FIRM_WORD = re.compile(
    f"(?:{alternatives(zh_labels.FIRM_SUFFIXES)}|{_latin(en_labels.FIRM_SUFFIXES)})$"
)
_ALONE = re.compile(
    f"^(?:{alternatives(zh.OPERATOR_WORDS, zh_labels.HOST_WORDS, en.OPERATOR_WORDS)})$", re.I
)
_SPEECH = re.compile(
    f"(?:{alternatives(zh_labels.SPEECH_VERBS)}|\\b(?:{alternatives(en_labels.SPEECH_VERBS)}))$"
)
_NOT_NAME = re.compile(f"^(?:{alternatives(zh_labels.NOT_NAMES, en_labels.NOT_NAMES)})$")
_BREAKS = re.compile(r'[!?;"“”…\d' + zh.FULL_STOP + zh.EXCLAMATION + zh.QUESTION + zh.SEMICOLON
                     + zh.ENUMERATION_COMMA + "]")  # fmt: skip
_SEPARATOR = re.compile(r"\s+[-–—|]\s+|\s*[," + zh.COMMA + r"]\s*")
_PARENS = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
_NAME = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6}"
    r"|[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3})$"
)


@dataclass(frozen=True, slots=True)
class SpeakerLabel:
    """Who a label names, and what it says of them."""

    name: str
    title: str | None = None
    """The label's part up to its job title, as written (``某某集团首席财务官``)."""
    firm: str | None = None
    """An analyst's firm, stock quote removed."""
    role: Role | None = None
    """Analyst when the label says so without naming a firm; else left to the title and firm."""
    bare: bool = False
    """A name and nothing more: a speaker only if the layout knows the name."""


def is_name(text: str) -> bool:
    """A person's name: two to four Han characters (or two parts joined by ``·``), or one to
    four capitalised Latin words."""
    return bool(_NAME.match(text)) and not _NOT_NAME.match(text)


def read_label(label: str) -> SpeakerLabel | None:
    """The speaker a label names, or None when the text before a colon is no label."""
    label = STOCK_QUOTE.sub("", label).strip()
    if not label or len(label) > _MAX_LABEL or _BREAKS.search(label) or _SPEECH.search(label):
        return None
    if _ALONE.match(label):
        return SpeakerLabel(label)
    if m := _PARENS.match(label):
        return _described(m["name"].strip(), [m["inner"].strip()])
    parts = [p for p in _SEPARATOR.split(label) if p]
    if len(parts) > 1:
        return _described(parts[0], parts[1:])
    if m := _ANALYST.search(label):
        firm, name = label[: m.start()].strip(), label[m.end() :].strip()
        if name and not is_name(name):
            return None
        return SpeakerLabel(name or label, firm=firm or None, role=Role.ANALYST)
    return _titled(label) or _with_firm(label) or _bare(label)


def _described(name: str, rest: list[str]) -> SpeakerLabel | None:
    """``Name, Title`` / ``Name - Firm - Analyst`` / ``Name (Firm)``."""
    if not (is_name(name) or _ALONE.match(name)):
        return None
    if any(_ANALYST.search(p) for p in rest):
        firms = [_ANALYST.sub("", p).strip() for p in rest]
        return SpeakerLabel(name, firm=", ".join(f for f in firms if f) or None, role=Role.ANALYST)
    if any(_TITLE.search(p) or _ALONE.match(p) for p in rest):
        return SpeakerLabel(name, title=", ".join(rest))
    if len(rest) == 1 and _FIRM_WORD.search(rest[0]):
        return SpeakerLabel(name, firm=rest[0])
    return None


def _titled(label: str) -> SpeakerLabel | None:
    """``某某集团首席财务官李四`` / ``CEO Daniel Reyes`` / ``主持人赵敏``: the title up to the last
    title word, then the name (the label itself when no name follows)."""
    matches = list(_TITLE.finditer(label))
    if not matches:
        return None
    last = matches[-1]
    title, name = label[: last.end()].strip(), label[last.end() :].strip()
    if not name:
        return SpeakerLabel(label, title=title)
    return SpeakerLabel(name, title=title) if is_name(name) else None


def _with_firm(label: str) -> SpeakerLabel | None:
    """``华信证券 李雷`` / ``Northgate Capital Sofia Marin``: an analyst without the word."""
    m = _FIRM.match(label)
    if m and is_name(m["name"].strip()):
        return SpeakerLabel(m["name"].strip(), firm=m["firm"].strip())
    return None


def _bare(label: str) -> SpeakerLabel | None:
    return SpeakerLabel(label, bare=True) if is_name(label) else None
