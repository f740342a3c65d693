"""Line-level recognisers shared by layouts: delivery tags, name lines, headings, footnotes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from callbrief.lang.en import structure as en
from callbrief.lang.zh import structure as zh
from callbrief.model import Delivery


def alternatives(*groups: Iterable[str]) -> str:
    """One regular-expression alternation of the words of ``groups``, in order."""
    return "|".join(word for group in groups for word in group)


_TAGS = (zh.ORIGINAL_TAGS, zh.INTERPRETED_TAGS, en.ORIGINAL_TAGS, en.INTERPRETED_TAGS)
# Full-width marks, by what they do: end a sentence; split one.
_ZH_ENDS = zh.FULL_STOP + zh.EXCLAMATION + zh.QUESTION
_ZH_SPLITS = zh.COMMA + zh.SEMICOLON

# Texts reach the parser normalised: half-width parentheses and colons only.
_DELIVERY_TAG = re.compile(rf"^\((?P<tag>{alternatives(*_TAGS)})\)\s*:?$", re.IGNORECASE)
_ORIGINAL_TAG = re.compile(alternatives(zh.ORIGINAL_TAGS, en.ORIGINAL_TAGS), re.I)
_NAME_LINE = re.compile(
    r"^(?P<name>[^():,;!?" + _ZH_ENDS + _ZH_SPLITS + r"]{1,40}?)\s*"
    r"(?:\((?P<firm>[^()]{1,80})\))?\s*:$"
)
_SENTENCE_MARKS = re.compile(
    r'[,;!?:“”"…' + _ZH_ENDS + _ZH_SPLITS + zh.COLON + zh.ENUMERATION_COMMA + "]"
)
_PERSON_NAME = re.compile(r"^[^\W\d_][\w·.\-' ]{0,38}[\w.]$|^[^\W\d_]$")
_TITLE_BREAKS = re.compile(r'[!?;:“”"' + _ZH_ENDS + zh.SEMICOLON + zh.COLON + "]")
_TERMINAL = tuple(
    '!?;…:”’").' + _ZH_ENDS + zh.SEMICOLON + zh.CLOSING_CORNER_QUOTES + zh.CLOSING_BRACKET
)
FOOTNOTE = re.compile(r"^(?P<marker>[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\])\s*(?P<text>\S.*)$")
END_MARKER = re.compile(
    rf"^[{zh.OPENING_BRACKET}\[]?\s*(?:{alternatives(zh.END_MARKERS, en.END_MARKERS)})"
    rf"\s*[{zh.CLOSING_BRACKET}\]]?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class NameLine:
    """A Q&A-style speaker line: ``Name (Firm):``."""

    name: str
    firm: str | None


def delivery_tag(line: str) -> Delivery | None:
    """The delivery a tag line such as ``(原话)`` or ``(翻译):`` announces, else None."""
    m = _DELIVERY_TAG.match(line)
    if not m:
        return None
    original = _ORIGINAL_TAG.fullmatch(m["tag"])
    return Delivery.ORIGINAL if original else Delivery.INTERPRETED


def name_line(line: str) -> NameLine | None:
    """Parse ``Name (Firm):`` / ``名字:``; None for anything else."""
    m = _NAME_LINE.match(line)
    if not m:
        return None
    firm = m["firm"].strip() if m["firm"] else None
    return NameLine(m["name"].strip(), firm)


def is_short_label(line: str, *, max_chars: int) -> bool:
    """A line with no sentence punctuation and at most ``max_chars`` characters (spaces aside)."""
    compact = line.replace(" ", "")
    return 0 < len(compact) <= max_chars and not _SENTENCE_MARKS.search(line)


def is_person_name(line: str) -> bool:
    """A bare name line: ``林嘉远``, ``Mara Quinn``, ``Peter J. Walsh``."""
    return bool(_PERSON_NAME.match(line))


def is_job_title(line: str) -> bool:
    """A title line: short, and nothing in it that ends or splits a sentence."""
    return 0 < len(line) <= 80 and not _TITLE_BREAKS.search(line)


def ends_sentence(line: str) -> bool:
    """Whether the line ends with punctuation that can close a sentence or clause."""
    return line.endswith(_TERMINAL)


def compact_heading(line: str) -> str:
    """Remove typesetting spaces between CJK characters (``介 绍`` -> ``介绍``)."""
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", line)
