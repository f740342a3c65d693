"""Parallel bilingual transcripts: each paragraph followed by its translation.

English then Chinese or Chinese then English (Simplified or Traditional), with speaker labels
as name lines (``[00:00:31] Megan Liu, Director of Investor Relations``, perhaps followed by the
label's translation) or inline (``张三: text``, its translation ``Zhang San: text``), sometimes
with timestamps. The language of each paragraph is told by its script (Han characters or Latin
letters). The original is the first language of each pair: its paragraphs are the turns; the
paragraph after each, in the other language, is kept beside it as the source's translation
(``Turn.translations``), never as a turn of its own nor joined into the original. A
translation with no original before it is reported, not guessed at.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from callbrief.errors import ParseError
from callbrief.lang.zh import parallel as zh_parallel
from callbrief.lang.zh import structure as zh
from callbrief.model import Role, SectionKind, Source, Transcript
from callbrief.parse.layout import Detection
from callbrief.parse.lines import END_MARKER, compact_heading, is_short_label
from callbrief.parse.paragraphs import assemble
from callbrief.parse.sections import STANDALONE_HEADING, classify
from callbrief.parse.speaker_labels import SpeakerLabel, read_label
from callbrief.parse.turns import Header, TurnBuilder

_STAMP = r"[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]"
_STAMPS = re.compile(rf"^{_STAMP}\s*|\s*{_STAMP}$")
_LABELLED = re.compile(r"^(?P<label>[^:]{1,60}?)\s*:\s*(?P<text>.*)$")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_END = (*".!?…", zh.FULL_STOP, zh.QUESTION, zh.EXCLAMATION)
_MAX_NAME_TRANSLATION = 40
_LEAST_PAIRS = 3
_LEAST_SHARE = 0.5


_OPENING_LINES = 400
_LEAST_MINORITY = 0.15


def _two_scripts(lines: Sequence[str]) -> bool:
    """Whether both scripts hold a good share of these lines (a parallel text alternates from
    its start): a cheap look before the whole reading."""
    scripts = [script(line) for line in lines]
    zh, en = scripts.count("zh"), scripts.count("en")
    return min(zh, en) >= _LEAST_MINORITY * max(1, zh + en)


def script(text: str) -> str | None:
    """``zh`` when Han characters outnumber Latin words (``来自Northgate Capital的Sofia``),
    ``en`` when they do not (``Thank you, 张三.``), None for text with neither."""
    han, words = len(_HAN.findall(text)), len(_LATIN_WORD.findall(text))
    if not han and not words:
        return None
    return "zh" if han > words else "en"


@dataclass(slots=True)
class _Reading:
    """The original's lines as the turn builder reads them, with the translations aside."""

    original: str
    lines: list[str] = field(default_factory=list)
    headers: list[Header] = field(default_factory=list)
    headings: list[int] = field(default_factory=list)
    translations: dict[int, str | None] = field(default_factory=dict)
    untitled: dict[int, SectionKind] = field(default_factory=dict)
    orphans: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def pairs(self) -> int:
        return sum(t is not None for t in self.translations.values())


class ParallelLayout:
    """Each paragraph followed by its translation; the first language of each pair is read.

    ``detect`` scores 0 without speaker labels or with fewer than three paragraphs followed by
    a translation. The share of the original's paragraphs followed by their translation, less
    the share of translations with no original, then gives the score: from half a share up,
    0.35 plus 0.65 times the share; below it, half the share (under 0.25: not this layout).
    """

    name = "parallel-bilingual"
    description = (
        "parallel bilingual text: each paragraph followed by its translation (English and "
        "Chinese, either first), name lines or inline labels, optional timestamps"
    )
    example = " / ".join(zh_parallel.SAMPLE_PAIR)

    def detect(self, lines: Sequence[str]) -> Detection:
        if not _two_scripts(lines[:_OPENING_LINES]):
            return Detection(0.0, "one language throughout its opening lines")
        r = _read(lines)
        if isinstance(r, str):
            return Detection(0.0, r)
        originals = max(1, len(r.translations))
        share = max(0.0, r.pairs / originals - r.orphans / max(1, r.pairs + r.orphans))
        # Below half, the translations are a monolingual call's odd other-language lines.
        score = 0.35 + 0.65 * share if share >= _LEAST_SHARE else share / 2
        found = f"{r.pairs} of {len(r.translations)} {r.original} paragraphs carry a translation"
        return Detection(round(score, 3), found)

    def parse(self, lines: Sequence[str], source: Source) -> Transcript:
        r = _read(lines)
        if isinstance(r, str):
            raise ParseError(f"the {self.name} layout does not fit: {r}", source=source.path)
        t = TurnBuilder(
            r.lines, r.headers, r.headings, source,
            untitled=r.untitled, translations=r.translations,
        ).build()  # fmt: skip
        # The turns are the original's words: the call is in its language.
        t = dataclasses.replace(t, source=dataclasses.replace(t.source, language=r.original))
        return dataclasses.replace(t, warnings=(*t.warnings, *dict.fromkeys(r.warnings)))


