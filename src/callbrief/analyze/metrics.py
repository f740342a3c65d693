"""Metrics with provenance: every figure management states, attached to its business and
measure, with its sentence; a figure stated twice becomes one metric with both sources."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import chain, count, pairwise

from callbrief.amounts import AmountMatch
from callbrief.analyze.facts import Fact, changed_from, read_amounts
from callbrief.analyze.glossary import Entity, Glossary, Measure
from callbrief.analyze.mentions import (
    Mention,
    coordinated,
    entity_mentions,
    measure_mention,
    subject_near,
)
from callbrief.analyze.periods import (
    PeriodMark,
    SpanReader,
    period_at,
    span_keys,
    stated_fiscal_year,
)
from callbrief.formatting import UNATTRIBUTED_EN, UNATTRIBUTED_ZH
from callbrief.lang import ClauseCues, LanguagePack, PeriodReader
from callbrief.model import Metric, MetricSource, PeriodRef, Role, Transcript
from callbrief.model.values import Unit


def extract_metrics(
    transcript: Transcript, glossary: Glossary, group: Entity, pack: LanguagePack
) -> tuple[Metric, ...]:
    """Every metric management states, in order of first statement."""
    call = transcript.call
    fiscal_year = glossary.fiscal_year_end or stated_fiscal_year(call)
    reader: PeriodReader = pack.period_reader(call.period_end, fiscal_year, call.date)
    end = call.period_end
    year_ago = frozenset({f"quarter:{end.year - 1}-{end.month:02d}"}) if end else frozenset()
    if span := span_keys(call.period_en):  # a half year's or a whole year's call
        reader, year_ago = SpanReader(reader, span[0], end), span[1]
    year_ago = year_ago if pack.year_ago_is_prior else frozenset()
    merged: list[Fact] = []
    management = {s.id for s in transcript.speakers if s.role is Role.MANAGEMENT}
    transition = pack.clause_cues.transition
    for turn in transcript.turns:
        if turn.speaker not in management:
            continue
        carry: Entity | None = None
        for paragraph in turn.paragraphs:
            sentences = pack.sentences(paragraph)
            if transition and transition.match(paragraph):
                carry = None
            opener = _opener(sentences, glossary)
            outlook: PeriodRef | None = None
            for sentence in sentences:
                facts, carry = _read_sentence(
                    sentence, carry, glossary, reader, group, pack, year_ago
                )
                outlook = _outlook_period(sentence, facts, outlook, reader, pack)
                for fact in facts:
                    fact.sources = [(turn.index, turn.speaker, sentence)]
                    fact.origins = {f: [0] for f in _STATED if getattr(fact, f) is not None}
                    _absorb(merged, fact, group, pack.adverbs)
            if carry is UNATTRIBUTED and opener is not None:
                carry = opener  # a part it went on about: the paragraph was still the opener's
            elif carry is not opener:  # named in passing: not what the next paragraph is about
                carry = None
    said = " ".join(p for t in transcript.turns if t.speaker in management for p in t.paragraphs)
    yuan = pack.yuan_currency(said) if pack.yuan_currency else None
    if yuan is not None:  # 元 alone in a call in New Taiwan dollars is a New Taiwan dollar
        for fact in merged:
            if fact.unit in (Unit.CNY, Unit.CNY_PER_SHARE):
                fact.unit = yuan.per_share() if fact.unit.is_per_share else yuan
    return tuple(_freeze(merged))


def _opener(sentences: Sequence[str], glossary: Glossary) -> Entity | None:
    """The business a paragraph opens with (``淘天集团方面，…``, ``Cloud revenue was…``): the one
    it is about, carried into the paragraphs after it until another is named."""
    if not sentences:
        return None
    mentions = entity_mentions(sentences[0][: _OPENING + 80], glossary)  # a name ends by then
    if mentions and mentions[0].start < _OPENING and mentions[0].item.kind != "product":
        return mentions[0].item
    return None


_OPENING = 25
"""How far into a paragraph a business named opens it (``本季度，云智能集团…``, ``In our Cloud
segment, …``) rather than being named in passing (``…took action in Devices``)."""


def _outlook_period(
    sentence: str,
    facts: list[Fact],
    before: PeriodRef | None,
    reader: PeriodReader,
    pack: LanguagePack,
) -> PeriodRef | None:
    """The period a paragraph's guidance is about (``For the fourth quarter, we expect…. We
    expect…``, ``For the full year, we are raising our outlook. …``): given to the guidance
    of its later sentences that names none; returns the period for the sentences after."""
    guided = [f for f in facts if f.kind == "guidance"]
    for f in guided:
        if f.period is None and before is not None:
            f.period = before
    if said := next((f.period for f in reversed(guided) if f.period is not None), None):
        return said
    if not facts and pack.guidance and pack.guidance(sentence):
        return next((m.ref for m in reader.marks(sentence) if m.ref is not None), before)
    return before


def _read_sentence(
    sentence: str,
    carry: Entity | None,
    glossary: Glossary,
    reader: PeriodReader,
    group: Entity,
    pack: LanguagePack,
    year_ago: frozenset[str] = frozenset(),
) -> tuple[list[Fact], Entity | None]:
    cues = pack.clause_cues
    marks = reader.marks(sentence)
    basis = cues.basis.search(sentence)
    subject, measure = carry, None
    if carry is not None and cues.group_level and cues.group_level.search(sentence):
        subject = carry = None  # "GAAP gross margin was 72.4%": the company's, whatever came before
    sub_part = bool(cues.sub_part.match(sentence))  # 其中…: about a part; later sentences are not
    facts: list[Fact] = []
    comparing = False  # in clauses that state what earlier figures compare with
    # Guidance is read from the sentence up to each clause, only when the whole sentence gives
    # some (a long sentence's clauses are then not each read from its start).
    guided = pack.guidance if pack.guidance and pack.guidance(sentence) else None
    for offset, clause in pack.clauses(sentence):
        explanatory = bool(cues.explanatory.match(clause))
        first = len(facts)
        mentions = entity_mentions(clause, glossary)
        described = cues.described.search(clause) if cues.described else None
        if described:  # "customers contributing more than $100,000 in ARR": not the ARR
            start, end = described.end("noun"), described.end()
            hit = measure_mention(clause[:start] + " " * (end - start) + clause[end:], glossary)
        else:
            hit = measure_mention(clause, glossary)
        if cues.comparison and cues.comparison.match(clause):
            comparing = True
        elif (
            comparing
            and not (
                cues.continuation.match(clause)
                or (  # 去年同期为净利…，每股盈余…: the comparison, per share
                    cues.comparison_goes_on
                    and cues.comparison_goes_on.match(sentence[offset - 1 : offset])
                    and hit is not None
                    and hit.item.kind == "per_share"
                )
            )
        ):
            comparing = False
        if hit:  # 不计来自星云科技…的收入 names the group inside the measure itself
            mentions = [m for m in mentions if m.end <= hit.start or m.start >= hit.end]
        clause_basis = basis[0] if basis and basis.start() <= offset else None
        this, measure = _clause_measure(clause, hit, measure, explanatory, cues.continuation)
        amounts = [] if explanatory else pack.find_amounts(clause)
        if this and (amounts or cues.flat.search(clause)):
            anchor = hit.start if hit else (amounts[0].start if amounts else 0)
            near = subject_near(mentions, anchor)
            who = near.item if near else subject
            if described:  # some customers' figures, and the clauses' that go on about them
                who = subject = UNATTRIBUTED
            elif this.group_scope and not (near and near.item.kind == "segment"):
                who = group
            elif hit and (
                _unknown_owner(clause, hit.start, near, cues)
                or _unknown_after(clause, hit.end, mentions, cues)
            ):
                # QMX 收入…: a business no glossary names, shown as unattributed; so are the
                # clauses and sentences that go on about it
                who = subject = carry = UNATTRIBUTED
            said = guided(sentence[: offset + len(clause)]) if guided else None
            context = _Clause(clause, offset, marks, clause_basis, pack, said, year_ago)
            pairing = cues.respectively.search(clause)
            if pairing or _joined(clause, amounts, cues.joined):
                cut = pairing.end() if pairing else amounts[0].start
                if pairing and amounts and cut > amounts[-1].start:  # "..., respectively"
                    cut = amounts[0].start
                facts += _respectively(context, amounts, this, mentions, cut)
            elif amounts:
                facts += _clause_facts(context, amounts, this, who)
            else:  # 同比持平: a stated change of zero
                period = period_at(marks, offset, offset, "", pack.change_word)
                facts.append(Fact(who, this, period, clause_basis, yoy_pct=Decimal(0)))
        for position, words, en, is_loss in pack.qualitative(clause, glossary.magnitudes):
            near = subject_near([m for m in mentions if m.end <= position] or mentions, position)
            if explanatory and near is None:
                continue  # an explanation without a named business: whose it is is unclear
            who_all = coordinated(mentions, near, clause, cues.coordinator) if near else [subject]
            if hit and hit.start < position and _unknown_owner(clause, hit.start, near, cues):
                who_all = [UNATTRIBUTED]  # 硬件产品的收入实现了双位数增长: not the carried one's
            stated = hit.item if hit else this
            what = glossary.measure("loss") if is_loss else stated or glossary.measure("revenue")
            period = period_at(
                marks, offset + position, offset, clause[:position], pack.change_word
            )
            said = guided(sentence[: offset + len(clause)]) if guided else None
            context = _Clause(clause, offset, marks, clause_basis, pack, said, year_ago)
            for w in who_all:
                fact = context.fact(w, what, period)
                fact.qualitative, fact.qualitative_en = words, en
                facts.append(fact)
        if cues.restated and cues.restated.match(clause) and _lost(facts[:first]):
            for f in facts[first:]:
                _per_share_loss(f)
        if comparing:
            facts[first:] = [_as_prior(f) for f in facts[first:]]
        if not explanatory and mentions:
            named = mentions[-1].item
            if (
                named.key == group.key
                and not amounts
                and carry is not None
                and carry.key != group.key
            ):
                continue  # 动力电池业务方面，公司聚焦…: the company in passing, not the topic
            subject = named
            if subject.kind != "product" and not sub_part:
                carry = subject
        elif not explanatory and cues.unknown_business and cues.unknown_business.search(clause):
            subject = UNATTRIBUTED  # the clause names a business no glossary knows
    return _merge_within(changed_from(facts), pack.adverbs), carry


def _unknown_owner(clause: str, at: int, near: Mention[Entity] | None, cues: ClauseCues) -> bool:
    """Whether an unknown name stands between the nearest business named and the measure."""
    start = near.end if near and near.end <= at else 0
    words = clause[start:at]
    return any(
        p is not None and p.search(words)
        for p in (cues.unknown_owner, cues.unknown_lead if start == 0 else None)
    )


def _unknown_after(clause: str, at: int, mentions: list[Mention[Entity]], cues: ClauseCues) -> bool:
    """Whether a name no glossary knows follows the measure as its owner (``revenue in
    Europe``, ``sales in China``), not a business the glossary names."""
    m = cues.unknown_after.match(clause, at) if cues.unknown_after else None
    return m is not None and not any(m.start() <= x.start < m.end() for x in mentions)


def _joined(clause: str, amounts: list[AmountMatch], joined: re.Pattern[str]) -> bool:
    """``214 亿元和人民币 46 亿元``: several amounts joined by 和/与/、, one per business."""
    return len(amounts) > 1 and all(
        joined.match(clause[a.end : b.start]) for a, b in pairwise(amounts)
    )


@dataclass(frozen=True, slots=True)
class _Clause:
    text: str
    offset: int
    """Where the clause starts in its sentence."""
    marks: list[PeriodMark]
    basis: str | None
    pack: LanguagePack
    guidance: str | None = None
    """How guidance changed (raised, new...) when the clause gives guidance; else None."""
    year_ago: frozenset[str] = frozenset()
    """The key of the quarter a year before the call's, when the pack reads a figure dated to
    it as the prior value (``compared to $0.71 in the third quarter last year``)."""

    def fact(self, who: Entity | None, measure: Measure, period: PeriodRef | None) -> Fact:
        """An empty fact of this clause: actual, or guidance as the clause says."""
        fact = Fact(who, measure, period, self.basis)
        if self.guidance:
            fact.kind, fact.guidance_change = "guidance", self.guidance
        return fact


def _clause_measure(
    clause: str,
    hit: Mention[Measure] | None,
    carried: Measure | None,
    explanatory: bool,
    continuation: re.Pattern[str],
) -> tuple[Measure | None, Measure | None]:
    """(the measure of this clause, the measure carried to the next one)."""
    if explanatory:
        return None, carried
    if hit:
        return hit.item, hit.item if hit.item.carry else carried
    if continuation.match(clause):
        return carried, carried
    return None, None


def _clause_facts(
    c: _Clause, amounts: list[AmountMatch], measure: Measure, who: Entity | None
) -> list[Fact]:
    """Facts of a clause, each amount dated by its own period phrase.

    (由 3 月份季度的 480 亿元增长至本季度的 500 亿元: two periods, two figures.)
    """
    runs: list[tuple[PeriodRef | None, list[AmountMatch]]] = []
    for a in amounts:
        period = period_at(
            c.marks, c.offset + a.start, c.offset, c.text[: a.start], c.pack.change_word
        )
        if runs and _key(runs[-1][0]) == _key(period):
            runs[-1][1].append(a)
        else:
            runs.append((period, [a]))
    facts: list[Fact] = []
    for period, run in runs:
        reading = read_amounts(c.text, run, c.fact(who, measure, period), c.pack.cues)
        found = [f for f in (reading.main, *reading.others) if _states_something(f)]
        if period is not None and period.key in c.year_ago:
            found = [_as_prior(f) for f in found]
        facts += found
    return facts


def _lost(facts: list[Fact]) -> bool:
    """Whether the last figure stated before is a loss (its value, or the prior value it is
    compared with)."""
    last = facts[-1] if facts else None
    if last is None or last.measure.kind == "per_share":
        return False
    said = last.value if last.value is not None else last.prior_value
    return said is not None and said < 0


def _per_share_loss(f: Fact) -> None:
    """``a net loss of $41.3 million, or $0.38 per diluted share``: a loss per share."""
    if f.unit is not None and f.unit.is_per_share and f.value is not None and f.value > 0:
        f.value = -f.value


def _as_prior(f: Fact) -> Fact:
    """A result dated to the quarter a year before the call's: the prior value of this
    quarter's figure."""
    if f.kind == "actual" and f.value is not None and f.prior_value is None and f.yoy_pct is None:
        f.prior_value, f.value, f.period = f.value, None, None
    return f


