"""A short human-readable outline of a parsed call (``callbrief extract`` without ``--json``)."""

from __future__ import annotations

from collections import Counter

from callbrief.model import Briefing, Role, Source, Speaker

_ROLE_ORDER = (Role.HOST, Role.OPERATOR, Role.MANAGEMENT, Role.ANALYST)


def outline(b: Briefing) -> str:
    """Company, period and date; takeaways; sections; speakers by role; Q&A exchanges."""
    t = b.transcript
    turns_by_section = Counter(u.section for u in t.turns)
    turns_by_speaker = Counter(u.speaker for u in t.turns)
    period = " / ".join(p for p in (t.call.period, t.call.period_en) if p) or "period not stated"
    date = t.call.date.isoformat() if t.call.date else "date not stated"
    fiscal = f" ({b.fiscal.en})" if b.fiscal else ""
    company = " / ".join(dict.fromkeys(c for c in (t.call.company, b.company_en) if c))
    out = [
        f"{company or 'company not stated'} · {period}{fiscal} · call held {date}",
        f"source: {t.source.path} ({t.source.encoding}, {t.source.language}, "
        f"layout {t.source.layout}, score {t.source.layout_score:.2f}: {t.source.layout_reason})",
        *_read_as(t.source),
        *(f"warning: {w}" for w in t.warnings),
        "",
        f"Key figures ({len(b.metrics)} metrics, {len(b.segments)} segment-table rows)",
        *(f"  {s.zh}\n  {s.en}" for s in b.takeaways),
        "",
        f"Sections ({len(t.sections)})",
    ]
    for n, s in enumerate(t.sections, 1):
        title = f"{s.title} ({s.title_en})" if s.title_en and s.title else s.title or s.title_en
        out.append(f"  {n}. {title} [{s.kind.value}], {_count(turns_by_section[s.id], 'turn')}")
    out += ["", f"Speakers ({len(t.speakers)})"]
    for role in _ROLE_ORDER:
        for person in (p for p in t.speakers if p.role is role):
            turns = _count(turns_by_speaker[person.id], "turn")
            out.append(f"  {role.value:<10}  {_who(person)}, {turns}")
    out += ["", f"Q&A ({_count(len(t.qa), 'exchange')})"]
    for q in t.qa:
        answered = ", ".join(_name(t.speaker(a)) for a in q.answerers) or "no answer recorded"
        out.append(f"  {q.index + 1}. {_who(t.speaker(q.analyst))} -> {answered}")
    if b.fallbacks:
        out += ["", f"Names no glossary knows ({len(b.fallbacks)}; add them with --glossary)"]
        out += [f"  {f.kind:<8} {f.zh} -> {f.en}" for f in b.fallbacks]
    if t.footnotes:
        out += ["", f"Footnotes ({len(t.footnotes)})"]
        out += [f"  {f.marker} {f.text}" for f in t.footnotes]
    return "\n".join(out) + "\n"


def _read_as(source: Source) -> list[str]:
    """How the file was read, where it was not plain text in Simplified characters as is."""
    out = []
    if source.format != "text" or source.script == "traditional":
        script = f", {source.script} Chinese" if source.script == "traditional" else ""
        out.append(f"read as: {source.format}{script}")
    if source.furniture:
        out.append(f"page furniture removed: {_count(len(source.furniture), 'line')}")
    return out


def _name(s: Speaker) -> str:
    return s.name if s.name == s.name_en else f"{s.name} ({s.name_en})"


def _who(s: Speaker) -> str:
    detail = s.firm_en or s.title_en or s.firm or s.title
    return f"{_name(s)}, {detail}" if detail else _name(s)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