def _read(lines: Sequence[str]) -> _Reading | str:
    """The original's lines, headers and translations, or why this layout does not fit."""
    kinds = _Kinds(lines)
    first = next((i for i, k in enumerate(kinds.kinds) if k in ("name", "inline")), None)
    if first is None:
        return "no speaker labels (name lines or 'Name: text')"
    original = kinds.original(first)
    if original is None:
        return "no paragraphs after the first speaker label"
    r = _Walk(lines, kinds, original).run()
    if r.pairs < _LEAST_PAIRS:
        return f"not a parallel text: {r.pairs} paragraphs followed by a translation"
    return r


class _Kinds:
    """What each line is, before the original's language is known: a heading, a speaker's
    name line, an inline ``Label: text``, an end marker, or text."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.texts = [_STAMPS.sub("", line).strip() for line in lines]
        stamped = [text != line for text, line in zip(self.texts, lines, strict=True)]
        self.labels: list[SpeakerLabel | None] = [None] * len(lines)
        self.kinds = ["text"] * len(lines)
        counts = Counter(self._label_part(t) for t in self.texts)
        known: set[str] = set()
        for i, text in enumerate(self.texts):
            kind, label = self._kind(text, stamped[i], known, counts)
            self.kinds[i], self.labels[i] = kind, label
            if label is not None and not label.bare:
                known.add(label.name)
        for i in range(1, len(lines)):  # a heading's translation: Q&A / 问答环节
            if self.kinds[i - 1] == "heading" and self.kinds[i] == "text":
                other = script(self.texts[i]) != script(self.texts[i - 1])
                if other and _names_only(self.texts[i]):
                    self.kinds[i] = "heading"

    @staticmethod
    def _label_part(text: str) -> str:
        m = _LABELLED.match(text)
        return m["label"].strip() if m else text.rstrip(":")

    def _kind(
        self, text: str, stamped: bool, known: set[str], counts: Counter[str]
    ) -> tuple[str, SpeakerLabel | None]:
        if END_MARKER.match(text):
            return "end", None
        m = _LABELLED.match(text)
        inline = m is not None and bool(m["text"].strip())
        label = read_label(self._label_part(text)) if (inline or not _is_sentence(text)) else None
        kind = "inline" if inline else "name"
        if label is not None and not label.bare:  # a described speaker, even 'Head of Business'
            return kind, label
        if not inline and _is_heading(text):
            return "heading", None
        if label is None or not (stamped or label.name in known or counts[label.name] > 1):
            return "text", None
        return kind, label

    def original(self, first: int) -> str | None:
        """The first language of the pairs: that of the first speaker's first paragraph."""
        m = _LABELLED.match(self.texts[first])
        if self.kinds[first] == "inline" and m:
            return script(m["text"])
        after = range(first + 1, len(self.texts))
        following = (self.texts[i] for i in after if self.kinds[i] == "text")
        return next((s for t in following if (s := script(t))), None)


