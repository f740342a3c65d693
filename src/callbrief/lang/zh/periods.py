"""Chinese period phrases: 6 月份季度, 第二季度, 2024 财年, 全年, 上半财年, 五月份, 过去十二个月."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from callbrief.analyze.periods import MarkCollector, PeriodMark, fiscal_period
from callbrief.lang.zh.numerals import chinese_numeral
from callbrief.model import FiscalYear, PeriodRef

_NUM = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_QUARTER = re.compile(rf"(?:(?P<y>\d{{4}})\s*年\s*)?(?P<m>{_NUM})\s*月份?\s*(?:的)?季度")
_QUARTER_NUMBER = re.compile(
    r"(?:(?P<y>\d{4})\s*年\s*)?第\s*(?P<q>[一二三四1-4])\s*(?:个)?(?:财季|季度?)"
)
_FULL_YEAR = re.compile(
    r"(?:(?P<y>\d{4})\s*年\s*)?全年|(?P<y2>\d{4})\s*年度?(?=\s*(?:的|我们|公司|集团)?\s*[\u4e00-\u9fff])"
    r"(?!\s*(?:第|上半|下半|前|年底|年末|年初|底|末|初|[一二三四五六七八九十]+月))"
)
"""全年, 2025 年全年, 2026 年资本支出 (a year said before what it dates; not 2025 年第三季度,
2025 年 7 月, 2025 年底)."""
_LAST_YEAR = re.compile(r"去年全年|上一?个?财年|上一?年度")
_NEXT_QUARTER = re.compile(r"下一?个?季度")
_NINE_MONTHS = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?:前三(?:个)?(?:财季|季度?)|前九个月)")
_YTD = re.compile(r"今年以来|年初至今|年初以来|本年迄今|今年迄今|今年截至目前|今年至今")
_TRAILING = re.compile(r"(?:过去|截至[^，。；]{0,16}?止的?)\s*(?:十二|12)\s*个月")
_AS_OF = re.compile(r"截[至止]\s*(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_FISCAL_YEAR = re.compile(r"(?P<y>\d{4})\s*财年(?:全年)?")
_HALF = re.compile(r"(?:(?P<y>\d{4})\s*年\s*|(?P<last>去年))?(?P<which>上|下)半(?P<fiscal>财)?年")
_CURRENT = re.compile(r"本季度|这个季度|该季度|本财季|本期|过去一个季度|这一季度")
_PREVIOUS = re.compile(r"上一?个?季度")
_MONTH = re.compile(
    rf"(?:(?P<y>\d{{4}})\s*年\s*)?(?<!\d)(?P<m>{_NUM})\s*月份?(?![\s\d]*日|份?\s*(?:的)?季度|\d|份?\s*(?:底|末))"
)
_COMPARISON = re.compile(r"(?:相较于|相较|相对于|相对|较|比|相比于|相比)\s*$")
_EVENT_AFTER = re.compile(
    r"\s*(?:[份底初中]\s*)?(?:正式|刚刚?|已经?|首次)?\s*(?:推出|上线|发布|开始|启动|成立|"
    r"签署|签约|开业|举办|召开|宣布|引入|推行|实施|部署|开通|落地|开设|开放|加入|任命)"
)
"""What follows an event's month (3 月推出的, 8 月上线以来): it dates the event, not the figures
of the sentence."""
_SINCE_BEFORE = re.compile(r"(?:自从|自|从)\s*(?:\d{4}\s*年\s*)?$")
"""自 8 月以来, 从 7 月起: a span from a month, not the month."""


class ChinesePeriodReader:
    """Finds period phrases in sentences of a call whose quarter ends on ``period_end``."""

    def __init__(
        self,
        period_end: date | None,
        fiscal_year: FiscalYear | None,
        call_date: date | None,
    ) -> None:
        self.period_end = period_end
        self.fiscal = fiscal_period(period_end, fiscal_year) if period_end and fiscal_year else None
        # Months are dated from the call (or, without a call date, a quarter after the period).
        self.call_date = call_date or (period_end + timedelta(days=92) if period_end else None)

    def marks(self, sentence: str) -> list[PeriodMark]:
        found = MarkCollector()
        add = found.add

        for m in _AS_OF.finditer(sentence):
            add(m, self._as_of(m))
        for m in _TRAILING.finditer(sentence):
            add(m, PeriodRef("ltm", m[0], "the last twelve months"))
        for m in _QUARTER.finditer(sentence):
            add(m, self._quarter(m))
        for m in _QUARTER_NUMBER.finditer(sentence):
            add(m, self._quarter_number(m))
        for m in _FISCAL_YEAR.finditer(sentence):
            add(m, PeriodRef(f"fy{m['y']}", m[0], f"fiscal year {m['y']}"))
        for m in _HALF.finditer(sentence):
            add(m, self._half(m))
        for m in _LAST_YEAR.finditer(sentence):
            add(m, self._year(m, offset=-1))
        for m in _FULL_YEAR.finditer(sentence):
            add(m, self._year(m, offset=0))
        for m in _NEXT_QUARTER.finditer(sentence):
            add(m, PeriodRef("next-quarter", m[0], "next quarter"))
        for m in _CURRENT.finditer(sentence):
            add(m, None)
        for m in _PREVIOUS.finditer(sentence):
            add(m, PeriodRef("previous-quarter", m[0], "previous quarter"))
        for m in _NINE_MONTHS.finditer(sentence):
            add(m, self._year_part(m, "9m", "first nine months"))
        for m in _YTD.finditer(sentence):
            add(m, self._year_part(m, "ytd", "year to date"))
        for m in _MONTH.finditer(sentence):
            if not (
                _EVENT_AFTER.match(sentence, m.end())
                or _SINCE_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
            ):
                add(m, self._month(m))
        return found.marks(sentence, _COMPARISON, _FROM_BEFORE)

    def _year_part(self, m: re.Match[str], part: str, words: str) -> PeriodRef:
        """前三季度, 今年以来: a part of the call's (fiscal) year, or of the year said."""
        said = m.groupdict().get("y")
        year = (
            int(said)
            if said
            else (
                self.fiscal.year
                if self.fiscal
                else (self.period_end.year if self.period_end else None)
            )
        )
        fiscal = "fy" if self.fiscal and not said else ""
        key = f"{part}:{fiscal}{year}" if year else part
        shown = f"{words} of {'FY' if fiscal else ''}{year}" if year else words
        return PeriodRef(key, m[0], shown)

    def _quarter(self, m: re.Match[str]) -> PeriodRef | None:
        month = _number(m["m"])
        year = int(m["y"]) if m["y"] else self._latest_year(month, self.period_end)
        if year is None or not 1 <= month <= 12:
            return PeriodRef(f"quarter:?-{month:02d}", m[0], f"quarter ended {_month_name(month)}")
        end = date(year, month, calendar.monthrange(year, month)[1])
        if end == self.period_end:
            return None
        return PeriodRef(
            f"quarter:{year}-{month:02d}", m[0], f"{_month_name(month)} quarter {year}"
        )

    def _quarter_number(self, m: re.Match[str]) -> PeriodRef | None:
        q = _number(m["q"])
        year = int(m["y"]) if m["y"] else (self.period_end.year if self.period_end else None)
        if year is None:
            return PeriodRef(f"quarter:?-q{q}", m[0], f"Q{q}")
        end = date(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
        if end == self.period_end:
            return None
        return PeriodRef(f"quarter:{year}-{3 * q:02d}", m[0], f"Q{q} {year}")

    def _year(self, m: re.Match[str], *, offset: int) -> PeriodRef:
        """全年 (the current fiscal year), 2025 年全年, 去年全年 / 上一财年 (the year before)."""
        if m.groupdict().get("y") or m.groupdict().get("y2"):
            year = int(m["y"] or m["y2"])
            return PeriodRef(f"year:{year}", m[0], f"full year {year}")
        if self.fiscal:
            fy = self.fiscal.year + offset
            return PeriodRef(f"fy{fy}", m[0], f"fiscal year {fy}")
        label = "the previous year" if offset else "the full year"
        return PeriodRef(f"year{offset:+d}", m[0], label)

    def _as_of(self, m: re.Match[str]) -> PeriodRef | None:
        try:
            day = date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
        if day == self.period_end:
            return None
        return PeriodRef(f"as-of:{day.isoformat()}", m[0], f"as of {day.isoformat()}")

    def _half(self, m: re.Match[str]) -> PeriodRef:
        half = "1" if m["which"] == "上" else "2"
        word = "first" if half == "1" else "second"
        if m["fiscal"] and self.fiscal:
            fy = self.fiscal.year
            return PeriodRef(f"fy{fy}-h{half}", m[0], f"{word} half of FY{fy}")
        if m["fiscal"]:
            return PeriodRef(f"fy-h{half}", m[0], f"{word} half of the fiscal year")
        year = int(m["y"]) if m["y"] else (self.period_end.year if self.period_end else None)
        if year and m["last"]:
            year -= 1
        key = f"{year}-h{half}" if year else f"h{half}"
        return PeriodRef(key, m[0], f"{word} half of {year}" if year else f"{word} half")

    def _month(self, m: re.Match[str]) -> PeriodRef:
        month = _number(m["m"])
        if month == 0:  # 五六月份, 十一二月: a range of months, dated as said
            return PeriodRef("months", m[0], "a range of months")
        year = int(m["y"]) if m["y"] else self._latest_year(month, self.call_date)
        if year is None or not 1 <= month <= 12:
            return PeriodRef(f"month:?-{month:02d}", m[0], _month_name(month))
        return PeriodRef(f"month:{year}-{month:02d}", m[0], f"{_month_name(month)} {year}")

    @staticmethod
    def _latest_year(month: int, not_after: date | None) -> int | None:
        if not_after is None or not 1 <= month <= 12:
            return None
        return not_after.year if month <= not_after.month else not_after.year - 1


_FROM_BEFORE = re.compile(r"(?<![自理缘经借])(?:从|由)\s*$")


# Change words that keep 较上季度 from dating the figure after them (较上季度增长 7%).
CHANGE_WORD = re.compile(r"增长|下降|加速|放缓|提升|改善|上升|减少")


def _number(text: str) -> int:
    """A month or quarter number; 0 (no month) for a range such as 五六."""
    return int(text) if text.isdigit() else (chinese_numeral(text) or 0)


def _month_name(month: int) -> str:
    return calendar.month_name[month] if 1 <= month <= 12 else f"month {month}"
