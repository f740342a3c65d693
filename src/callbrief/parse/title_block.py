"""The call's company, reporting period and date: from the title block, else from the text
(the host's welcome, a Markdown title), else not stated; the user's own values win."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date

from callbrief.lang.en import structure as en
from callbrief.lang.zh import structure as zh
from callbrief.model import Call
from callbrief.parse.lines import alternatives

_QUARTER_MONTH = re.compile(zh.QUARTER_BY_MONTH)
_QUARTER_NUMBER = re.compile(zh.QUARTER_BY_NUMBER)
_QUARTER_EN = re.compile(en.QUARTER_BY_MONTH, re.IGNORECASE)
_DATE_ZH = re.compile(zh.DATE)
_DATE_EN = re.compile(en.DATE)
_QUARTER_ENDED = re.compile(en.QUARTER_ENDED, re.IGNORECASE)
_HALVES = [re.compile(zh.HALF_YEAR), re.compile(en.HALF_YEAR, re.IGNORECASE)]
_YEARS = [re.compile(zh.FULL_YEAR), re.compile(en.FULL_YEAR, re.IGNORECASE)]
_DESCRIPTOR = re.compile(alternatives(zh.CALL_DESCRIPTORS, en.CALL_DESCRIPTORS), re.I)
_COMPANY_SUFFIX = re.compile(f"({alternatives(zh.COMPANY_SUFFIXES, en.COMPANY_SUFFIXES)})$", re.I)
_QUARTER_ORDINAL = [re.compile(p, re.IGNORECASE) for p in en.QUARTER_BY_ORDINAL]
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_WELCOME = [re.compile(zh.WELCOME), re.compile(en.WELCOME)]
_TICKER = re.compile(en.TICKER)
_METADATA = re.compile(en.METADATA_LINE)
_NOT_COMPANY = re.compile(en.NOT_COMPANY_WORDS)
_TAIL = re.compile(r"(?:'s|’s)?[\s\-–—:|,]*$")
_MARKDOWN = re.compile(r"^#{1,6}\s+|^\*\*|\*\*$")


def read_call(lines: Sequence[str]) -> Call:
    """Company, period and call date from the title-block lines (None where not stated)."""
    period, period_en, period_end = _period(lines)
    if period and period_end is None:
        period_end = _stated_end(lines, period_en)
    call_date = _call_date(lines, skip=period)
    company = _company(lines, skip={period})
    return Call(company, period, period_en, period_end, call_date)


def complete_call(call: Call, texts: Sequence[str]) -> Call:
    """``call`` with what it lacks read from ``texts`` (the first turns): the welcome names
    the company and the quarter; a date may be said too."""
    company, period = call.company, (call.period, call.period_en, call.period_end)
    for text in texts:
        if company is None:
            company = _welcome_company(text)
        if period[0] is None:
            period = _period([text])
    if period[0] and period[2] is None:
        period = (period[0], period[1], _stated_end(texts, period[1]))
    said = [t.replace(period[0], " ") if period[0] else t for t in texts]
    call_date = call.date or _call_date(said, skip=None)
    return Call(company, *period, call_date)


def period_of(text: str) -> tuple[str, str, date | None] | None:
    """(as written, English, last day) of the period a text names, or None."""
    period, period_en, end = _period([text])
    return (period, period_en or period, end) if period else None


def _welcome_company(text: str) -> str | None:
    for pattern in _WELCOME:
        if m := pattern.search(text):
            words = _TICKER.sub("", m["company"]).split(" ")
            cut = next((i for i, w in enumerate(words) if _NOT_COMPANY.fullmatch(w)), len(words))
            name = _TAIL.sub("", " ".join(words[:cut]))
            return name or None
    return None


def _period(lines: Sequence[str]) -> tuple[str | None, str | None, date | None]:
    for line in lines:
        if (m := _QUARTER_MONTH.search(line)) and _real(int(m["y"]), int(m["m"])):
            year, month = int(m["y"]), int(m["m"])
            return m[0], f"{calendar.month_name[month]} quarter {year}", _month_end(year, month)
        if (m := _QUARTER_NUMBER.search(line)) and _real(int(m["y"]), 1):
            year, q = int(m["y"]), zh.QUARTER_NUMERALS.get(m["q"]) or int(m["q"])
            return m[0], f"Q{q} {year}", _month_end(year, 3 * q)
        if m := _QUARTER_EN.search(line):
            year, month = int(m["y"]), _MONTHS[m["mon"].lower()]
            return m[0], f"{calendar.month_name[month]} quarter {year}", _month_end(year, month)
        for pattern in _QUARTER_ORDINAL:
            if m := pattern.search(line):
                return _ordinal_quarter(m)
    return _year_period(lines)


def _year_period(lines: Sequence[str]) -> tuple[str | None, str | None, date | None]:
    """A half year's or a whole year's results (``2025 年半年度业绩说明会``, ``Full Year 2024
    Results``), when no line names a quarter: ``H1 2025`` ends in June, ``FY2024`` in December
    (a fiscal one's end is left to the text or unknown)."""
    for line in lines:
        for pattern in _HALVES:
            if m := pattern.search(line):
                g = m.groupdict()
                year = int(g.get("y") or g.get("iy") or 0)
                first = (
                    bool(g.get("h1"))
                    or (g.get("which") or "").lower() == "first"
                    or (g.get("h") or "").upper() == "H1"
                    or bool(g.get("iy"))
                )
                fiscal = bool(g.get("fy") or g.get("fy2"))
                label = f"H{1 if first else 2} {'FY' if fiscal else ''}{year}"
                end = None if fiscal else _month_end(year, 6 if first else 12)
                return m[0], label, end
        for pattern in _YEARS:
            if m := pattern.search(line):
                year = int(m["y"] or m.groupdict().get("y2") or 0)
                fiscal = bool(m.groupdict().get("fy"))
                return m[0], f"FY{year}", None if fiscal else _month_end(year, 12)
    return None, None, None


def _stated_end(texts: Sequence[str], period_en: str | None) -> date | None:
    """The last day of a fiscal quarter as the text states it (``the thirteen weeks ended
    August 2, 2025``): the latest such date within a year of the fiscal year named (an
    earlier one is the quarter compared with)."""
    named = re.search(r"\d{4}$", period_en or "")
    found: list[date] = []
    for text in texts:
        for m in _QUARTER_ENDED.finditer(text):
            year = int(m["y"])
            if named and abs(year - int(named[0])) > 1:
                continue
            try:
                found.append(date(year, _MONTHS[m["mon"].lower()], int(m["d"])))
            except ValueError:
                continue
    return max(found, default=None)


def _ordinal_quarter(m: re.Match[str]) -> tuple[str, str, date | None]:
    """``third quarter 2024`` -> Q3 2024 (ends 30 September); a fiscal quarter's end depends
    on the company's fiscal year, so it is left unknown."""
    q = en.ORDINAL_QUARTERS[m["ord"].lower()] if m.groupdict().get("ord") else int(m["q"])
    year = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
    if m["fy"]:
        return m[0], f"Q{q} FY{year}", None
    return m[0], f"Q{q} {year}", _month_end(year, 3 * q)


def _real(year: int, month: int) -> bool:
    """A year and month a call can be about (not year 0, not month 13)."""
    return 1 <= year <= 9998 and 1 <= month <= 12


def _month_end(year: int, month: int) -> date | None:
    if not _real(year, month):
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def _call_date(lines: Sequence[str], *, skip: str | None) -> date | None:
    for line in lines:
        if skip and skip in line:
            continue
        try:
            if m := _DATE_ZH.search(line):
                return date(int(m["y"]), int(m["m"]), int(m["d"]))
            if (m := _DATE_EN.search(line)) and m["mon"].lower() in _MONTHS:
                return date(int(m["y"]), _MONTHS[m["mon"].lower()], int(m["d"]))
        except ValueError:
            continue
    return None


def _company(lines: Sequence[str], *, skip: set[str | None]) -> str | None:
    """The company's line of the title block: one with a company suffix (集团, Inc.) if any,
    else the longest plain line; else the words before the period in a title line
    (``Example Corp (EXMP) Q3 2024 Earnings Call``)."""
    plain = [_MARKDOWN.sub("", line).strip() for line in lines]
    candidates = [
        _TICKER.sub("", line).strip()
        for line in plain
        if line
        and not _METADATA.match(line)
        and not any(s and s in line for s in skip)
        and not _DATE_ZH.search(line)
        and not _DATE_EN.search(line)
        and not _DESCRIPTOR.search(line)
    ]
    named = [c for c in candidates if _COMPANY_SUFFIX.search(c)]
    pool = named or candidates
    if pool:
        return max(pool, key=len)
    for line in plain:
        if (period := _period([line])[0]) and _DESCRIPTOR.search(line):
            head = _TAIL.sub("", _TICKER.sub("", line[: line.index(period)]))
            if head and not _DESCRIPTOR.search(head):
                return head
    return None
