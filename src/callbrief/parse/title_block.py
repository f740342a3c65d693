"""The title block: company, reporting period and call date."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date

from callbrief.errors import ParseError
from callbrief.lang.en import structure as en
from callbrief.lang.zh import structure as zh
from callbrief.model import Call
from callbrief.parse.lines import alternatives

_QUARTER_MONTH = re.compile(zh.QUARTER_BY_MONTH)
_QUARTER_NUMBER = re.compile(zh.QUARTER_BY_NUMBER)
_QUARTER_EN = re.compile(en.QUARTER_BY_MONTH, re.IGNORECASE)
_DATE_ZH = re.compile(zh.DATE)
_DATE_EN = re.compile(en.DATE)
_DESCRIPTOR = re.compile(alternatives(zh.CALL_DESCRIPTORS, en.CALL_DESCRIPTORS), re.I)
_COMPANY_SUFFIX = re.compile(f"({alternatives(zh.COMPANY_SUFFIXES, en.COMPANY_SUFFIXES)})$", re.I)
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}


def read_call(lines: Sequence[str], *, source: str) -> Call:
    """Read company, period and call date from the title-block lines."""
    period, period_en, period_end = _period(lines)
    call_date = _call_date(lines, skip=period)
    company = _company(lines, skip={period})
    if company is None:
        raise ParseError("no company name found in the title block", source=source)
    return Call(company, period, period_en, period_end, call_date)


def _period(lines: Sequence[str]) -> tuple[str | None, str | None, date | None]:
    for line in lines:
        if m := _QUARTER_MONTH.search(line):
            year, month = int(m["y"]), int(m["m"])
            return m[0], f"{calendar.month_name[month]} quarter {year}", _month_end(year, month)
        if m := _QUARTER_NUMBER.search(line):
            year, q = int(m["y"]), zh.QUARTER_NUMERALS.get(m["q"]) or int(m["q"])
            return m[0], f"Q{q} {year}", _month_end(year, 3 * q)
        if m := _QUARTER_EN.search(line):
            year, month = int(m["y"]), _MONTHS[m["mon"].lower()]
            return m[0], f"{calendar.month_name[month]} quarter {year}", _month_end(year, month)
    return None, None, None


def _month_end(year: int, month: int) -> date | None:
    if not 1 <= month <= 12:
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
    candidates = [
        line
        for line in lines
        if not any(s and s in line for s in skip)
        and not _DATE_ZH.search(line)
        and not _DATE_EN.search(line)
        and not _DESCRIPTOR.search(line)
    ]
    named = [c for c in candidates if _COMPANY_SUFFIX.search(c)]
    pool = named or candidates
    return max(pool, key=len) if pool else None
