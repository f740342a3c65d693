"""What a briefing quotes from the transcript, chosen here so render only shows it: the
excerpt of each analyst's question, and sentences as the original file writes them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from callbrief.ingest import as_written
from callbrief.lang import LanguagePack, pack_for
from callbrief.model import Metric, Quote, Transcript


def question_excerpts(t: Transcript, pack: LanguagePack) -> tuple[str, ...]:
    """The excerpt of each Q&A exchange's question, in the order of ``t.qa``."""
    return tuple(question_excerpt(t, q.question_turn, pack) for q in t.qa)


def question_excerpt(
    t: Transcript, turn: int, pack: LanguagePack | None = None, limit: int = 90
) -> str:
    """The question an analyst asked, in brief, verbatim: the first sentence that asks (ends
    with a question mark), after the sentence announcing it ("第一个问题主要是…") when the two
    fit together; without a question mark, the first sentence that speaks of a question."""
    chosen = question_sentences(t, turn, pack, limit)
    # only the sentences shown are looked up in the original (as the file writes them)
    joiner = " " if t.source.language != "zh" else ""
    text = joiner.join(as_written(t.source.original, s, t.source.variants) for s in chosen if s)
    text = text.replace(" … ", " …").replace(" …", "… ") if joiner else text
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if joiner and " " in cut:  # words are not cut in two
        cut = cut[: cut.rindex(" ")].rstrip(",;:")
    return cut + "…"


def question_sentences(
    t: Transcript, turn: int, pack: LanguagePack | None = None, limit: int = 90
) -> list[str]:
    """The sentences a question's excerpt is made of (``…`` where it skips some)."""
    pack = pack or pack_for(t.source.language)
    cues = pack.question_cues
    said = [s for p in t.turns[turn].paragraphs for s in pack.sentences(p)]
    asked = [s for s in said if cues.asking.search(s) and not cues.greeting.match(s)]
    intro = (asked or [s for s in said if not cues.greeting.match(s)] or said or [""])[0]
    question = next((s for s in said if s.rstrip().endswith(cues.marks)), None)
    if question is None or question == intro:
        return [intro]
    if said.index(intro) < said.index(question) and len(intro) + len(question) < limit:
        return [intro, "" if said.index(question) == said.index(intro) + 1 else "…", question]
    return [question]


def written_lookup(
    original: str, variants: Mapping[str, str] | None = None
) -> Callable[[str], str]:
    """``as_written`` over one original text, each sentence looked up once."""

    @cache
    def written(sentence: str) -> str:
        return as_written(original, sentence, variants)

    return written


def with_written_sources(metrics: Sequence[Metric], t: Transcript) -> tuple[Metric, ...]:
    """The metrics with each source sentence as the file writes it (``MetricSource.written``)."""
    written = written_lookup(t.source.original, t.source.variants)
    return tuple(
        dataclasses.replace(
            m,
            sources=tuple(dataclasses.replace(s, written=written(s.text)) for s in m.sources),
        )
        for m in metrics
    )


def with_written_quotes(quotes: Sequence[Quote], t: Transcript) -> tuple[Quote, ...]:
    """The quotes with their sentence as the file writes it (``Quote.written``)."""
    written = written_lookup(t.source.original, t.source.variants)
    return tuple(dataclasses.replace(q, written=written(q.text)) for q in quotes)
