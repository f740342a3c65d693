"""English clause cues: explanations, a basis, continuations, ``respectively``, ``of which``."""

from __future__ import annotations

import calendar
import re

from callbrief.lang import ClauseCues

_MONTHS = "|".join(name for name in calendar.month_name if name)
DESCRIBED = (
    r"\b(?P<noun>customers?|clients?|accounts?|users?|merchants?|advertisers?|sellers?|creators?|"
    r"partners?|logos?)\s+(?:with|contributing|spending|paying|generating|representing|"
    r"(?:that|who)\s+(?:contribute|spend|pay|generate)|each\s+(?:contributing|spending|paying|"
    r"generating))\s+(?:(?:ARR|revenue|(?:annual\s+)?spend)\s+(?:of\s+)?)?(?:(?:more|greater)\s+than\s+|over\s+|at\s+least\s+|above\s+|"
    r"in\s+excess\s+of\s+)?"
)
"""``customers contributing more than``: a counted group described by the amount after it."""

CLAUSE_CUES = ClauseCues(
    explanatory=re.compile(
        r"^\s*(?:(?:and|which\s+was|this\s+was|this\s+is)\s+)?(?:driven|due|primarily|mainly|largely|"
        r"partly|partially|reflecting|reflects|as\s+a\s+result|thanks\s+to|because|led\s+by|fu[e]?led\s+by|"
        r"offset|owing\s+to|attributable\s+to|helped\s+by|supported\s+by|benefit(?:ing|ed)\s+from|"
        r"on\s+the\s+back\s+of|in\s+part)\b",
        re.IGNORECASE,
    ),
    basis=re.compile(
        r"\b(?:excluding|adjusted\s+for|adjusting\s+for|absent|before)\s+(?:the\s+)?"
        r"(?:impacts?|effects?)\s+of\s+[^,;.]{1,40}|^\s*(?:on\s+a\s+constant[- ]currency\s+basis|"
        r"in\s+constant\s+currency|excluding\s+(?:FX|foreign\s+exchange))",
        re.IGNORECASE,
    ),
    continuation=re.compile(
        r"^\s*(?:and\s+)?(?:up|down|an?\s+(?:increase|decrease|decline|gain|rise|drop)|growth|"
        r"increas|decreas|declin|ris|fall|fell|grew|compared|versus|vs\.?|from|or|representing|"
        r"which\s+(?:is|was|were|represents?)|reflecting\s+growth|a\s+year[- ]over[- ]year|"
        r"year[- ]over[- ]year|reaching|totall?ing|to\b|at\b|flat|unchanged|an?\s+\d|\d|\$|"
        r"on\s+a\s+year[- ]over[- ]year|sequentially|(?:approximately\s+)?equivalent\s+to)",
        re.IGNORECASE,
    ),
    respectively=re.compile(r"\brespectively\b", re.IGNORECASE),
    # English pairs amounts with businesses only with "respectively"; "between $7.70 and
    # $7.95" is a range.
    joined=re.compile(r"(?!)"),
    flat=re.compile(
        r"\b(?:was|were|remained|came\s+in|held)\s+(?:roughly\s+|essentially\s+|basically\s+)?"
        r"(?:flat|unchanged)\b|\bflat\s+(?:year[- ]over[- ]year|from\s+a\s+year\s+ago|versus\s+last\s+year)",
        re.IGNORECASE,
    ),
    sub_part=re.compile(
        r"^\s*(?:of\s+(?:which|this|that)|within\s+(?:that|this)|in\s+particular)\b", re.I
    ),
    coordinator=re.compile(r"^\s*(?:,?\s*and|&|,)\s*$", re.IGNORECASE),
    # "Subscription revenue", "Europe revenue", "product sales": a part of the business no
    # glossary names, right before the measure; not the company's nor the business named before.
    # (Lower-case words often name the business itself, "software gross margin": only those that
    # name a kind of revenue are listed.)
    unknown_owner=re.compile(
        r"(?:^|(?<=\s))(?:(?!(?:Total|Our|The|This|That|Its|GAAP|Non-GAAP|Adjusted|Net|Gross|"
        r"Operating|Consolidated|Overall|Group|Company|Quarterly|Annual|Full-year|Fiscal|Record|"
        r"Reported|Organic|Core|Third-quarter|Fourth-quarter|First-quarter|Second-quarter|And|But|"
        r"So|In|For|Of|At|On|As|With|We|I|Q[1-4]|FY\d*|First|Second|Third|Fourth|Quarter|Year|"
        rf"{_MONTHS})\b)[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*"
        r"|(?i:subscriptions?|products?|licen[sc]e|licensing|maintenance|transaction|"
        r"commission|membership|consulting|interest|merchandise|recurring|usage|advertising))"
        r"\s+$"
    ),
    # "The 22 stores we are closing generated $210 million": a counted part of the business.
    unknown_lead=re.compile(
        r"^\s*(?:the|these|those|our)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
        r"dozen)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\b",
        re.IGNORECASE,
    ),
    described=re.compile(
        DESCRIBED + r"[^,;]*?\d[\d,.]*(?:\s*(?:[kmb]\b|thousand|million|billion))?"
        r"(?:\s+(?:in|of)\s+(?:annual(?:ized)?\s+)?(?:ARR|(?:annual\s+)?recurring\s+revenue|"
        r"revenues?|spend(?:ing)?|bookings|sales|GMV))?",
        re.IGNORECASE,
    ),
    comparison=re.compile(
        r"^\s*(?:and\s+)?(?:compared\s+(?:to|with)|versus|vs\.?|as\s+compared\s+(?:to|with)|"
        r"against)\s+(?:an?\s+|the\s+)?(?:GAAP\s+|non-GAAP\s+|adjusted\s+)?(?:net|operating)\s+"
        r"(?:income|loss|profit|earnings)",
        re.IGNORECASE,
    ),
    restated=re.compile(r"^\s*or\b", re.IGNORECASE),
    unknown_after=re.compile(
        r"\s+(?:in|from|within|at)\s+(?:the\s+|our\s+)?"
        r"(?!(?:Q[1-4]|H[12]|FY|Fiscal|First|Second|Third|Fourth|Quarter|Year|GAAP|Non-GAAP|"
        rf"Constant|{_MONTHS})\b)(?![\w.]+\s+(?:dollars?|terms|currenc))(?=[A-Z])[\w&'.-]+"
    ),
    # "Qingfeng Video, the largest long-form platform, has disclosed…" (a clause that is only a
    # name), "Rival Corp reported…": another company's
    unknown_business=re.compile(
        r"^\s*(?!(?:In|For|Excluding|Including|On|At|By|As|With|Without|During|Since|After|"
        r"Before|From|Across|Overall|Compared|Turning|Looking|Moving|Like|Unlike|Among|Under|Over|"
        rf"Thank|Thanks|Good|Hello|Hi|Yes|No|Okay|Sure|Great|Well|So|And|But|{_MONTHS})\b)"
        r"(?:[A-Z][a-z][\w&'-]*\s+)+[A-Z][a-z][\w&'-]*\s*$|"
        r"\b(?:[A-Z][\w&'-]+\s+)+[A-Z][\w&'-]+\s+(?:has\s+|have\s+)?(?:reported|disclosed|"
        r"announced|posted)\b"
    ),
    transition=re.compile(
        r"^\s*(?:(?:so|now|okay|ok|and|next|finally|lastly),?\s+)*(?:let\s+me\s+|let's\s+|I'll\s+|I\s+will\s+)?"
        r"(?:turn(?:ing)?|mov(?:e|ing)|switch(?:ing)?|shift(?:ing)?|go(?:ing)?)\s+(?:on\s+|now\s+|over\s+)?"
        r"(?:to|on\s+to)\b|^\s*(?:now,?\s+)?(?:looking\s+(?:at|ahead)|on\s+the\s+balance\s+sheet|"
        r"(?:regarding|with\s+respect\s+to|as\s+for)\s+(?:our\s+)?(?:outlook|guidance))\b",
        re.IGNORECASE,
    ),
    group_level=re.compile(
        r"\b(?:(?:non-)?GAAP|IFRS|total|consolidated|overall|company[- ]wide|group[- ]wide)\b",
        re.IGNORECASE,
    ),
)
