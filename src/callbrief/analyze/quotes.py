"""Key quotes: verbatim management sentences a reader would underline, chosen for variety."""

from __future__ import annotations

from collections import Counter

from callbrief.analyze.glossary import Glossary
from callbrief.analyze.topics import topics_of
from callbrief.lang import LanguagePack
from callbrief.model import Quote, Role, Transcript

_MIN_CHARS, _MAX_CHARS = 18, 150


def key_quotes(
    transcript: Transcript, glossary: Glossary, pack: LanguagePack, limit: int = 8
) -> tuple[Quote, ...]:
    """Up to ``limit`` quotes, at most three a speaker and two a topic, in call order."""
    management = {s.id for s in transcript.speakers if s.role is Role.MANAGEMENT}
    candidates: list[tuple[float, int, Quote]] = []
    for turn in transcript.turns:
        if turn.speaker not in management:
            continue
        for paragraph in turn.paragraphs:
            for sentence in pack.sentences(paragraph):
                scored = _score(sentence, glossary, pack)
                if scored:
                    score, topic = scored
                    quote = Quote(turn.index, turn.speaker, sentence, None, topic)
                    candidates.append((score, len(candidates), quote))
    chosen: list[tuple[int, Quote]] = []
    per_speaker: Counter[str] = Counter()
    per_topic: Counter[str] = Counter()
    for score, order, quote in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if len(chosen) == limit or (score < 0 and len(chosen) >= 3):
            break  # (a weak candidate only to reach three quotes)
        if per_speaker[quote.speaker] < 3 and per_topic[quote.topic] < 2:
            chosen.append((order, quote))
            per_speaker[quote.speaker] += 1
            per_topic[quote.topic] += 1
    return tuple(q for _, q in sorted(chosen, key=lambda c: c[0]))


def _score(sentence: str, glossary: Glossary, pack: LanguagePack) -> tuple[float, str] | None:
    cues = pack.quote_cues
    if not _MIN_CHARS <= len(sentence) <= _MAX_CHARS:
        return None
    if cues.boilerplate.search(sentence) or cues.small_talk.match(sentence):
        return None
    amounts = pack.find_amounts(sentence)
    if any(a.amount.unit and a.amount.unit.is_currency for a in amounts):
        return None  # a sentence of figures is a metric, not a quote
    topics = topics_of(sentence, glossary)
    if not topics:
        return None
    conviction = 3 if cues.conviction.search(sentence) else 0
    fit = 1 if 30 <= len(sentence) <= 110 else 0
    # Last resorts: a sentence that leans on the one before, a sentence about a figure
    penalty = (1 if cues.leans_back.match(sentence) else 0) + (2 if amounts else 0)
    return len(topics) + conviction + fit - penalty, topics[0]