def _respectively(
    c: _Clause,
    amounts: list[AmountMatch],
    measure: Measure,
    mentions: list[Mention[Entity]],
    cut: int,
) -> list[Fact]:
    """国内零售和跨境零售收入(分别)为 214 亿元和 46 亿元: the n-th amount is the n-th business's.

    When the counts differ, nothing is recorded rather than guessed.
    """
    before = [m for m in mentions if m.end <= cut]
    named = (
        coordinated(before, before[-1], c.text, c.pack.clause_cues.coordinator) if before else []
    )
    after = [a for a in amounts if a.start >= cut]
    if len(named) < 2 or len(named) != len(after):
        return []
    head = c.text[: after[0].start]
    facts: list[Fact] = []
    for entity, a in zip(named, after, strict=True):
        text = head + c.text[a.start : a.end]  # "…分别同比增长 21%" for each business
        own = c.pack.find_amounts(text)[-1:]
        clause = _Clause(text, c.offset, c.marks, c.basis, c.pack, c.guidance, c.year_ago)
        facts += _clause_facts(clause, own, measure, entity)
    return facts


def _states_something(f: Fact) -> bool:
    return any(getattr(f, field) is not None for field in _STATED)


def _merge_within(facts: list[Fact], adverbs: Sequence[str]) -> list[Fact]:
    out: list[Fact] = []
    for f in facts:
        _add(out, f, adverbs)
    return out


