"""News write-ups of a call (``实录``), as Chinese financial news sites publish them.

A headline, a few paragraphs by the reporter (``... 召开业绩电话会，以下为实录:``), then the call as
paragraphs that open with a label and a colon: ``某某证券分析师 Jane Doe:``, ``首席财务官李四:``,
``张三:``, or ``问:`` / ``答:`` (on their own line or before the text). No title block, no
delivery tags. The reporter's paragraphs are the preamble, not a speaker's turn: they are not the
call's words, and their figures are the reporter's summary. The call's company and period come
from the headline (``parse.headline``). The write-up gives no headings: the part before the first
question is the management's remarks, the rest the Q&A.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from callbrief.errors import ParseError
from callbrief.lang.zh import media as zh
from callbrief.model import Role, SectionKind, Source, Transcript
from callbrief.parse.checks import prose_before_turns
from callbrief.parse.headline import read_headline
from callbrief.parse.layout import Detection
from callbrief.parse.lines import alternatives, compact_heading, is_short_label
from callbrief.parse.participants import list_heading
from callbrief.parse.sections import STANDALONE_HEADING, classify
from callbrief.parse.speaker_labels import STOCK_QUOTE, SpeakerLabel, read_label
from callbrief.parse.turns import Header, TurnBuilder

_LABELLED = re.compile(r"^(?P<label>[^:]{1,60}?)\s*:\s*(?P<text>.*)$")
_PARENTHESISED = re.compile(r"^\((?P<label>[^()]{1,40})\)\s*(?P<text>.*)$")
_QUESTION = re.compile(f"^(?:{alternatives(zh.QUESTION_MARKERS)})$")
_ANSWER = re.compile(f"^(?:{alternatives(zh.ANSWER_MARKERS)})$")
_FOLLOW_UP = re.compile(f"^(?:{alternatives(zh.FOLLOW_UP_MARKERS)})$")
_LEAD_IN = re.compile(f"{zh.LEAD_IN}|{zh.RECORD_LEAD_IN}")
_MARKED_LABEL = re.compile(r"^(?P<marker>[^()]{1,6}?)\s*\((?P<who>[^()]{2,40})\)$")
"""``答(总经理 王某)``: a marker with who speaks in brackets, in the label itself."""
_ROSTER_FIELD = re.compile(rf"^[^:]{{0,12}}(?:{zh.ROSTER_FIELDS})[^:]{{0,12}}:(?P<list>.+)$")
_LIST_SEPARATOR = re.compile(zh.LIST_SEPARATORS)
_HEADING_NUMBER = re.compile(zh.HEADING_NUMBER)
_WHO_ASKS = re.compile(r"^[^\d\s]{2,10}$")
"""Who a question's brackets name when it is no person (``网络投资者``, an online investor)."""
_HEADLINE = re.compile(f"{zh.CALL_WORDS}.{{0,6}}{zh.HEADLINE}|{zh.HEADLINE}.{{0,4}}:")
_FOOTER = re.compile(rf"^[(\[{zh.HEADING_BRACKETS[0]}]?\s*(?:{alternatives(zh.FOOTER)})")
_ANALYST_WORD = re.compile(alternatives(zh.ANALYST_WORDS))
_HEADLINE_LINES = 3
_ROSTER_LINES = 40
"""How far into the call a list of who attended may open (it comes before the first label)."""
_SHORT_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$|^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$")


@dataclass(slots=True)
class _Reading:
    """What the layout found: headers, headings, where the call and the article end."""

    end: int
    """Index of the article's first closing line (editor, promotion), or the line count."""
    headers: list[Header] = field(default_factory=list)
    questions: list[int] = field(default_factory=list)
    """Header lines that open a question (an analyst's label or a question marker)."""
    headings: list[int] = field(default_factory=list)
    qa_heading: bool = False
    marks: int = 0
    """Labels only a write-up has: ``分析师``, a stock quote, ``问:``."""
    lead_in: bool = False
    start: int = 0
    """Index of the line after the reporter's lead-in (``以下为实录：``); 0 when there is none."""
    warnings: list[str] = field(default_factory=list)
    roster: dict[str, SpeakerLabel] = field(default_factory=dict)
    """A list of who attended (``出席管理层：`` / ``首席财务官 张伟``), by folded name."""
    skip: set[int] = field(default_factory=set)
    """The list's lines: neither headings nor text of a turn."""


