"""Regression tests for what a fuzzing run found (issue "hostile and unlucky input"): inputs
that crashed the pipeline with a traceback now build, and their figures stay honest."""

from __future__ import annotations

from pathlib import Path

import pytest

from callbrief import brief
from callbrief.build import BuildOptions, build

_CALL = (
    "甲公司\n\n2025 年 3 月份季度\n\n业 务 回 顾\n\n王明\n\n甲公司首席执行官\n\n(原话)\n\n{body}\n"
)


def _transcript(tmp_path: Path, body: str, call: str = _CALL) -> Path:
    path = tmp_path / "t.txt"
    path.write_text(call.format(body=body), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "body",
    [
        "五六月份收入为人民币 10 亿元。十一二月收入增长 5%。",  # month ranges
        "服务费率为千分之一二。",  # a per-mille range
        "收入为人民币 123456789012345678901234567890 亿元。",  # a 30-digit amount
        "收入为人民币 10 亿元\x07，同比增长 5%。",  # a control character in a sentence
        "".join(f"收入为人民币 {n} 亿元。" for n in range(1, 130)),  # >100 figures, one id
        "0000 年 13 月份季度收入为人民币 10 亿元，9999 年 1 月 1 日。",  # year 0, month 13
    ],
    ids=["month-ranges", "per-mille-range", "30-digit", "control", "many-ids", "year-0"],
)
def test_builds_every_output(body: str, tmp_path: Path) -> None:
    path = _transcript(tmp_path, body)
    written = build(str(path), BuildOptions(out_dir=tmp_path / "out", formats=("json", "xlsx")))
    assert len(written) == 2 and all(p.stat().st_size for p in written)


def test_a_title_block_with_year_0_and_month_13_names_no_period(tmp_path: Path) -> None:
    call = "甲公司\n\n0000 年 13 月份季度\n\n9999 年 99 月 99 日\n\n业 务 回 顾\n\n王明\n\n"
    call += "甲公司首席执行官\n\n(原话)\n\n{body}\n"
    b = brief(str(_transcript(tmp_path, "收入为人民币 10 亿元。", call)))
    assert b.transcript.call.period is None and b.transcript.call.date is None


def test_honest_figures_from_unlucky_input(tmp_path: Path) -> None:
    months = brief(str(_transcript(tmp_path, "五六月份收入为人民币 10 亿元。")))
    assert [m.period and m.period.key for m in months.metrics] == ["months"]  # not the quarter
    assert not brief(str(_transcript(tmp_path, "服务费率为千分之一二。"))).metrics
    huge = "收入为人民币 123456789012345678901234567890 亿元。"
    assert not brief(str(_transcript(tmp_path, huge))).metrics  # digits, not a figure
    control = brief(str(_transcript(tmp_path, "收入为人民币 10 亿元\x07，同比增长 5%。")))
    assert "\x07" not in control.metrics[0].source.text
    many = brief(
        str(_transcript(tmp_path, "".join(f"收入为人民币 {n} 亿元。" for n in range(1, 130))))
    )
    assert len({m.id for m in many.metrics}) == len(many.metrics) == 129
    assert sum(m.subject == "group" for m in many.metrics) == 1  # one group revenue a quarter
