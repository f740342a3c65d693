"""Key quotes: verbatim management sentences a reader would underline, chosen for variety."""

from __future__ import annotations

import re
from collections import Counter

from callbrief.amounts import find_amounts
from callbrief.analyze.glossary import Glossary
from callbrief.analyze.text import sentences
from callbrief.analyze.topics import topics_of
from callbrief.model import Quote, Role, Transcript

_BOILERPLATE = re.compile(
    r"前瞻性陈述|安全港|风险和不确定|非公认会计准则财务指标|网络直播|免责声明|新闻稿|录音|"
    r"forward-looking|safe harbor",
    re.IGNORECASE,
)
# Greetings, hand-overs and explanations of a figure ("这主要归因于…") are not quotes.
_SMALL_TALK = re.compile(
    r"^(?:谢谢|感谢|大家好|各位好|好的|晚上好|我来回答|我先回答|我补充|下面|现在|这主要|主要是|这是由于)"
)
_CONVICTION = re.compile(
    r"我们相信|我们认为|我们判断|我们预期|我们会|我们将|我们希望|我们仍将|我们对|我觉得|我们的策略|"
    r"we believe|we expect|we will",
    re.IGNORECASE,
)
# A sentence that leans on the one before ("所以…", "但同时…") reads oddly on its own.
_LEANS_BACK = re.compile(
    r"^(?:所以|因此|但是?|但同时|同时|实际上|而且|此外|另外|另一方面|不过|这也|so\b|but\b)", re.I
)
_MIN_CHARS, _MAX_CHARS = 18, 150


def key_quotes(transcript: Transcript, glossary: Glossary, limit: int = 8) -> tuple[Quote, ...]:
    """Up to ``limit`` quotes, at most three a speaker and two a topic, in call order."""
    management = {s.id for s in transcript.speakers if s.role is Role.MANAGEMENT}
    candidates: list[tuple[float, int, Quote]] = []
    for turn in transcript.turns:
        if turn.speaker not in management:
            continue
        for paragraph in turn.paragraphs:
            for sentence in sentences(paragraph):
                scored = _score(sentence, glossary)
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


def _score(sentence: str, glossary: Glossary) -> tuple[float, str] | None:
    if not _MIN_CHARS <= len(sentence) <= _MAX_CHARS:
        return None
    if _BOILERPLATE.search(sentence) or _SMALL_TALK.match(sentence):
        return None
    amounts = find_amounts(sentence)
    if any(a.amount.unit and a.amount.unit.is_currency for a in amounts):
        return None  # a sentence of figures is a metric, not a quote
    topics = topics_of(sentence, glossary)
    if not topics:
        return None
    conviction = 3 if _CONVICTION.search(sentence) else 0
    fit = 1 if 30 <= len(sentence) <= 110 else 0
    # Last resorts: a sentence that leans on the one before, a sentence about a figure
    penalty = (1 if _LEANS_BACK.match(sentence) else 0) + (2 if amounts else 0)
    return len(topics) + conviction + fit - penalty, topics[0]