def _add(merged: list[Fact], fact: Fact, adverbs: Sequence[str]) -> None:
    """Merge ``fact`` into the first fact it is compatible with, or add it."""
    target = next((m for m in merged if _compatible(m, fact, adverbs)), None)
    if target:
        _merge(target, fact)
    else:
        merged.append(fact)


def _absorb(merged: list[Fact], fact: Fact, group: Entity, adverbs: Sequence[str]) -> None:
    """Merge ``fact`` into the metric it restates, or add it as a new one."""
    if fact.subject is None:
        # No business named (a Q&A answer): the metric it restates, matched on its figures.
        target = next(
            (m for m in merged if _compatible(m, fact, adverbs) and _restates(m, fact)), None
        )
        if target:
            _merge(target, fact)
            return
        fact.subject = group
    if fact.subject is not None and _contradicts(merged, fact):
        fact.subject = UNATTRIBUTED  # a second, different figure: some other business's
    if fact.subject is UNATTRIBUTED:  # whose it is is unknown: one another's figures are not
        merged.append(fact)
        return
    _add(merged, fact, adverbs)


UNATTRIBUTED = Entity("unknown", UNATTRIBUTED_ZH, UNATTRIBUTED_EN, "unknown", None, ())
"""The subject of a figure whose business cannot be told: shown with its sentence among the
figures, never as the group's (headline boxes, takeaways, the group total)."""