class MediaQALayout:
    """News write-ups of a call: paragraphs that open with ``Label:`` after a reporter's lead.

    ``detect`` scores 0 with fewer than two labelled paragraphs; otherwise 0.1, plus 0.45
    for the write-up's headline or lead-in (``实录``, ``以下为实录:``), plus up to 0.35 for
    labels only a write-up has (``分析师``, a stock quote, ``问:`` / ``答:``; three or more give
    it all), plus 0.1 times the share of the body's lines that open with a label. Labelled
    paragraphs alone (``Name: text``, any inline transcript) stay under 0.25: not this layout.
    """

    name = "media-qa"
    prose_preamble = True
    """The reporter's paragraphs before the first label are the preamble, on purpose."""
    description = (
        f"news write-ups of a call ({zh.WRITE_UP}): a headline and a reporter's lead, then "
        "paragraphs opening with 'Label:' (analysts, titles, names, questions and answers)"
    )
    example = " / ".join(zh.SAMPLE_LABELS)

    def detect(self, lines: Sequence[str]) -> Detection:
        r = _read(lines)
        if len(r.headers) < 2:
            return Detection(0.0, "fewer than two paragraphs that open with a speaker label")
        share = min(1.0, len(r.headers) / max(1, r.end - r.headers[0].start))
        score = 0.1 + 0.45 * r.lead_in + 0.35 * min(1.0, r.marks / 3) + 0.1 * share
        lead = "a write-up's headline or lead-in" if r.lead_in else "no write-up headline"
        found = f"{len(r.headers)} labelled paragraphs, {r.marks} write-up labels; {lead}"
        return Detection(round(score, 3), found)

    def parse(self, lines: Sequence[str], source: Source) -> Transcript:
        r = _read(lines)
        if not r.headers:
            reason = "no paragraph opens with a speaker label"
            raise ParseError(f"the {self.name} layout does not fit: {reason}", source=source.path)
        body = lines[: r.end]
        t = TurnBuilder(
            body, r.headers, r.headings, source, skip=r.skip, untitled=_parts(r)
        ).build()
        end_marker = lines[r.end] if r.end < len(lines) else t.end_marker
        return dataclasses.replace(
            t,
            call=read_headline(t.preamble),
            end_marker=end_marker,
            # The reporter's paragraphs are the preamble on purpose (the layout's prose_preamble);
            # with no lead-in handing over to the call, running text there may be a lost label's.
            warnings=(
                *t.warnings,
                *dict.fromkeys(r.warnings),
                *(prose_before_turns(t) if r.start == 0 else ()),
            ),
        )


def _parts(r: _Reading) -> dict[int, SectionKind]:
    """Untitled parts: the management's remarks until the first question, then the Q&A (all
    of it when nobody asks: a write-up reports a call's Q&A, and the checks then warn)."""
    first = r.headers[0].start
    untitled: dict[int, SectionKind] = {}
    if not r.headings or r.headings[0] > first:
        untitled[first] = SectionKind.PREPARED_REMARKS
    if not r.qa_heading:
        untitled[r.questions[0] if r.questions else first] = SectionKind.QA
    return untitled


def _read(lines: Sequence[str]) -> _Reading:
    start = next((i + 1 for i, line in enumerate(lines) if _LEAD_IN.search(line)), 0)
    end = next((i for i in range(start, len(lines)) if _FOOTER.match(lines[i])), len(lines))
    scanner = _Scanner(lines, start, end)
    r = scanner.scan()
    r.start = start
    r.lead_in = start > 0 or any(_HEADLINE.search(line) for line in lines[:_HEADLINE_LINES])
    return r


def _fold(name: str) -> str:
    return re.sub(r"\s+", "", name).casefold()


