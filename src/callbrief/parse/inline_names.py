"""Inline names: each turn opens with its speaker's label on the line of its text.

``Jane Doe: Thanks, and good morning.``, ``Jane Doe, CFO: ...``, ``张三（首席财务官）：...``,
``李四（某某证券）：...`` (a firm makes an analyst), one paragraph a line; a line with no
label goes on with the turn before it. A label is a name (2-4 Han characters, 1-4
capitalised words) or a role (``Operator``, ``主持人``) that recurs, carries a title or a
firm, or is introduced by the host or the title block; ``Note:``, ``Q3:``, ``Revenue:`` and
``10:30`` are not labels. A Markdown title (``# Example Corp Q3 2024 Earnings Call``) and
section lines (``## Q&A``, ``问答环节``) may stand between the turns.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from callbrief.errors import ParseError
from callbrief.lang.en import inline_simple as en_words
from callbrief.lang.zh import inline_simple as zh_words
from callbrief.model import Role, Source, Transcript
from callbrief.parse.labels import (
    ROLE,
    ROLES,
    LastReading,
    affiliation,
    build,
    find_headings,
    is_speaker_name,
    recognised,
    role_title,
)
from callbrief.parse.layout import Detection
from callbrief.parse.speakers import infer_role
from callbrief.parse.turns import Header

_EN_WORD = r"[A-Z][A-Za-z'\u2019.\-]*"
_NAME = rf"(?:{ROLES}|{zh_words.HAN_NAME}|{_EN_WORD}(?: {_EN_WORD}){{0,3}})"
_LABEL = re.compile(
    rf"^(?P<name>{_NAME})"
    r"(?:\s*\((?P<paren>[^()]{1,80})\)|(?:,\s*|\s+[-\u2013\u2014]\s+)(?P<comma>[^:()]{1,80}?))?"
    r"\s*:\s*(?P<text>.*)$"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
# An affiliation starts like a name or a firm and says no sentence: no digits, a few words.
_AFFILIATION = re.compile(r"^[A-Z\u4e00-\u9fff&][^\d!?;\"]*$")
_MAX_AFFILIATION_WORDS = 8
_INTRODUCED_FIRM = (zh_words.INTRODUCED_FIRM, en_words.INTRODUCED_FIRM)
_LOOSE_END = re.compile(r"(?:\.| of| and)+$")
_MIN_LABELS = 3
# The title block is a few lines; a text whose first label comes later is another layout.
_MAX_PREAMBLE_LINES = 20
# Labels on half the lines after the title block are this layout's full mark.
_FULL_COVERAGE = 0.5


@dataclass(frozen=True, slots=True)
class Label:
    """A line that opens with a speaker's label: ``Name[, title | (firm)]: text``."""

    index: int
    name: str
    title: str | None
    firm: str | None
    text: str
    recognised: bool
    """Whether the label names a role or carries a title or firm this pack knows."""
    key: str
    """The name folded, to tell one speaker's labels: no spaces, case folded."""


class InlineNameLayout:
    """``Name: text`` on one line a turn, in English or Chinese.

    ``detect`` scores 0 with fewer than three labels or two speakers, or with a title block
    of more than 20 lines; otherwise 0.25 plus 0.7 times the share of lines after the title
    block that open with a label, counted in full from one line in two (so a text of
    one-paragraph turns scores 0.95).
    """

    name = "inline-names"
    description = (
        "one paragraph a turn, opening with its speaker: 'Name: text', 'Name, Title: text'"
    )
    example = f"Jane Doe, CFO: Thanks, and good morning. / {zh_words.SAMPLE_INLINE}"

    def __init__(self) -> None:
        self._read = LastReading(read_inline)

    def detect(self, lines: Sequence[str]) -> Detection:
        read = self._read(lines)
        if isinstance(read, str):
            return Detection(0.0, read)
        headers, headings = read
        start = min([headers[0].start, *headings])
        body = len(lines) - start - len(headings)
        inline = sum(h.text is not None for h in headers)
        coverage = min(1.0, inline / max(1, body) / _FULL_COVERAGE)
        speakers = len({h.name for h in headers})
        return Detection(
            round(0.25 + 0.7 * coverage, 3),
            f"{inline} of {body} lines open with a speaker's label ({speakers} speakers)",
        )

    def parse(self, lines: Sequence[str], source: Source) -> Transcript:
        read = self._read(lines)
        if isinstance(read, str):
            raise ParseError(f"the {self.name} layout does not fit: {read}", source=source.path)
        headers, headings = read
        return build(lines, headers, headings, source)


