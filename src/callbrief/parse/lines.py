"""Line-level recognisers shared by layouts: delivery tags, name lines, headings, footnotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from callbrief.model import Delivery

# Texts reach the parser normalised: half-width parentheses and colons only.
_DELIVERY_TAG = re.compile(
    r"^\((?P<tag>原话|原文|翻译|口译|同传|同声传译|译文|original|interpret(?:ed|ation)|translat(?:ed|ion))\)\s*:?$",
    re.IGNORECASE,
)
_NAME_LINE = re.compile(
    r"^(?P<name>[^():,，。;；!！?？]{1,40}?)\s*(?:\((?P<firm>[^()]{1,80})\))?\s*:$"
)
_SENTENCE_MARKS = re.compile(r"[。，,；;！!？?：:“”\"、…]")
_PERSON_NAME = re.compile(r"^[^\W\d_][\w·.\-' ]{0,38}[\w.]$|^[^\W\d_]$")
_TITLE_BREAKS = re.compile(r"[。！!？?；;：:“”\"]")
_TERMINAL = tuple('。！？!?；;…:”’"」』)】.')
FOOTNOTE = re.compile(r"^(?P<marker>[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\])\s*(?P<text>\S.*)$")
END_MARKER = re.compile(
    r"^[【\[]?\s*(?:记录稿结束|会议记录结束|实录结束|全文完|会议结束"
    r"|end of (?:the )?transcript)\s*[】\]]?$",
    re.IGNORECASE,
)
_ORIGINAL_TAGS = {"原话", "原文", "original"}


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
    tag = m["tag"].lower()
    return Delivery.ORIGINAL if tag in _ORIGINAL_TAGS else Delivery.INTERPRETED


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
    """A bare name line: ``吴泳铭``, ``Lydia Liu``, ``Joseph C. Tsai``."""
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
