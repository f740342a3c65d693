"""One line that may name the next speaker: ``张三 示例集团首席财务官(原话)``, ``李四 (示例证券):``,
``王五:``, ``Jane Doe - Chief Financial Officer``, ``Jane Doe -- Example Securities -- Analyst``,
``Operator``.

``read_header_line`` says what such a line holds (name, title, firm, delivery) and what marks
it as a header (``Mark``); whether it *is* one is the layout's call (``parse.name_lines``), from
the text around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

from callbrief.lang.en import name_lines as en_lines
from callbrief.lang.en import structure as en
from callbrief.lang.zh import name_lines as zh_lines
from callbrief.lang.zh import structure as zh
from callbrief.model import Delivery, Role
from callbrief.parse.lines import alternatives, is_short_label

_TAGS = (zh.ORIGINAL_TAGS, zh.INTERPRETED_TAGS, en.ORIGINAL_TAGS, en.INTERPRETED_TAGS)
_TRAILING_TAG = re.compile(rf"\s*\((?P<tag>{alternatives(*_TAGS)})\)\s*:?$", re.IGNORECASE)
_ORIGINAL = re.compile(alternatives(zh.ORIGINAL_TAGS, en.ORIGINAL_TAGS), re.IGNORECASE)
_LATIN_NAME = rf"[A-Z][A-Za-z'’\-]*(?:\s+{en_lines.NAME_WORD}){{0,4}}"
_NAME = re.compile(rf"^(?:{zh_lines.NAME}|{_LATIN_NAME})$")
_WITH_FIRM = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<firm>[^()]{1,80})\)$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A Chinese header: a name, a space, a title in Han characters.
_ZH_TITLED = re.compile(
    rf"^(?P<name>{zh_lines.NAME}|{_LATIN_NAME})\s+(?:[-–—]\s*)?(?P<title>[^\s\-–—].*)$"
)
_SEPARATOR = re.compile(en_lines.SEPARATORS)
_ANALYST_EN = re.compile(f"^(?:{alternatives(en_lines.ANALYST_WORDS)})$", re.IGNORECASE)
_ANALYST_ZH = re.compile(f"(?P<firm>.*?)(?P<title>{alternatives(zh_lines.ANALYST_WORDS)})$")
_TITLE_WORD = re.compile(
    alternatives(
        zh.JOB_TITLE_WORDS,
        en.JOB_TITLE_WORDS,
        zh.HOST_TITLE_WORDS,
        zh.OPERATOR_WORDS,
        ("Vice", "Manager", "Treasurer", "Controller", "Founder", "Secretary"),
    )
)
_NOT_NAME = re.compile(alternatives(zh.JOB_TITLE_WORDS, en.JOB_TITLE_WORDS))
_LEAD_IN = re.compile(f"^(?:{alternatives(zh_lines.LEAD_INS)})$")
# A title line of the call (``Example Corp, Inc. Q3 2025 Earnings Call``) is no speaker's.
_CALL_WORDS = re.compile(
    rf"{alternatives(zh.CALL_DESCRIPTORS, en.CALL_DESCRIPTORS)}|\d{{4}}", re.IGNORECASE
)
_ABBREVIATION_END = re.compile(r"\b(?:Inc|Co|Ltd|Corp|Jr|Sr|Cos)\.$")
_HOST_OR_OPERATOR = re.compile(alternatives(en.HOST_TITLE_WORDS, en.OPERATOR_WORDS), re.IGNORECASE)
_FIRM_WORD = re.compile(rf"\b(?:{alternatives(en_lines.FIRM_WORDS)})(?:\s|$)")
_OPERATOR = re.compile(f"^(?:{alternatives(zh.OPERATOR_WORDS, en.OPERATOR_WORDS)})$", re.IGNORECASE)
_HOST_NAME = re.compile(f"^(?:{alternatives(zh_lines.HOST_NAMES)})$")
_TITLE_CASE_WORD = re.compile(rf"^(?:[A-Z0-9&(][\w.&'’()/\-]*|{'|'.join(en_lines.SMALL_WORDS)})$")
_MAX_LINE = 120


class Mark(IntEnum):
    """What makes a line look like a header, weakest first."""

    BARE = 0
    """A name alone: ``Jane Doe``, ``张三``."""
    COLON = 1
    """A name and a colon: ``张三:``."""
    TITLE = 2
    """A name and a title or firm after a separator: ``Jane Doe - CFO``, ``张三 示例集团总裁``."""
    FIRM = 3
    """A name and a firm in parentheses: ``张三 (示例证券):``."""
    TAG = 4
    """A delivery tag at the end: ``张三 示例集团首席执行官(原话)``."""


@dataclass(frozen=True, slots=True)
class HeaderLine:
    """What a possible header line says."""

    name: str
    mark: Mark
    title: str | None = None
    firm: str | None = None
    role: Role | None = None
    """Set when the line says it outright: ``Analyst`` in the title, ``Operator``, ``主持人``."""
    delivery: Delivery | None = None
    rest: tuple[str, ...] = ()
    """The parts after the name, as written (a participant list reinterprets them)."""


def read_header_line(line: str) -> HeaderLine | None:
    """What ``line`` holds if it is a speaker header of this shape; None if it cannot be one."""
    if len(line) > _MAX_LINE:
        return None
    delivery, head = None, line.strip()
    if m := _TRAILING_TAG.search(head):
        delivery = Delivery.ORIGINAL if _ORIGINAL.fullmatch(m["tag"]) else Delivery.INTERPRETED
        head = head[: m.start()]
    colon = head.endswith(":")
    head = head.rstrip(":").strip()
    read = _read_head(head, colon=colon, tagged=delivery is not None)
    if read is None:
        return None
    if delivery is not None:
        return HeaderLine(
            read.name, Mark.TAG, read.title, read.firm, read.role, delivery, read.rest
        )
    return read


def _read_head(head: str, *, colon: bool, tagged: bool) -> HeaderLine | None:
    if not head:
        return None
    if (m := _WITH_FIRM.match(head)) and _is_name(m["name"]):
        return HeaderLine(m["name"].strip(), Mark.FIRM, firm=m["firm"].strip(), rest=(m["firm"],))
    if _is_name(head):
        return HeaderLine(head, Mark.COLON if colon else Mark.BARE, role=_said_role(head))
    if (m := _ZH_TITLED.match(head)) and _is_zh_title(m["title"], tagged) and _is_name(m["name"]):
        return _with_parts(m["name"], (m["title"],), written=m["title"])
    name, *after = _SEPARATOR.split(head, maxsplit=1)
    parts = _SEPARATOR.split(after[0]) if after else []
    if parts and _is_name(name) and all(_is_title_part(p) for p in parts):
        return _with_parts(name, tuple(parts), written=after[0])
    return None


def _is_name(text: str) -> bool:
    text = text.strip()
    return bool(_NAME.match(text)) and not _NOT_NAME.search(text) and not _LEAD_IN.match(text)


def _is_zh_title(title: str, tagged: bool) -> bool:
    """A Chinese title after a name: any short label when a delivery tag closes the line,
    else one with a title's word (首席, 总监, 投资者关系, 分析师)."""
    if not _HAN.search(title) or not is_short_label(title, max_chars=40):
        return False
    return tagged or bool(_TITLE_WORD.search(title) or _ANALYST_ZH.fullmatch(title))


