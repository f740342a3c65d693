"""The analyze stage: a parsed call -> a ``Briefing`` (bilingual names, metrics, segments,
quotes, Q&A topics, takeaways)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from callbrief.analyze.discovery import discovered
from callbrief.analyze.excerpts import (
    question_excerpts,
    with_written_quotes,
    with_written_sources,
)
from callbrief.analyze.glossary import Entity, load_glossary, phrase_pattern
from callbrief.analyze.metrics import extract_metrics
from callbrief.analyze.names import named as name_call
from callbrief.analyze.naming import Namer, said_names
from callbrief.analyze.periods import fiscal_period, stated_fiscal_year
from callbrief.analyze.quotes import key_quotes
from callbrief.analyze.segments import reporting_currency, segment_table
from callbrief.formatting import UNNAMED_COMPANY_EN, UNNAMED_COMPANY_ZH, basis_en, describe
from callbrief.lang import pack_for
from callbrief.model import (
    HEADLINE,
    Briefing,
    Business,
    Fallback,
    Metric,
    SegmentRow,
    Statement,
    TopicName,
    Transcript,
)
from callbrief.model.values import Unit


def analyze(
    transcript: Transcript, glossary_files: Sequence[Path] = (), *, max_quotes: int = 8
) -> Briefing:
    """Read metrics, segments, quotes and topics from a call, and name everything in English."""
    pack = pack_for(transcript.source.language)
    company = transcript.call.company
    glossary = load_glossary(
        company or "",
        glossary_files,
        business_suffix=pack.business_suffix,
        vocabulary=pack.vocabulary,
        language=pack.code,
    )
    glossary, found = discovered(transcript, glossary)
    namer = Namer(
        glossary, pack.title_joiner, legal_ends=pack.legal_ends, role_names=pack.role_names
    )
    company_en = namer.company(company) if company else None
    if company and company_en and glossary.company is None:
        namer.own_company = (company, company_en)
    group = glossary.company or Entity(
        "group", company or UNNAMED_COMPANY_ZH, company_en or UNNAMED_COMPANY_EN, "group", None,
        tuple(phrase_pattern(n) for n in said_names(company, pack.legal_ends)
              if n == company or len(n) > 1) if company else (),
    )  # fmt: skip
    # 集团收入, 合并收入: the group, named with the words any call names it by
    group = replace(group, patterns=(*group.patterns, *map(phrase_pattern, pack.group_words)))
    others = tuple(e for e in glossary.entities if e.key != group.key)
    reading = replace(glossary, entities=(group, *others))
    metrics = with_written_sources(extract_metrics(transcript, reading, group, pack), transcript)
    metrics = tuple(
        replace(m, basis_en=_basis_en(m.basis, glossary.bases)) if m.basis else m for m in metrics
    )
    currency = reporting_currency(metrics)
    segments = segment_table(metrics, glossary, group, currency or Unit.CNY)
    named, fallbacks, period_zh = name_call(transcript, glossary, namer)
    end = transcript.call.period_end
    fye = glossary.fiscal_year_end or stated_fiscal_year(transcript.call)
    return Briefing(
        transcript=named,
        company_en=company_en,
        fiscal=fiscal_period(end, fye) if end and fye else None,
        metrics=metrics,
        segments=segments,
        quotes=with_written_quotes(key_quotes(transcript, glossary, pack, max_quotes), transcript),
        takeaways=takeaways(metrics, segments),
        fallbacks=(*fallbacks, *found, *_basis_names(metrics)),
        glossaries=tuple(str(p) for p in glossary_files),
        topics=tuple(TopicName(t.key, t.zh, t.en) for t in glossary.topics),
        businesses=tuple(
            Business(e.key, e.zh, e.en, e.kind, e.parent, e.aliases) for e in glossary.entities
        ),
        questions=question_excerpts(transcript, pack),
        period_zh=period_zh,
        currency=currency,
        company_zh=(group.zh if transcript.source.language != "zh" else company)
        if company
        else None,
    )


def _basis_en(basis: str, bases: Mapping[str, str]) -> str:
    """A basis in English: what it excludes named by a glossary when one does."""
    named = next((en for zh, en in bases.items() if zh in basis), None)
    return f"excluding the effect of {named}" if named else basis_en(basis)


def _basis_names(metrics: Sequence[Metric]) -> tuple[Fallback, ...]:
    """Each stated basis no glossary names in English, with the English composed (flagged)."""
    said = {m.basis: m.basis_en for m in metrics if m.basis and m.basis_en == basis_en(m.basis)}
    return tuple(Fallback("basis", b, en, "composed") for b, en in said.items() if en and en != b)


def takeaways(metrics: Sequence[Metric], segments: Sequence[SegmentRow]) -> tuple[Statement, ...]:
    """The headline figures, each segment's revenue, then the guidance given."""
    current = {m.id: m for m in metrics if m.is_current}
    group = [
        m for key in HEADLINE for m in current.values() if m.subject == "group" and m.measure == key
    ]
    top = {row.key for row in segments if row.level == 0 and not row.is_total}
    revenue = [m for m in current.values() if m.subject in top and m.measure == "revenue"]
    guidance = [m for m in metrics if m.kind == "guidance" and m.subject == "group"]
    return tuple(describe(m) for m in (*group, *revenue, *guidance))
