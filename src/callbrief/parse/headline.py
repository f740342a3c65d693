"""The call a news write-up reports on, from its headline and the reporter's paragraphs.

``某某集团2025年二季度业绩电话会实录: ...`` names the company and the quarter; ``某某集团召开2025年
第二季度业绩电话会`` in the reporter's text says the same when the headline does not. What
neither says stays None (never guessed): a ``8月20日`` without its year is no date, and the
article's own date (``来源: ... 2025年7月30日``) is not the call's.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import TypeVar

from callbrief.lang.zh import media as zh
from callbrief.lang.zh import structure
from callbrief.model import Call
from callbrief.parse.title_block import period_of

_HEADLINE_COMPANY = re.compile(
    rf"^(?P<company>{zh.COMPANY_NAME})(?={zh.AFTER_COMPANY}|{zh.CALL_WORDS})"
)
_LEAD_COMPANY = re.compile(rf"(?P<company>{zh.COMPANY_NAME})(?<!{zh.NOT_A_COMPANY_END}){zh.CALLED}")
_NOT_A_COMPANY = re.compile(zh.NOT_A_COMPANY)
_NAME_LINE = re.compile(rf"^[\u4e00-\u9fff·]{{2,30}}(?:{'|'.join(structure.COMPANY_SUFFIXES)})$")
"""A line that is a company's name and nothing else (an investor-relations record's first)."""
_FIELD = re.compile(r"^[^:]{2,14}:")
"""A form's ``Label: value`` line: never the reporter's sentence about the company."""
_MEETING_TIME = re.compile(zh.MEETING_TIME)
_PERIOD = re.compile(zh.PERIOD)
_PERIOD_NO_YEAR = re.compile(zh.PERIOD_NO_YEAR)
_DATE = re.compile(zh.REPORT_DATE)
T = TypeVar("T")


def read_headline(lines: Sequence[str]) -> Call:
    """Company, period and date from a write-up's first lines (headline first)."""
    company = _first(lines, _company)
    period, period_en, end = _first(lines, _period) or (None, None, None)
    return Call(company, period, period_en, end, _first(lines, _date))


def _first(lines: Sequence[str], read: Callable[[str], T | None]) -> T | None:
    for line in lines:
        if (found := read(line)) is not None:
            return found
    return None


def _company(line: str) -> str | None:
    if _NAME_LINE.match(line):
        return line
    lead = None if _FIELD.match(line) else _LEAD_COMPANY.search(line)
    m = _HEADLINE_COMPANY.match(line) or lead
    return m["company"] if m and not _NOT_A_COMPANY.search(m["company"]) else None


def _period(line: str) -> tuple[str, str, date | None] | None:
    if m := _PERIOD.search(line):
        year = int(m["y"])
        raw = next(q for q in (m["q1"], m["q2"], m["q3"], m["q4"]) if q)
        q = zh.QUARTER_NUMERALS.get(raw) or int(raw)
        if m["fy"]:
            return m[0], f"Q{q} FY{year}", None
        end_month = 3 * q
        return m[0], f"Q{q} {year}", date(year, end_month, calendar.monthrange(year, end_month)[1])
    if read := period_of(line):
        return read
    if m := _PERIOD_NO_YEAR.search(line):
        q = zh.QUARTER_NUMERALS[m["q"]] if m["q"] else int(m["qq"])
        return m[0], f"Q{q}", None
    return None


def _date(line: str) -> date | None:
    # Only the reporter's sentence about the call, or the line that says when the meeting was
    # (会议时间：…), dates it (not the article's own date line).
    if (_LEAD_COMPANY.search(line) or _MEETING_TIME.match(line)) and (m := _DATE.search(line)):
        try:
            return date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
    return None