def _contradicts(merged: list[Fact], fact: Fact) -> bool:
    """A figure already stated for the same business, measure, period, basis and unit, with
    another value: a business has one revenue a quarter, so this one is another's."""
    assert fact.subject is not None
    return any(
        m.subject is not None
        and m.subject.key == fact.subject.key != UNATTRIBUTED.key
        and (m.measure.key, _key(m.period), m.basis, m.kind)
        == (fact.measure.key, _key(fact.period), fact.basis, fact.kind)
        and (m.unit is fact.unit or m.unit is None or fact.unit is None)  # a growth has none
        and any(
            getattr(m, f) is not None
            and getattr(fact, f) is not None
            and getattr(m, f) != getattr(fact, f)
            for f in _FIELDS
        )
        for m in merged
    )


_FIELDS = ("value", "yoy_pct", "prior_value", "low", "high", "qoq_pct")
_STATED = (*_FIELDS, "qualitative")


def _qualitative_kind(f: Fact, adverbs: Sequence[str]) -> str | None:
    """``loss narrowed significantly`` and ``loss narrowed`` state the same thing."""
    if not f.qualitative_en:
        return None
    return f.qualitative_en.removesuffix(
        next((a for a in adverbs if f.qualitative_en.endswith(a)), "")
    )


def _compatible(a: Fact, b: Fact, adverbs: Sequence[str]) -> bool:
    if (a.measure.key, _key(a.period), a.basis, a.kind) != (
        b.measure.key,
        _key(b.period),
        b.basis,
        b.kind,
    ):
        return False
    if b.subject is not None and (a.subject is None or a.subject.key != b.subject.key):
        return False
    if a.unit and b.unit and a.unit is not b.unit:
        return False
    qa, qb = _qualitative_kind(a, adverbs), _qualitative_kind(b, adverbs)
    return (qa is None or qb is None or qa == qb) and all(
        getattr(a, f) is None or getattr(b, f) is None or getattr(a, f) == getattr(b, f)
        for f in _FIELDS
    )