class _Scanner:
    """One pass over the call's lines, finding labels; bare names are speakers once known."""

    def __init__(self, lines: Sequence[str], start: int, end: int) -> None:
        self.lines, self.start, self.r = lines, start, _Reading(end)
        self.mentioned = "".join(lines[:start])  # the reporter names who spoke
        self.analyst: dict[str, bool] = {}  # the speakers met so far: folded name -> analyst
        self.asker: SpeakerLabel | None = None
        self._read_roster()
        labels = [_LABELLED.match(line) for line in lines[start:end]]
        bare = [read_label(m["label"]) for m in labels if m and m["text"]]
        self.repeated = Counter(_fold(s.name) for s in bare if s and s.bare)

    def _read_roster(self) -> None:
        """``出席管理层：`` and the ``title name`` (or ``name title``) lines under it; a record's
        one-line lists before the call (``上市公司接待人员姓名：董事长 陈某、总经理 王某``)."""
        lines, r = self.lines, self.r
        for line in lines[: self.start]:
            if m := _ROSTER_FIELD.match(line):
                for part in _LIST_SEPARATOR.split(m["list"]):
                    if entry := _roster_entry(part):
                        r.roster[_fold(entry.name)] = entry
        head = range(self.start, min(r.end, self.start + _ROSTER_LINES))
        heading = next((i for i in head if list_heading(lines[i]) is not None), None)
        if heading is None:
            return
        r.skip.add(heading)
        for i in range(heading + 1, r.end):
            entry = _roster_entry(lines[i])
            if entry is None:
                break
            r.roster[_fold(entry.name)] = entry
            r.skip.add(i)

    def scan(self) -> _Reading:
        i = self.start
        while i < self.r.end:
            i = self._line(i)
        return self.r

    def _line(self, i: int) -> int:
        """Read the line at ``i``; return the index of the next line to read."""
        line = self.lines[i]
        if i in self.r.skip:
            return i + 1
        m = _LABELLED.match(line)
        if m is None:
            if _is_heading(line):
                self.r.headings.append(i)
                self.r.qa_heading |= classify(compact_heading(line)) is SectionKind.QA
            return i + 1
        label, text = m["label"].strip(), m["text"].strip()
        if marker := _marker(label):
            return self._marked(i, marker, text)
        inside = _MARKED_LABEL.match(label)
        if inside and (marker := _marker(inside["marker"])):  # 答(总经理 王某):
            return self._marked(i, marker, f"({inside['who']}){text}")
        speaker = self._speaker(label)
        alone = not text and speaker is not None and self._text_follows(i)
        if speaker is None or not (text or alone):
            self._unread(label)
            return i + 1
        self._add(Header(i, i + 1, speaker.name, speaker.title, speaker.firm, text=text or None,
                         role=speaker.role), label)  # fmt: skip
        return i + 1

    def _text_follows(self, i: int) -> bool:
        """Whether a label alone on its line (``刘佳（投资者关系副总裁）：``) has its words on
        the next line: one that is no label and no heading."""
        if i + 1 >= self.r.end:
            return False
        nxt = self.lines[i + 1]
        return _LABELLED.match(nxt) is None and not _is_heading(nxt)

    def _marked(self, i: int, marker: str, text: str) -> int:
        """``问:`` / ``答:`` / ``追问:``, before a labelled paragraph, a ``(名字)`` or the text."""
        asks = marker != "a"
        self.r.marks += 1
        inner = _PARENTHESISED.match(text) or _LABELLED.match(text)
        end = i + 1
        if not text and i + 1 < self.r.end:
            inner, end = _LABELLED.match(self.lines[i + 1]), i + 2
        alone = inner is not None and inner.re is _PARENTHESISED  # 问：（摩根士丹利 Alex Wong）
        known = inner is not None and bool(inner["text"] or alone)
        speaker = self._speaker(inner["label"].strip(), named=alone) if inner and known else None
        if speaker is None and alone and inner is not None:
            speaker = _split_entry(inner["label"].strip(), asks=asks)
            if speaker is None and asks and _WHO_ASKS.match(inner["label"].strip()):
                speaker = SpeakerLabel(inner["label"].strip(), role=Role.ANALYST)  # 网络投资者
        if speaker is not None and inner is not None:
            text = inner["text"].strip()
        else:
            speaker, end = self._unnamed(marker, i), i + 1
        header = Header(i, end, speaker.name, speaker.title, speaker.firm, text=text or None,
                        role=speaker.role)  # fmt: skip
        self._add(header, self.lines[i], asks=asks)
        return end

    def _unnamed(self, marker: str, i: int) -> SpeakerLabel:
        label = _LABELLED.match(self.lines[i])
        name = label["label"].strip() if label else marker
        if marker == "f" and self.asker is not None:
            return self.asker
        return SpeakerLabel(name, role=Role.MANAGEMENT if marker == "a" else Role.ANALYST)

    def _speaker(self, label: str, *, named: bool = False) -> SpeakerLabel | None:
        """The speaker a label names; a bare name only once known (listed, met, repeated,
        mentioned by the reporter, or in a question's or answer's brackets: ``named``)."""
        s = read_label(label) or (_roster_entry(label) if named else None)
        if s is None:
            return None
        key = _fold(s.name)
        if key in self.r.roster:
            listed = self.r.roster[key]
            return SpeakerLabel(s.name, s.title or listed.title, s.firm or listed.firm, s.role)
        if not s.bare:
            return s
        if key in self.analyst or self.repeated[key] > 1 or s.name in self.mentioned or named:
            return SpeakerLabel(s.name)
        return None

    def _add(self, header: Header, label: str, *, asks: bool | None = None) -> None:
        key = _fold(header.name)
        if asks is None:
            asks = bool(header.firm) or header.role is Role.ANALYST or self.analyst.get(key, False)
        self.analyst.setdefault(key, asks and header.role is not Role.MANAGEMENT)
        self.r.headers.append(header)
        if asks:
            self.r.questions.append(header.start)
            self.asker = SpeakerLabel(header.name, header.title, header.firm, header.role)
        if STOCK_QUOTE.search(label) or _ANALYST_WORD.search(label):
            self.r.marks += 1

    def _unread(self, label: str) -> None:
        s = read_label(label)
        if self.r.headers and s is not None and s.bare and _SHORT_NAME.match(s.name):
            self.r.warnings.append(
                f"a paragraph opens with '{label}:', like a speaker label, but no speaker of "
                "that name was introduced"
            )


