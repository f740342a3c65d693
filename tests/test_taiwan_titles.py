"""A Taiwan company's call in Traditional Chinese: its titles (財務長, 總經理, 發言人暨…) are
named in English from the glossary's Simplified terms, its list's ``Name - Title`` entries lose
the dash, and a bare 元 in a call in New Taiwan dollars is a New Taiwan dollar."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from callbrief import brief

CALL = """示範光電股份有限公司（6123）
2025 年第四季法人說明會
日期：2026 年 2 月 10 日
地點：台北示範酒店

出席人員：
吳明哲 - 董事長兼總經理
林美玲 - 財務長
陳佳穎 - 發言人暨投資人關係處長

陳佳穎：
各位投資人午安，歡迎參加示範光電 2025 年第四季法人說明會。

林美玲：
第四季合併營收為新台幣 120.5 億元，較去年同期成長 6%。每股盈餘為 2.31 元。

問答環節

陳佳穎：
現在開放提問。

張志豪（示範證券分析師）：
請問明年的資本支出？

吳明哲：
明年資本支出會維持在相近水準。
"""


def test_taiwan_titles_and_dollars(tmp_path: Path) -> None:
    path = tmp_path / "call.txt"
    path.write_text(CALL, encoding="utf-8")
    b = brief(str(path))
    titles = {s.name: (s.title, s.title_en) for s in b.transcript.speakers}
    assert titles["林美玲"] == ("財務長", "Chief Financial Officer")
    assert titles["吳明哲"] == ("董事長兼總經理", "Chairman and President")
    assert titles["陳佳穎"] == (
        "發言人暨投資人關係處長",
        "Spokesperson and Head of Investor Relations",
    )
    metrics = {m.id: m for m in b.metrics}
    assert metrics["group.revenue"].unit.value == "TWD"
    eps = metrics["group.eps"]
    assert (eps.value, eps.unit.value) == (Decimal("2.31"), "TWD/share")