def _restates(a: Fact, b: Fact) -> bool:
    return any(getattr(b, f) is not None and getattr(a, f) == getattr(b, f) for f in _FIELDS)


def _merge(a: Fact, b: Fact) -> None:
    a.sources += [s for s in b.sources if s not in a.sources]

    def stated(field: str, *, only: bool = False) -> None:  # b's sentences state it too
        if not b.sources:  # (facts of one sentence merge before their sentence is attached)
            return
        where = [a.sources.index(b.sources[i]) for i in b.origins.get(field, [])]
        a.origins[field] = where if only else [*a.origins.get(field, []), *where]

    for f in (*_FIELDS, "unit"):
        if getattr(a, f) is None and getattr(b, f) is not None:
            setattr(a, f, getattr(b, f))
        if f != "unit" and getattr(b, f) is not None:
            stated(f)
    if b.qualitative_en and len(b.qualitative_en) > len(a.qualitative_en or ""):
        a.qualitative, a.qualitative_en = b.qualitative, b.qualitative_en  # the more specific
        stated("qualitative", only=True)
    a.subject = a.subject or b.subject
    a.guidance_change = a.guidance_change or b.guidance_change


def _key(period: PeriodRef | None) -> str | None:
    return period.key if period else None


def _freeze(facts: list[Fact]) -> Iterator[Metric]:
    seen: set[str] = set()
    for f in facts:
        assert f.subject is not None
        yield Metric(
            id=_unique_id(f, seen),
            subject=f.subject.key,
            subject_zh=f.subject.zh,
            subject_en=f.subject.en,
            measure=f.measure.key,
            measure_zh=f.measure.zh,
            measure_en=f.measure.en,
            value=f.value,
            unit=f.unit,
            yoy_pct=f.yoy_pct,
            prior_value=f.prior_value,
            qualitative=f.qualitative,
            qualitative_en=f.qualitative_en,
            period=f.period,
            basis=f.basis,
            sources=tuple(MetricSource(t, s, text) for t, s, text in f.sources),
            stated_in=_stated_in(f.origins),
            kind=f.kind,
            low=f.low,
            high=f.high,
            qoq_pct=f.qoq_pct,
            guidance_change=f.guidance_change,
        )


def _stated_in(origins: dict[str, list[int]]) -> tuple[int, ...]:
    """The one sentence that states every field kept, if there is one; else the first
    sentence stating each."""
    lists = [v for v in origins.values() if v]
    if not lists:
        return (0,)
    every = set(lists[0]).intersection(*lists[1:])
    return (min(every),) if every else tuple(sorted({v[0] for v in lists}))


def _unique_id(f: Fact, seen: set[str]) -> str:
    assert f.subject is not None
    base = f"{f.subject.key}.{f.measure.key}"
    if f.period:
        base += "@" + re.sub(r"[^a-z0-9-]+", "-", f.period.key.lower()).strip("-")
    if f.basis:
        base += "~basis"
    if f.kind != "actual":
        base += f"~{f.kind}"
    candidates = [base, f"{base}.{f.unit.value.lower()}" if f.unit else base]
    numbered = (f"{base}.{n}" for n in count(2))
    chosen = next(c for c in chain(candidates, numbered) if c not in seen)
    seen.add(chosen)
    return chosen