_ENTRY = re.compile(
    rf"^(?P<a>[^\s:]{{2,24}})\s*{zh.ENTRY_SEPARATOR}\s*(?P<b>[^\s:]{{2,24}}(?:\s[A-Z][a-z]+)?)$"
)


def _name_first(entry: str) -> tuple[tuple[str, str], ...]:
    """The two readings of a two-part entry, ``title name`` first: (name, the other part)."""
    m = _ENTRY.match(entry)
    return ((m["b"], m["a"]), (m["a"], m["b"])) if m else ()


def _roster_entry(line: str) -> SpeakerLabel | None:
    """``首席财务官 张伟``, ``张伟 首席财务官``, ``张伟 - 首席财务官``, ``中金公司 王思远``: a
    speaker with a title or firm, in either order; None for anything else."""
    for name, rest in _name_first(line.strip()):
        s = read_label(f"{name}({rest})")
        if s is not None and not s.bare and _SHORT_NAME.match(s.name):
            return s
    return None


def _split_entry(label: str, *, asks: bool) -> SpeakerLabel | None:
    """``摩根士丹利 Alex Wong`` in a question's brackets: the name, and the firm (or, in an
    answer's, the title) beside it."""
    for name, rest in _name_first(label):
        if _SHORT_NAME.match(name) and not _SHORT_NAME.match(rest):
            if asks:
                return SpeakerLabel(name, firm=rest, role=Role.ANALYST)
            return SpeakerLabel(name, title=rest)
    return None


def _marker(label: str) -> str | None:
    if _QUESTION.match(label):
        return "q"
    if _ANSWER.match(label):
        return "a"
    if _FOLLOW_UP.match(label):
        return "f"
    return None


def _is_heading(line: str) -> bool:
    line = _HEADING_NUMBER.sub("", line)  # 二、问答环节
    title = compact_heading(line).strip("[]" + "".join(zh.HEADING_BRACKETS))
    if STANDALONE_HEADING.match(title):
        return True
    return is_short_label(line, max_chars=16) and classify(title) is not SectionKind.OTHER
