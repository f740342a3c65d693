"""Paired transcripts: the same call published in two languages, read together.

``paired(this, other)`` checks they are one call (``same_call``), aligns them turn by turn and
sentence by sentence (``align``), and gives ``this`` briefing the company's own translation
beside every quote, question excerpt and figure's sentence, and each figure looked for in the
other version (``crosscheck``): confirmed, stated in one only, or different."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping

from callbrief.analyze.excerpts import question_sentences, written_lookup
from callbrief.lang import pack_for
from callbrief.model import Briefing, Fallback, Pairing, Transcript
from callbrief.pair.align import Alignment, align
from callbrief.pair.crosscheck import crosscheck
from callbrief.pair.same_call import PairError, check_same_call

__all__ = ["PairError", "paired"]

Lookup = Callable[[int, str], tuple[int, str] | None]


def paired(this: Briefing, other: Briefing) -> Briefing:
    """``this`` briefing with what its other-language version adds (see the module)."""
    check_same_call(this, other)
    a, b = this.transcript, other.transcript
    pack_a, pack_b = pack_for(a.source.language), pack_for(b.source.language)
    alignment = align(a, b, pack_a, pack_b)
    counterpart = _counterparts(alignment)
    written = written_lookup(b.source.original, b.source.variants)

    def translation(turn: int, sentence: str) -> str | None:
        found = counterpart.get((turn, sentence))
        return written(found[1]) if found else None

    metrics = tuple(
        dataclasses.replace(
            m,
            sources=tuple(
                dataclasses.replace(s, translation=translation(s.turn, s.text)) for s in m.sources
            ),
            pair=crosscheck(m, other.metrics, counterpart, written),
        )
        for m in this.metrics
    )
    quotes = tuple(
        dataclasses.replace(q, translation=translation(q.turn, q.text)) for q in this.quotes
    )
    questions = tuple(
        _joined(
            [
                translation(q.question_turn, s)
                for s in question_sentences(a, q.question_turn, pack_a)
                if s not in ("", "…")
            ]
        )
        for q in a.qa
    )
    transcript, fallbacks = _names_from_pair(this, other, alignment)
    return dataclasses.replace(
        this,
        transcript=transcript,
        fallbacks=fallbacks,
        metrics=metrics,
        quotes=quotes,
        question_translations=questions,
        pairing=Pairing(
            b.source.path,
            b.source.language,
            len(alignment.turns),
            alignment.unpaired,
            alignment.unpaired_other,
            len(counterpart),
        ),
    )


def _names_from_pair(
    this: Briefing, other: Briefing, alignment: Alignment
) -> tuple[Transcript, tuple[Fallback, ...]]:
    """A person no glossary names in English gets the English version's name (the speaker of
    the turns paired with theirs), flagged as from the paired transcript."""
    a, b = this.transcript, other.transcript
    if b.source.language != "en":
        return a, this.fallbacks
    theirs: dict[str, set[str]] = {}
    for i, j in alignment.turns:
        theirs.setdefault(a.turns[i].speaker, set()).add(b.turns[j].speaker)
    by_id = {s.id: s for s in b.speakers}
    guessed = {(f.zh, f.en) for f in this.fallbacks if f.kind == "person"}
    named: dict[str, str] = {}
    speakers = []
    for s in a.speakers:
        found = theirs.get(s.id, set())
        if (s.name, s.name_en) in guessed and len(found) == 1:
            named[s.name] = by_id[found.pop()].name
            s = dataclasses.replace(s, name_en=named[s.name])
        speakers.append(s)
    fallbacks = tuple(
        dataclasses.replace(f, en=named[f.zh], shown="paired")
        if f.kind == "person" and f.zh in named
        else f
        for f in this.fallbacks
    )
    return dataclasses.replace(a, speakers=tuple(speakers)), fallbacks


def _counterparts(alignment: Alignment) -> Mapping[tuple[int, str], tuple[int, str]]:
    """Each sentence of this version that pairs, and the other version's turn and sentence
    (several joined with a space, when one is said in two)."""
    found: dict[tuple[int, str], tuple[int, str]] = {}
    for bead in alignment.beads:
        others = " ".join(bead.others)
        for sentence in bead.sentences:
            found.setdefault((bead.turn, sentence), (bead.other_turn, others))
    return found


def _joined(parts: list[str | None]) -> str | None:
    kept = list(dict.fromkeys(p for p in parts if p))
    return " ".join(kept) if kept and all(parts) else None
