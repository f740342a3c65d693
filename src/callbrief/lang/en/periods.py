"""English period phrases: ``the third quarter``, ``Q3``, ``fiscal 2024``, ``the full year``,
``the first nine months``, ``year to date``, ``the trailing twelve months``, ``last quarter``,
``as of September 30, 2024``, calendar or fiscal quarters from the fiscal-year end."""

from __future__ import annotations

import calendar
import re
from datetime import date

from callbrief.analyze.periods import MarkCollector, PeriodMark, fiscal_period, nominal_end
from callbrief.lang.en.amounts import find_amounts
from callbrief.lang.en.structure import ORDINAL_QUARTERS
from callbrief.lang.en.text import clauses
from callbrief.lang.zh import wording as zh
from callbrief.model import FiscalYear, PeriodRef

_ORD = r"first|second|third|fourth"


def _year_after(n: int) -> str:
    return (
        rf"(?:(?:of\s+)?(?P<fy{n}>fiscal\s+(?:year\s+)?|FY\s?)?'?(?P<y{n}>\d{{4}}|(?<=FY)\d{{2}}))"
    )


_QUARTER = re.compile(
    rf"\b(?:(?P<fy1>fiscal\s+(?:year\s+)?)?(?P<y1>\d{{4}})\s+)?(?:the\s+)?"
    rf"(?P<fy2>fiscal\s+)?(?P<ord>{_ORD})[- ]quarter(?:\s+{_year_after(3)}|(?P<ly>\s+(?:of\s+)?last\s+year))?"
    rf"|\bQ(?P<q>[1-4])(?:\s*{_year_after(4)})?\b|\b(?P<q2>[1-4])Q\s?'?(?P<y2>\d{{2}})\b",
    re.IGNORECASE,
)
_FISCAL_YEAR = re.compile(
    r"\b(?:(?:the\s+)?full[- ]year\s+|for\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)'?(?P<y>\d{4}|\d{2})\b",
    re.IGNORECASE,
)
_FULL_YEAR = re.compile(
    r"\b(?:the\s+)?full[- ]year(?:\s+(?P<y>\d{4}))?\b|\bfor\s+the\s+(?:whole\s+)?year\b", re.I
)
_IN_YEAR = re.compile(
    r"\b(?:in|for|during|over)\s+(?:(?:the\s+)?calendar\s+(?:year\s+)?)?(?P<y>(?:19|20)\d{2})\b(?![,.]?\d)",
    re.IGNORECASE,
)
_NINE_MONTHS = re.compile(r"\b(?:the\s+)?first\s+nine\s+months\b", re.IGNORECASE)
_HALF = re.compile(
    r"\b(?:the\s+)?(?P<which>first|second)\s+half"
    r"(?:\s+of\s+(?:(?P<rel>next|last|this)\s+(?:fiscal\s+)?year|(?:fiscal\s+)?(?P<hy>\d{4})))?\b"
    r"|\b(?P<h>[12])H\b|\bH(?P<h2>[12])\b",
    re.I,
)
_YTD = re.compile(r"\byear[- ]to[- ]date\b|\bYTD\b", re.IGNORECASE)
_TRAILING = re.compile(
    r"\b(?:trailing|last|past)\s+(?:twelve|12)\s+months\b|\bTTM\b|\bLTM\b", re.IGNORECASE
)
_AS_OF = re.compile(
    r"\b(?:as\s+of|at\s+the\s+end\s+of)\s+(?P<mon>[A-Z][a-z]+)\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})"
)
_MONTH_NAME = "|".join(name for name in calendar.month_name if name)
_MONTH_QUARTER = re.compile(
    rf"\b(?:the\s+)?(?:(?P<y1>\d{{4}})\s+)?(?P<mon>{_MONTH_NAME})(?:\s+(?P<y2>\d{{4}}))?"
    rf"[- ]quarter(?:\s+(?:of\s+)?(?P<y3>\d{{4}}))?\b"
    rf"|\b(?:the\s+)?(?:three\s+months|quarter)\s+end(?:ed|ing)\s+(?:on\s+)?"
    rf"(?P<mon2>{_MONTH_NAME})(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+(?P<y4>\d{{4}}))?"
)
"""The June quarter, the September 2024 quarter, the quarter ended June 30, 2025 (month
names capitalised: "may" is a verb)."""
_MONTH = re.compile(
    rf"\b(?i:in|during|for|over)\s+(?i:the\s+month\s+of\s+)?(?P<mon>{_MONTH_NAME})\b"
    rf"(?!\s+\d{{1,2}}\b)(?:,?\s+(?P<y>\d{{4}}))?",
)
"""In July, during October 2025, for the month of August: a month, not a day (July 1)."""
_EVENT_BEFORE = re.compile(
    r"\b(?:launch|introduc|announc|unveil|debut|rolled\s+out|opened|began|begun|start|"
    r"establish|founded|implement|deploy|releas|hosted|held|acquir|complet|signed|joined|"
    r"hired|appointed)\w*(?:\s+[A-Za-z][\w'-]*){0,4}\s+$",
    re.IGNORECASE,
)
"""What an event's month follows ("the plan we launched in March", "since we introduced it
in August"): it dates the event, not the figures of the sentence."""
_CURRENT = re.compile(r"\b(?:this|the|current)\s+quarter\b|\bthis\s+period\b", re.IGNORECASE)
_PREVIOUS = re.compile(r"\b(?:last|previous|prior|preceding)\s+quarter\b", re.IGNORECASE)
_NEXT_YEAR = re.compile(r"\b(?:next|the\s+coming)\s+(?:fiscal\s+)?year\b", re.IGNORECASE)
_NEXT = re.compile(r"\b(?:next|coming|following)\s+quarter\b", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:expect|anticipate|guid(?:e|ance)|outlook|forecast|project|will|plan|see)\w*", re.I
)
_COMPARISON = re.compile(
    r"\b(?:compared\s+(?:to|with)|versus|vs\.?|against|over)\s*(?:the\s+)?$", re.I
)
_FROM = re.compile(r"\bfrom\s*(?:the\s+)?$", re.IGNORECASE)
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
CHANGE_WORD = re.compile(
    r"\b(?:grew|growth|increased?|decreased?|declined?|rose|fell|up|down|improved?|expanded|"
    r"contracted|accelerated|slowed)\b",
    re.IGNORECASE,
)
"""Change words that keep ``compared to last quarter`` from dating the figure after them."""


