"""Page furniture removed before parsing, and Traditional Chinese matched as Simplified and
shown as written: unit checks, and the reference transcript rewritten both ways at test time
(it must give the same speakers, Q&A exchanges and figures as the reference itself)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from callbrief import brief
from callbrief.cjk import as_written
from callbrief.ingest import read_source
from callbrief.ingest.furniture import furniture
from callbrief.ingest.script import TRADITIONAL, Restorer, script_of, to_simplified, variants
from callbrief.lang.zh.script import SIMPLIFIED_ONLY
from callbrief.model import Briefing
from conftest import EXAMPLE, FIXTURES, reference_path


def _removed(lines: list[str]) -> list[str]:
    (drop,) = furniture([lines])
    return [lines[i] for i in sorted(drop)]


@pytest.mark.parametrize(
    "line",
    ["第 3 页 共 12 页", "第3页/共12页", "共 12 页 第 3 页", "- 3 -", "Page 3 of 12", "page 3",
     "3 / 12", "© 2025 Example Corp.", "Copyright 2025 Example Corp. All rights reserved.",
     "某某集团 版权所有"],
)  # fmt: skip
def test_page_numbers_and_copyright_lines_are_furniture(line: str) -> None:
    assert _removed(["张三", line, "某某集团首席执行官", "(原话)", "收入增长。"]) == [line]


def test_a_speakers_header_lines_are_never_furniture() -> None:
    # names, titles and tags recur as headers, some beside page numbers: they stay
    block = ["张三", "某某集团首席执行官", "(原话)", "我们的收入增长了。"]
    lines = [
        *block,
        "第 1 页 共 3 页",
        *block,
        "第 2 页 共 3 页",
        *block,
        *block,
        "第 3 页 共 3 页",
    ]
    lines += ["2", "中间的一句话没有标点"]
    assert _removed(lines) == ["第 1 页 共 3 页", "第 2 页 共 3 页", "第 3 页 共 3 页"]


def test_a_running_title_of_the_call_is_furniture_but_the_title_block_is_not() -> None:
    title = "某某集团 2025 年 6 月份季度业绩电话会议"
    body = ["张三", "某某集团首席执行官", "(原话)", "我们的收入增长了。"]
    lines = [title, "2025 年 8 月 1 日", *body, title, *body, title, *body, title]
    assert _removed(lines) == [title] * 3


def test_bare_page_numbers_in_sequence_and_page_edges() -> None:
    assert _removed(["甲。", "1", "乙。", "2", "丙。"]) == ["1", "2"]
    assert _removed(["甲。", "7", "乙。"]) == []
    pages = [
        ["Example Corp Q2 call", f"正文第 {n} 页的话。", "收入增长。", str(n)] for n in range(1, 4)
    ]
    assert [sorted(d) for d in furniture(pages)] == [[0, 3]] * 3


def test_script_is_told_without_a_converter() -> None:
    assert script_of("我们的业务与财务报告。") == "simplified"
    assert script_of("我們的業務與財務報告。") == TRADITIONAL
    assert script_of("Revenue grew 5%.") is None
    assert script_of("我们在台湾的客户说：「這個」。" * 3) == "simplified"


def test_simplified_texts_are_never_marked_traditional() -> None:
    for path in (reference_path(), EXAMPLE, *sorted((FIXTURES / "layouts").glob("*-zh.txt"))):
        written = path.with_name(f"{path.stem}.expected.json")
        said = json.loads(written.read_text(encoding="utf-8")) if written.exists() else {}
        if said.get("script") != "traditional":  # a fixture in Traditional says so
            assert read_source(str(path)).script == "simplified", path


def test_the_simplified_copy_keeps_every_lines_length() -> None:
    text = "雲計算業務\n後臺乾淨的數據\n"
    converted = to_simplified(text)
    assert converted == "云计算业务\n后台干净的数据\n"
    assert [len(x) for x in converted.split("\n")] == [len(x) for x in text.split("\n")]


def test_as_written_and_restore_give_the_source_characters_back() -> None:
    written = "我們的營收增長了 5%。\n問答\n"
    simplified = to_simplified(written)
    assert as_written(written, "我们的营收增长了 5%。", variants(simplified, written)) == (
        "我們的營收增長了 5%。"
    )
    restore = Restorer(simplified, written)
    assert restore("问答") == "問答"
    assert restore("答问") == "答問"  # not in the text: character by character


def _same_call(a: Briefing, b: Briefing, name: Any = str) -> None:
    ta, tb = a.transcript, b.transcript
    assert [(s.id, s.role, s.name) for s in ta.speakers] == [
        (s.id, s.role, name(s.name)) for s in tb.speakers
    ]
    assert [(s.kind, s.id) for s in ta.sections] == [(s.kind, s.id) for s in tb.sections]
    assert [(u.speaker, u.section, u.delivery) for u in ta.turns] == [
        (u.speaker, u.section, u.delivery) for u in tb.turns
    ]
    assert [(q.analyst, q.question_turn, q.answer_turns) for q in ta.qa] == [
        (q.analyst, q.question_turn, q.answer_turns) for q in tb.qa
    ]
    assert [(m.id, m.value, m.unit, m.yoy_pct, m.prior_value) for m in a.metrics] == [
        (m.id, m.value, m.unit, m.yoy_pct, m.prior_value) for m in b.metrics
    ]


def test_the_reference_with_page_furniture_reads_as_the_reference(tmp_path: Path) -> None:
    lines = reference_path().read_text(encoding="utf-8").split("\n")
    forms = ["第 {n} 页 共 30 页", "- {n} -", "第{n}页/共30页", "Page {n} of 30", "{n} / 30"]
    out, page, names = [], 1, 0
    for i, line in enumerate(lines):
        out.append(line)
        name_line = bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", line)) and names < 4
        if (i and i % 40 == 0) or name_line:  # also between a speaker's name and title lines
            names += name_line
            out += [
                "",
                forms[page % len(forms)].format(n=page),
                "阿里巴巴集团 2024 年 9 月份季度业绩电话会",
            ]
            out += ["© 2024 Example Data Ltd. All rights reserved.", ""]
            page += 1
    path = tmp_path / "with-furniture.txt"
    path.write_text("\n".join(out), encoding="utf-8")
    a, b = brief(str(reference_path())), brief(str(path))
    assert names == 4 and len(b.transcript.source.furniture) == 3 * (page - 1)
    _same_call(a, b)
    assert [u.paragraphs for u in a.transcript.turns] == [u.paragraphs for u in b.transcript.turns]
    assert b.transcript.warnings == a.transcript.warnings


def test_the_reference_in_traditional_chinese_reads_as_the_reference(tmp_path: Path) -> None:
    import opencc

    to_traditional = opencc.OpenCC("s2t").convert
    back = opencc.OpenCC("t2s").convert
    path = tmp_path / "traditional.txt"
    path.write_text(to_traditional(reference_path().read_text(encoding="utf-8")), encoding="utf-8")
    a, b = brief(str(reference_path())), brief(str(path))
    t = b.transcript
    assert t.source.script == TRADITIONAL
    _same_call(a, b, name=back)
    # delivery tags (原話/翻譯) and headings (介紹, 問答) were read, shown as written
    titles = [s.title for s in t.sections]
    assert titles[0] == "介紹" and "問答" in titles
    assert any(line.startswith("(原話)") for u in t.turns for line in u.header)
    # every text shown is in the source's characters (no character only Simplified writes,
    # but for what the file itself writes so: the converter's 子云 for 子雲)
    original = t.source.original
    names = [s.name for s in t.speakers] + [s.title for s in t.speakers if s.title]
    sentences = [q.written for q in b.quotes] + [s.written for m in b.metrics for s in m.sources]
    shown = [*names, *sentences, *(p for u in t.turns for p in u.written), *b.questions]
    assert not [x for x in shown if set(x) & SIMPLIFIED_ONLY and x not in original]
    assert all(name in original for name in names) and "吳泳銘" in names
    # as the file writes them, but for a sentence across a page break
    assert sum(text in original for text in sentences) >= len(sentences) - 2