class _Walk:
    """One pass: the original's paragraphs into ``lines``, each translation beside its own."""

    def __init__(self, lines: Sequence[str], kinds: _Kinds, original: str) -> None:
        self.source, self.kinds = lines, kinds
        self.r = _Reading(original)
        self.last: int | None = None  # the original paragraph awaiting its translation
        self.run_lines: list[str] = []  # text lines of one script, not yet paragraphs
        self.run_script: str | None = None
        self.just_headed = False  # the last thing read was a header or heading

    def run(self) -> _Reading:
        kinds = self.kinds.kinds
        start = next(i for i, k in enumerate(kinds) if k in ("name", "inline"))
        while start > 0 and kinds[start - 1] == "heading":  # the first part's heading
            start -= 1
        self.r.lines += self.source[:start]
        for i in range(start, len(self.source)):
            self._line(i)
        self._flush()
        analysts = [h.start for h in self.r.headers if h.firm or h.role is Role.ANALYST]
        qa = any(
            classify(compact_heading(self.r.lines[i])) is SectionKind.QA for i in self.r.headings
        )
        if analysts and not qa:
            self.r.untitled[analysts[0]] = SectionKind.QA
        return self.r

    def _line(self, i: int) -> None:
        kind, text, label = self.kinds.kinds[i], self.kinds.texts[i], self.kinds.labels[i]
        own = script(text) in (self.r.original, None)
        if kind == "text" or (kind in ("name", "inline") and not own):
            self._text(text, kind)
            return
        self._flush()
        if kind == "heading":
            if own or not self.just_headed:
                self.r.headings.append(len(self.r.lines))
                self.r.lines.append(self.source[i])
            self.just_headed = True
        elif kind == "end":
            self.r.lines.append(self.source[i])
        elif label is not None:
            self._header(i, text, label, inline=kind == "inline")

    def _header(self, i: int, text: str, label: SpeakerLabel, *, inline: bool) -> None:
        m = _LABELLED.match(text)
        said = m["text"].strip() if inline and m else None
        at = len(self.r.lines)
        self.r.headers.append(Header(at, at + 1, label.name, label.title, label.firm,
                                     text=said, role=label.role))  # fmt: skip
        self.r.lines.append(self.source[i])
        self.last = at if said else None
        if said:
            self.r.translations[at] = None
        self.just_headed = not said

    def _text(self, text: str, kind: str) -> None:
        s = script(text) or self.run_script
        # a name line in the translation's script right after a header is its translation
        after_header = bool(self.r.headers) and self.r.headers[-1].end == len(self.r.lines)
        if (
            (kind == "text" or (kind == "name" and after_header))
            and self.just_headed
            and s != self.r.original
            and _names_only(text)
        ):
            self._extend_header(text)  # the name line's translation: 刘美根, 投资者关系总监
            return
        labelled = s != self.r.original and _translated_label(text)
        if labelled:  # a label in the translation's language: its text is the translation
            text = labelled
        if s != self.run_script or (labelled and self.run_lines):
            self._flush()
        self.run_lines.append(text)
        self.run_script = s
        self.just_headed = False

    def _extend_header(self, text: str) -> None:
        h = self.r.headers[-1]
        self.r.headers[-1] = dataclasses.replace(h, end=h.end + 1)
        self.r.lines.append(text)
        self.just_headed = False

    def _flush(self) -> None:
        """The run of one script as paragraphs: originals kept, translations set beside them."""
        paragraphs, s = assemble(self.run_lines).paragraphs, self.run_script
        self.run_lines, self.run_script = [], None
        for paragraph in paragraphs:
            if s == self.r.original:
                self.last = len(self.r.lines)
                self.r.lines.append(paragraph)
                self.r.translations[self.last] = None
            elif self.last is not None and self.r.translations.get(self.last) is None:
                self.r.translations[self.last] = paragraph
            else:
                self.r.orphans += 1
                self.r.warnings.append(
                    f"a translation with no original paragraph before it: {paragraph[:30]!r}"
                )


def _translated_label(text: str) -> str | None:
    """The text after a label (``Host Zhao Min: Good evening...``), or None without one."""
    m = _LABELLED.match(text)
    if m and m["text"].strip() and read_label(m["label"].strip()) is not None:
        return str(m["text"].strip())
    return None


def _is_heading(text: str) -> bool:
    if STANDALONE_HEADING.match(text):
        return True
    return is_short_label(text, max_chars=40) and classify(compact_heading(text)) is not (
        SectionKind.OTHER
    )


def _is_sentence(text: str) -> bool:
    return text.endswith(_SENTENCE_END)


def _names_only(text: str) -> bool:
    """A short line with no sentence's end: a label's translation, not a paragraph."""
    return len(text) <= _MAX_NAME_TRANSLATION and not _is_sentence(text)