class EnglishPeriodReader:
    """Finds period phrases in sentences of a call whose quarter ends on ``period_end``."""

    def __init__(
        self,
        period_end: date | None,
        fiscal_year: FiscalYear | None,
        call_date: date | None,
    ) -> None:
        self.stated_end = period_end
        # compared with month ends: a 52/53-week quarter ending 2 August is the July quarter
        self.period_end = nominal_end(period_end) if period_end else None
        self.fye_month = fiscal_year.end_month if fiscal_year else None
        self.named_by_start = bool(fiscal_year and fiscal_year.named_by_start)
        self.fiscal = fiscal_period(period_end, fiscal_year) if period_end and fiscal_year else None
        self.call_date = call_date

    def marks(self, sentence: str) -> list[PeriodMark]:
        found = MarkCollector()
        add = found.add
        future = bool(_FUTURE.search(sentence))

        for m in _AS_OF.finditer(sentence):
            add(m, self._as_of(m))
        for m in _MONTH_QUARTER.finditer(sentence):
            add(m, self._month_quarter(m, future))
        for m in _MONTH.finditer(sentence):
            if not _EVENT_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
                add(m, self._month(m, future))
        for m in _TRAILING.finditer(sentence):
            add(m, PeriodRef("ltm", zh.period_label("ltm"), "the last twelve months"))
        for m in _QUARTER.finditer(sentence):
            add(m, self._quarter(m, future))
        for m in _NINE_MONTHS.finditer(sentence):
            add(m, self._year_part(m, "9m", "first nine months"))
        for m in _HALF.finditer(sentence):
            first = (m["which"] or "").lower() == "first" or "1" in (m["h"] or m["h2"] or "")
            shift = {"next": 1, "last": -1}.get((m["rel"] or "").lower(), 0)
            part, words = ("h1", "first half") if first else ("h2", "second half")
            add(m, self._year_part(m, part, words, shift, int(m["hy"]) if m["hy"] else None))
        for m in _YTD.finditer(sentence):
            add(m, self._year_part(m, "ytd", "year to date"))
        # after the parts of a year: "the first half of fiscal 2025" is a half, not the year
        for m in _FISCAL_YEAR.finditer(sentence):
            year = _year(m["y"])
            add(m, PeriodRef(f"fy{year}", zh.period_label("fy", year), f"fiscal year {year}"))
        for m in _FULL_YEAR.finditer(sentence):
            add(m, self._full_year(m))
        for m in _IN_YEAR.finditer(sentence):
            year = int(m["y"])
            add(m, PeriodRef(f"year:{year}", zh.period_label("year", year), f"full year {year}"))
        for m in _NEXT_YEAR.finditer(sentence):
            add(m, self._next_year())
        for m in _NEXT.finditer(sentence):
            add(m, PeriodRef("next-quarter", zh.period_label("next-quarter"), "next quarter"))
        for m in _CURRENT.finditer(sentence):
            add(m, None)
        for m in _PREVIOUS.finditer(sentence):
            add(
                m,
                PeriodRef(
                    "previous-quarter", zh.period_label("previous-quarter"), "previous quarter"
                ),
            )
        return _trailing(
            sentence,
            found.marks(sentence, _COMPARISON, _FROM),
        )

    def _quarter(self, m: re.Match[str], future: bool) -> PeriodRef | None:
        q = ORDINAL_QUARTERS[m["ord"].lower()] if m["ord"] else int(m["q"] or m["q2"])
        raw_year = m["y1"] or m["y3"] or m["y4"] or m["y2"]
        said_fiscal = bool(m["fy1"] or m["fy2"] or m["fy3"] or m["fy4"])
        fiscal = said_fiscal or self.fye_month not in (None, 12)
        if raw_year:
            year = _year(raw_year)
        elif m["ly"] and self.period_end:  # "the third quarter of last year"
            year = (self.fiscal.year if (fiscal and self.fiscal) else self.period_end.year) - 1
        elif self.period_end:
            year = self._nearest_year(q, fiscal, future)
        else:
            return PeriodRef(f"quarter:?-q{q}", zh.period_label("q", q), f"Q{q}")
        end = self._quarter_end(year, q, fiscal)
        if end is None:
            return PeriodRef(f"fy{year}-q{q}", zh.period_label("fyq", year, q), f"Q{q} FY{year}")
        if end == self.period_end:
            return None
        label = f"Q{q} FY{year}" if fiscal else f"Q{q} {year}"
        return PeriodRef(
            f"quarter:{end.year}-{end.month:02d}",
            zh.period_label("fyq" if fiscal else "cq", year, q),
            label,
        )

    def _quarter_end(self, year: int, q: int, fiscal: bool) -> date | None:
        """The last day of quarter ``q`` of (fiscal) year ``year``; None when a fiscal
        quarter's calendar is unknown."""
        if not fiscal or self.fye_month == 12:
            month, in_year = 3 * q, year
        elif self.fye_month is None:
            return None
        else:
            month = (self.fye_month + 3 * q - 1) % 12 + 1
            in_year = year - (1 if month > self.fye_month else 0) + self.named_by_start
        return date(in_year, month, calendar.monthrange(in_year, month)[1])

    def _nearest_year(self, q: int, fiscal: bool, future: bool) -> int:
        """The year of quarter ``q`` said without one: the call's own year for its own quarter;
        the next occurrence in a forward-looking sentence, else the latest one."""
        assert self.period_end is not None
        base = self.fiscal.year if (fiscal and self.fiscal) else self.period_end.year
        for year in (base, base + 1) if future else (base, base - 1):
            end = self._quarter_end(year, q, fiscal)
            if end is None or end == self.period_end or (end > self.period_end) == future:
                return year
        return base

    def _month_quarter(self, m: re.Match[str], future: bool) -> PeriodRef | None:
        """The quarter that ends in the month named; its year said, else the call's quarter
        when it ends then, else the nearest one before (after, in a forward-looking sentence)."""
        month = _MONTHS[(m["mon"] or m["mon2"]).lower()]
        said = m["y1"] or m["y2"] or m["y3"] or m["y4"]
        year = int(said) if said else self._month_year(month, self.period_end, future)
        if year is None:
            return PeriodRef(
                f"quarter:?-{month:02d}", zh.period_label("month-quarter", None, month),
                f"quarter ended {_month_name(month)}",
            )  # fmt: skip
        end = date(year, month, calendar.monthrange(year, month)[1])
        if end == self.period_end:
            return None
        return PeriodRef(
            f"quarter:{year}-{month:02d}", zh.period_label("month-quarter", year, month),
            f"{_month_name(month)} quarter {year}",
        )  # fmt: skip

    def _month(self, m: re.Match[str], future: bool) -> PeriodRef:
        """A month said on its own: of the year said, else the latest one by the call's date
        (the next one, in a forward-looking sentence)."""
        month = _MONTHS[m["mon"].lower()]
        year = int(m["y"]) if m["y"] else self._month_year(month, self.call_date, future)
        if year is None:
            return PeriodRef(
                f"month:?-{month:02d}", zh.period_label("month", None, month), _month_name(month)
            )
        return PeriodRef(
            f"month:{year}-{month:02d}", zh.period_label("month", year, month),
            f"{_month_name(month)} {year}",
        )  # fmt: skip

    @staticmethod
    def _month_year(month: int, around: date | None, future: bool) -> int | None:
        """The year of ``month`` said without one: the latest on or before ``around`` (the
        next on or after it, in a forward-looking sentence)."""
        if around is None:
            return None
        if future:
            return around.year if month >= around.month else around.year + 1
        return around.year if month <= around.month else around.year - 1

    def _as_of(self, m: re.Match[str]) -> PeriodRef | None:
        month = _MONTHS.get(m["mon"].lower())
        try:
            day = date(int(m["y"]), month or 0, int(m["d"]))
        except ValueError:
            return None
        if day in (self.period_end, self.stated_end):
            return None
        return PeriodRef(
            f"as-of:{day.isoformat()}", zh.period_label("as-of", day), f"as of {day.isoformat()}"
        )

    def _full_year(self, m: re.Match[str]) -> PeriodRef:
        if m.groupdict().get("y"):
            year = int(m["y"])
            return PeriodRef(f"year:{year}", zh.period_label("year", year), f"full year {year}")
        if self.fiscal:
            fy = self.fiscal.year
            return PeriodRef(f"fy{fy}", zh.period_label("fy", fy), f"fiscal year {fy}")
        return PeriodRef("year+0", zh.period_label("year"), "the full year")

    def _next_year(self) -> PeriodRef | None:
        if self.fiscal:
            fy = self.fiscal.year + 1
            return PeriodRef(f"fy{fy}", zh.period_label("fy", fy), f"fiscal year {fy}")
        if self.period_end:
            year = self.period_end.year + 1
            return PeriodRef(f"year:{year}", zh.period_label("year", year), f"full year {year}")
        return None

    def _year_part(
        self, m: re.Match[str], part: str, words: str, shift: int = 0, said: int | None = None
    ) -> PeriodRef:
        """A part of a year (nine months, a half, year to date) of the call's (fiscal) year,
        ``shift`` years on, or of the year ``said``."""
        year = (
            self.fiscal.year if self.fiscal else (self.period_end.year if self.period_end else None)
        )
        year = said or (year + shift if year else None)
        fiscal = bool(self.fiscal) or "fiscal" in m[0].lower()  # the first half of fiscal 2025
        key = f"{part}:{'fy' if fiscal else ''}{year}" if year else part
        shown = f"{words} of {'FY' if fiscal else ''}{year}" if year else words
        return PeriodRef(key, zh.period_label(part, year), shown)