def read_inline(lines: Sequence[str]) -> tuple[list[Header], dict[int, str]] | str:
    """The headers and the headings (line -> title), or why this layout does not fit."""
    labels, introductions = _speaker_labels(lines)
    inline = [b for b in labels if b.text]
    if len(inline) < _MIN_LABELS or len({b.key for b in inline}) < 2:
        return "no 'Name: text' lines from two speakers or more"
    if labels[0].index > _MAX_PREAMBLE_LINES:
        return f"no speaker label in the first {labels[0].index} lines"
    taken = {b.index for b in labels}
    headings = find_headings(lines, taken, labels[0].index)
    firms = introduced_firms(labels, introductions)
    headers = [
        Header(
            b.index, b.index + 1, b.name, b.title, b.firm or firms.get(b.key), text=b.text or None
        )
        for b in labels
    ]
    return headers, headings


def _speaker_labels(lines: Sequence[str]) -> tuple[list[Label], str]:
    """The labels that name speakers (a role, a title or firm, a name said twice as a label,
    or a name the host or the title block says), and what the host and title block say."""
    candidates = [b for i, line in enumerate(lines) if (b := _label(i, line))]
    said = Counter(b.key for b in candidates)
    sure = [b for b in candidates if b.recognised or said[b.key] >= 2]
    if not sure:
        return [], ""
    introduced = _introductions(lines, sure)
    sure_lines = {b.index for b in sure}
    mentioned: dict[str, bool] = {}
    for b in candidates:
        if b.index not in sure_lines and b.key not in mentioned:
            mentioned[b.key] = _mentioned(b.name, introduced)
    kept = [b for b in candidates if b.index in sure_lines or mentioned[b.key]]
    return kept, introduced


def introduced_firms(labels: Sequence[Label], introductions: str) -> dict[str, str]:
    """The firms of speakers whose labels never say one, as the host introduces them
    (``our next question comes from Jane Doe with Example Securities``), by label key."""
    described = {b.key for b in labels if b.title or b.firm}
    firms: dict[str, str] = {}
    tried: set[str] = set()
    for b in labels:
        if b.key in described or b.key in tried or ROLE.match(b.name):
            continue
        tried.add(b.key)
        for template in _INTRODUCED_FIRM:
            if m := re.search(template.replace("{name}", re.escape(b.name)), introductions):
                firms[b.key] = _LOOSE_END.sub("", m["firm"])
                break
    return firms


def _label(index: int, line: str) -> Label | None:
    m = _LABEL.match(line)
    if not m or not is_speaker_name(m["name"]):
        return None
    said = m["paren"] or m["comma"]
    if said is not None and not _is_affiliation(said):
        return None
    title, firm = affiliation(said)
    if m["paren"] is not None and not recognised(m["paren"]):
        title, firm = None, m["paren"].strip()  # ``Name (Firm):``, as transcripts write analysts
    # A role word, a title or firm it recognises, or a name with its affiliation in brackets
    # (``Dana Reyes (Example Securities):``) makes a label sure.
    known = bool(ROLE.match(m["name"])) or (
        said is not None and (recognised(said) or m["paren"] is not None)
    )
    title = role_title(m["name"], title)
    key = m["name"].replace(" ", "").casefold()
    return Label(index, m["name"], title, firm, m["text"].strip(), known, key)


def _is_affiliation(said: str) -> bool:
    return bool(_AFFILIATION.match(said)) and len(said.split()) <= _MAX_AFFILIATION_WORDS


def _introductions(lines: Sequence[str], sure: Sequence[Label]) -> str:
    """The title block and what the host and the operator say: where a speaker who speaks
    only once is introduced ("our next question comes from Jane Doe")."""
    said = list(lines[: sure[0].index])
    by_line = {b.index: b for b in sure}
    hosting = False
    for i in range(sure[0].index, len(lines)):
        if b := by_line.get(i):
            hosting = infer_role(b.name, b.title, b.firm) in (Role.HOST, Role.OPERATOR)
            if hosting:
                said.append(b.text)
        elif hosting:
            said.append(lines[i])
    return "\n".join(said)


def _mentioned(name: str, text: str) -> bool:
    if _HAN.match(name):
        return name in text
    return re.search(rf"\b{re.escape(name)}\b", text) is not None
