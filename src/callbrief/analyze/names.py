"""A call named in both languages: English names through the glossaries (pinyin as a flagged
fallback), and for a call held in another language its Chinese side (titles, firms and
headings from the glossaries read in reverse; what none knows stays as written, flagged)."""

from __future__ import annotations

import dataclasses

from callbrief.analyze.chinese_names import ChineseNamer
from callbrief.analyze.glossary import Glossary
from callbrief.analyze.naming import Namer
from callbrief.analyze.topics import topics_of
from callbrief.lang.zh.wording import period_from_english
from callbrief.model import Fallback, Transcript


def named(
    transcript: Transcript, glossary: Glossary, namer: Namer
) -> tuple[Transcript, tuple[Fallback, ...], str | None]:
    """The transcript with every speaker and section named in both languages and each Q&A
    exchange's topics; the fallbacks made; the call's period in Chinese."""
    chinese = ChineseNamer(glossary) if transcript.source.language != "zh" else None
    # Titles, firms and headings are shown as written; the glossaries know them in Simplified.
    read = _simplified if transcript.source.script == "traditional" else _as_written
    speakers = []
    for s in transcript.speakers:
        s = dataclasses.replace(
            s,
            name_en=namer.person(s.name),
            title_en=namer.title(read(s.title)),
            firm_en=namer.firm(read(s.firm)),
        )
        if chinese:
            s = dataclasses.replace(
                s, title_zh=chinese.title(s.title), firm_zh=chinese.firm(s.firm)
            )
        speakers.append(s)
    sections = []
    for sec in transcript.sections:
        sec = dataclasses.replace(sec, title_en=namer.section(read(sec.title) or "", sec.kind))
        if chinese:
            sec = dataclasses.replace(sec, title_zh=chinese.section(sec.title, sec.kind))
        sections.append(sec)
    qa = tuple(
        dataclasses.replace(q, topics=topics_of(_text(transcript, q.question_turn), glossary))
        for q in transcript.qa
    )
    result = dataclasses.replace(
        transcript, speakers=tuple(speakers), sections=tuple(sections), qa=qa
    )
    fallbacks = (*namer.fallbacks, *(chinese.fallbacks.values() if chinese else ()))
    call = transcript.call
    period_zh = call.period if chinese is None else period_from_english(call.period_en)
    return result, fallbacks, period_zh


def _text(transcript: Transcript, turn: int) -> str:
    return "\n".join(transcript.turns[turn].paragraphs)


def _simplified(text: str | None) -> str | None:
    from callbrief.ingest.script import to_simplified

    return to_simplified(text) if text else text


def _as_written(text: str | None) -> str | None:
    return text