def _month_name(month: int) -> str:
    return calendar.month_name[month]


def _year(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)


_BETWEEN_AMOUNT_AND_PERIOD = re.compile(r"^[\s\w'-]{0,40}$")
_COMPARED = re.compile(r"\b(?:compared|versus|vs\.?|against|from|than|relative)\b", re.IGNORECASE)


def _trailing(sentence: str, marks: list[PeriodMark]) -> list[PeriodMark]:
    """English dates a figure after it as often as before (``$250 million in the fourth
    quarter``, ``5% to 9% growth for the full year``): a period phrase that closes a stretch
    of a clause holding figures (words only between them) dates that stretch, so it is
    moved to the stretch's start; after a comparison (``$1.04 versus $0.95 in the second
    quarter``) it dates only the figures compared with."""
    out = list(marks)
    for offset, clause in clauses(sentence):
        start, end = offset, offset + len(clause)
        amounts = find_amounts(clause)
        for n, mark in enumerate(out):
            if not start <= mark.start < end:
                continue
            figures = [
                a for a in amounts if start <= offset + a.start and offset + a.end <= mark.start
            ]
            compared = list(_COMPARED.finditer(sentence, start, mark.start))
            if compared:  # "$1.04 versus $0.95 in the second quarter": dates the $0.95 only
                start = compared[-1].start()
                figures = [a for a in figures if offset + a.start >= start]
            if (
                figures
                and not (mark.comparison or mark.starts_from)
                and _BETWEEN_AMOUNT_AND_PERIOD.match(
                    sentence[offset + figures[-1].end : mark.start]
                )
            ):
                out[n] = PeriodMark(start, start, mark.ref, False, False)
            start = max(start, mark.end)
    return sorted(out, key=lambda mark: mark.start)