def _is_title_part(part: str) -> bool:
    """A title or firm after a separator: short, no sentence in it, capitalised words."""
    part = part.strip()
    if not is_short_label(part, max_chars=60) or _CALL_WORDS.search(part):
        return False
    if _HAN.search(part):
        return True
    if part.endswith(".") and not _ABBREVIATION_END.search(part):
        return False
    return all(_TITLE_CASE_WORD.match(w) for w in part.split())


def _said_role(name: str) -> Role | None:
    if _OPERATOR.match(name):
        return Role.OPERATOR
    return Role.HOST if _HOST_NAME.match(name) else None


def _with_parts(name: str, parts: tuple[str, ...], *, written: str) -> HeaderLine:
    """Title and firm from the parts after a name: an analyst word makes the rest a firm; a
    part with a firm's word (``Securities``) is a firm; otherwise the title, as written."""
    name = name.strip()
    for i, part in enumerate(parts):
        if _ANALYST_EN.match(part):
            firm = " - ".join(parts[:i] + parts[i + 1 :]) or None
            return HeaderLine(name, Mark.TITLE, part, firm, Role.ANALYST, rest=parts)
        if (m := _ANALYST_ZH.fullmatch(part)) and len(parts) == 1:
            firm = m["firm"].strip() or None
            return HeaderLine(name, Mark.TITLE, m["title"], firm, Role.ANALYST, rest=parts)
    titled = [p for p in parts if _TITLE_WORD.search(p) or _HOST_OR_OPERATOR.search(p)]
    firms = [p for p in parts if p not in titled and _FIRM_WORD.search(p + " ")]
    if firms and not titled:
        return HeaderLine(name, Mark.TITLE, None, written, rest=(written,))
    return HeaderLine(name, Mark.TITLE, written, rest=(written,))


def reinterpret(read: HeaderLine, *, as_firm: bool) -> HeaderLine:
    """An entry of a participant list whose heading says what follows the names: firms
    (``Conference Call Participants``) or titles (``Company Participants``)."""
    if not read.rest or read.role is Role.ANALYST:
        return read
    if as_firm:
        return HeaderLine(read.name, read.mark, None, " - ".join(read.rest), rest=read.rest)
    return HeaderLine(read.name, read.mark, " - ".join(read.rest), None, read.role, rest=read.rest)
