"""Paired transcripts: the same call published in two languages, read together.

``paired(this, other)`` checks they are one call (``same_call``), aligns them turn by turn and
sentence by sentence (``align``), and gives ``this`` briefing the company's own translation
beside every quote, question excerpt and figure's sentence, and each figure looked for in the
other version (``crosscheck``): confirmed, stated in one only, or different."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from decimal import Decimal

from callbrief.analyze.briefing import takeaways
from callbrief.analyze.excerpts import question_sentences, written_lookup
from callbrief.lang import pack_for
from callbrief.model import Briefing, Fallback, Metric, Pairing, Transcript
from callbrief.pair.align import Alignment, align
from callbrief.pair.crosscheck import crosscheck
from callbrief.pair.same_call import PairError, check_same_call

__all__ = ["PairError", "differences", "paired"]

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
    this = _businesses_from_pair(
        dataclasses.replace(this, metrics=metrics, fallbacks=fallbacks), other
    )
    return dataclasses.replace(
        this,
        transcript=transcript,
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


def _businesses_from_pair(this: Briefing, other: Briefing) -> Briefing:
    """A business whose English name was composed gets the English version's name, when the
    figures confirmed in both put it on one business there; flagged as from the pair."""
    if other.transcript.source.language != "en":
        return this
    composed = {f.zh for f in this.fallbacks if f.kind == "segment" and f.shown == "composed"}
    keys = {b.key: b for b in this.businesses if b.zh in composed}
    there: dict[str, set[str]] = {}
    for m in this.metrics:
        if m.subject in keys and m.pair and m.pair.status == "confirmed" and m.pair.text:
            names = {
                o.subject_en for o in other.metrics
                if o.subject not in ("group", "unknown") and o.measure == m.measure
                and any(s.text in m.pair.text or m.pair.text in s.text for s in o.sources)
            }  # fmt: skip
            there.setdefault(m.subject, set()).update(names or {""})
    named = {k: next(iter(v)) for k, v in there.items() if len(v) == 1 and "" not in v}
    if len(set(named.values())) < len(named):
        return this  # two businesses here, one there: no name is taken
    zh_named = {keys[k].zh: v for k, v in named.items()}
    company = next((f for f in this.fallbacks if f.kind == "company"), None)
    if company and other.company_en and this.company_en == company.en:
        named["group"] = other.company_en  # the company as its English version names it
        zh_named[company.zh] = other.company_en
    if not named:
        return this
    metrics = tuple(
        dataclasses.replace(m, subject_en=named[m.subject]) if m.subject in named else m
        for m in this.metrics
    )
    segments = tuple(
        dataclasses.replace(r, name_en=named[r.key]) if r.key in named else r for r in this.segments
    )
    return dataclasses.replace(
        this,
        metrics=metrics,
        segments=segments,
        businesses=tuple(
            dataclasses.replace(b, en=named[b.key]) if b.key in named else b
            for b in this.businesses
        ),
        fallbacks=tuple(
            dataclasses.replace(f, en=zh_named[f.zh], shown="paired")
            if f.kind in ("segment", "company") and f.zh in zh_named
            else f
            for f in this.fallbacks
        ),
        takeaways=takeaways(metrics, segments),
        company_en=named.get("group", this.company_en),
    )


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


def differences(b: Briefing) -> list[str]:
    """One line for each figure the paired transcript states differently."""
    from callbrief.formatting import amount_text

    def said(value: Decimal | None, m: Metric, change: bool) -> str:
        if value is None:
            return "not stated"
        return f"{value:+}%" if change else amount_text(value, m.unit, "en")

    if b.pairing is None:
        return []
    return [
        f"{m.id} differs in {b.pairing.path}: {said(p.here(m), m, p.is_change)} here, "
        f"{said(p.value, m, p.is_change)} there ({p.text})"
        for m in b.metrics
        if (p := m.pair) is not None and p.status == "different"
    ]
