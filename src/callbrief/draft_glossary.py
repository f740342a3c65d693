"""``callbrief glossary FILE``: a draft company glossary of every name the call uses.

The company, the businesses the call reports on (found in the text), and the people, each
with the English (or, for an English call, Chinese) name callbrief composed; every composed or
pinyin name is marked ``# check`` so a user fixes names once and passes the file with
``--glossary`` every quarter. The draft is TOML in the format ``--glossary`` reads.
"""

from __future__ import annotations

import json

from callbrief.model import Briefing


def _q(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def _check(composed: bool) -> str:
    return "  # check" if composed else ""


def draft_glossary(b: Briefing) -> str:
    """The draft glossary of a briefing's call, as TOML text."""
    t = b.transcript
    flagged = {(f.kind, f.zh) for f in b.fallbacks}
    english = t.source.language != "zh"
    company = t.call.company or ""
    lines = [
        f"# Draft glossary of {company or 'the call'} {t.call.period_en or ''}, written by "
        "callbrief glossary.".replace("  ", " "),
        "# Check every name marked `# check` (composed or pinyin), then pass this file with",
        '# --glossary. Add fiscal_year_end = "MM-DD" when the fiscal year does not end in '
        "December.",
        "",
        "[company]",
        f"zh = {_q(b.company_zh or company)}",
        f"en = {_q(b.company_en or company)}"
        + ("  # check" if ("company", company) in flagged else ""),
        f"aliases{'_en' if english else ''} = [{_q(company)}]" if company else "",
    ]
    for business in b.businesses:
        if business.kind != "segment":
            continue
        check = any(k == "segment" and zh == business.zh for k, zh in flagged)
        lines += ["", "[[segments]]", f"key = {_q(business.key)}"]
        lines += [f"zh = {_q(business.zh)}" + _check(check and english)]
        lines += [f"en = {_q(business.en)}" + _check(check and not english)]
        if business.parent:
            lines.append(f"parent = {_q(business.parent)}")
        if business.aliases:
            lines.append(f"aliases = [{', '.join(map(_q, business.aliases))}]")
    for s in t.speakers:
        if s.name == s.name_en:
            continue  # a Latin name is its own English name
        lines += ["", "[[people]]", f"zh = {_q(s.name)}", f"en = {_q(s.name_en)}  # check"]
    return "\n".join(line for line in lines if line is not None) + "\n"
