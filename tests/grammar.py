"""Transcripts built from grammar pieces of every supported layout and both languages, and the
invariants the whole pipeline keeps on any of them: used by the property tests
(tests/test_properties.py, a fast profile in `make test`) and by `make fuzz` (scripts/fuzz.py,
10,000 and more). Made-up companies and people only."""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

from callbrief import brief
from callbrief.errors import CallbriefError

# Pieces of Chinese speech: names, measures, amounts, changes, periods.
ZH_SUBJECTS = ["星云科技集团", "集团", "星云云集团", "电商业务", "海外零售", "QMX ", "我们的", "其中",
               "本季度", "去年同期", "所有其他分部", "AI 相关产品的", "松岩智造"]  # fmt: skip
ZH_MEASURES = ["收入", "营收", "营业收入", "经调整 EBITA", "经营利润", "净利润", "自由现金流",
               "商业化收入", "年度活跃买家", "毛利率", "经调整 EBITA 利润率", "亏损"]  # fmt: skip
ZH_VERBS = [
    "为",
    "达到",
    "增长",
    "同比增长",
    "下降",
    "取得",
    "录得",
    "实现了",
    "约为",
    "较去年同期增长",
]
ZH_NUMBERS = ["12", "2,365", "512.3", "０.５", "１２３", "十二", "三百", "123456789012345678901234567890",
              "0", "-5", "1e5", "两", "千分之一二", "双位数", "三位数"]  # fmt: skip
ZH_UNITS = ["亿元", "万元", "%", "个百分点", "元", "人民币", "美元", "亿", "倍", ""]
ZH_PERIODS = ["2025 年 9 月份季度", "五六月份", "十一二月", "0000 年 13 月", "9999 年", "上季度",
              "下半年", "2026 财年", "第三季度", "同比", "环比"]  # fmt: skip
ZH_JOINS = ["，", "。", "；", "、", "（", "）", "：", "和", "分别", "主要由于", "其中，", "\n", ""]

# Pieces of English speech.
EN_SUBJECTS = ["Total", "Cloud", "Our Devices segment", "Harborview", "Storage", "The company",
               "Of that,", "Consolidated", "Q3", "Software and Services"]  # fmt: skip
EN_MEASURES = ["revenue", "net sales", "operating income", "adjusted EBITDA", "gross margin",
               "free cash flow", "EPS", "bookings", "ARR"]  # fmt: skip
EN_VERBS = ["was", "grew", "rose", "declined", "came in at", "of", "up", "down", "reached"]
EN_NUMBERS = [
    "$1.06 billion",
    "8%",
    "$0.83 per share",
    "€1.1bn",
    "US$4.2B",
    "12.5",
    "300 basis points",
    "1,234,567",
    "$99999999999999999999 trillion",
    "-3%",
    "0",
]
EN_JOINS = [", ", ". ", "; ", " and ", ", respectively. ", " year over year", " compared to ",
            " of which ", "\n", ""]  # fmt: skip

CONTROL = ["\x00", "\x07", "\x0b", "\x1b", "\u200b", "\ufeff", "\u3000", "\x7f", "\u2028"]

# Headers of the layouts, as {name} {title} templates.
ZH_HEADERS = [
    "{name}\n\n星云科技集团{title}\n\n(原话)\n\n",
    "{name}（{title}）：",
    "{name}：",
    "**{name}**\n\n",
    "{name}\t{title}\t",
    "【{name}】",
]
EN_HEADERS = [
    "{name} -- {title}\n\n",
    "{name}: ",
    "**{name}**\n\n",
    "{name}\n{title}, Harborview Instruments\n\n",
    "{name}\t",
]
ZH_NAMES = ["林浩然", "周敏", "王磊", "操作员", "主持人", "Rachel Ho"]
ZH_TITLES = ["首席执行官", "首席财务官", "投资者关系总监", "分析师"]
EN_NAMES = ["Operator", "Daniel Okafor", "Ingrid Halvorsen", "Priya Natarajan", "José Núñez"]
EN_TITLES = ["Chief Executive Officer", "Chief Financial Officer", "Analyst, Morgan Stanley"]
ZH_TITLE_BLOCKS = [
    "星云科技集团\n\n2025 年 6 月份季度\n\n业绩电话会议\n\n2025 年 8 月 21 日\n\n管 理 层 发 言\n\n",
    "星云科技集团 2025 年第二季度业绩电话会\n\n",
    "0000 年 13 月份季度\n\n9999 年 99 月 99 日\n\n",
    "",
]
EN_TITLE_BLOCKS = [
    "Harborview Instruments (HBVI) Q3 2025 Earnings Call Transcript\n\nOct 28, 2025\n\n"
    "Prepared Remarks:\n\n",
    "Corvale Systems Q4 FY2026 Earnings Conference Call\n\n",
    "Q0 0000 Earnings Call\n\nFeb 30, 9999\n\n",
    "",
]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "gb18030", "cp1252", "big5"]


def _speech(
    subjects: list[str], measures: list[str], verbs: list[str], numbers: list[str],
    units: list[str], joins: list[str], periods: list[str], sep: str = "",
) -> st.SearchStrategy[str]:  # fmt: skip
    sentence = (
        st.tuples(
            st.sampled_from([*periods, ""]), st.sampled_from(subjects), st.sampled_from(measures),
            st.sampled_from(verbs), st.sampled_from(numbers), st.sampled_from(units),
            st.sampled_from(joins),
        ).map(lambda t: sep.join(t))
    )  # fmt: skip
    stray = st.characters(exclude_categories=("Cc", "Cs"))  # control characters: see below
    piece = st.one_of(*[sentence] * 14, st.text(stray, max_size=8))  # one in 15: stray text
    return st.lists(piece, min_size=1, max_size=12).map("".join)


ZH_SPEECH = _speech(ZH_SUBJECTS, ZH_MEASURES, ZH_VERBS, ZH_NUMBERS, ZH_UNITS, ZH_JOINS, ZH_PERIODS)
EN_SPEECH = _speech(
    EN_SUBJECTS, EN_MEASURES, EN_VERBS, EN_NUMBERS, [" ", " million", " billion", ""],
    EN_JOINS, ["In the third quarter,", "For fiscal 2026,", "Next quarter,"], " ",
)  # fmt: skip


EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))


@st.composite
def mutated_examples(draw: st.DrawFn) -> tuple[bytes, str]:
    """A bundled example with lines dropped, repeated, swapped or replaced by grammar speech,
    digits changed: real layouts gone slightly wrong."""
    path = draw(st.sampled_from(EXAMPLES))
    lines = path.read_text(encoding="utf-8").split("\n")
    speech = EN_SPEECH if path.stem.endswith("-en") else ZH_SPEECH
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        at = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        op = draw(st.sampled_from(["drop", "repeat", "swap", "speech", "digits"]))
        if op == "drop":
            del lines[at : at + draw(st.integers(min_value=1, max_value=20))]
        elif op == "repeat":
            lines[at:at] = lines[at : at + draw(st.integers(min_value=1, max_value=10))]
        elif op == "swap":
            other = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif op == "speech":
            lines[at] = draw(speech)
        else:
            digit = draw(st.sampled_from("0123456789０９"))
            lines[at] = re.sub(r"\d", digit, lines[at])
        if not lines:
            lines = [""]
    raw = "\n".join(lines).encode("utf-8")
    return raw, f"{path.stem} mutated {len(raw)} bytes"


def inputs() -> st.SearchStrategy[tuple[bytes, str]]:
    """Grammar-built transcripts, and now and then a mutated bundled example."""
    return st.one_of(*[transcripts()] * 7, mutated_examples())


@st.composite
def transcripts(draw: st.DrawFn) -> tuple[bytes, str]:
    """A transcript's bytes and a description of how it was made."""
    english = draw(st.booleans())
    block = draw(st.sampled_from(EN_TITLE_BLOCKS if english else ZH_TITLE_BLOCKS))
    headers = EN_HEADERS if english else ZH_HEADERS
    names, titles = (EN_NAMES, EN_TITLES) if english else (ZH_NAMES, ZH_TITLES)
    speech = EN_SPEECH if english else ZH_SPEECH
    header = draw(st.sampled_from(headers))  # one layout, its header now and then another's
    turns = draw(
        st.lists(
            st.tuples(st.one_of(*[st.just(header)] * 6, st.sampled_from(headers)),
                      st.sampled_from(names),
                      st.sampled_from(titles), speech),
            min_size=3, max_size=10,
        )
    )  # fmt: skip
    text = block + "".join(h.format(name=n, title=t) + s + "\n\n" for h, n, t, s in turns)
    for control in draw(st.lists(st.sampled_from(CONTROL), max_size=2)):  # as copy and paste
        at = draw(st.integers(min_value=0, max_value=len(text)))  # leaves them: one or two
        text = text[:at] + control + text[at:]
    encoding = draw(st.sampled_from(ENCODINGS))
    raw = text.encode(encoding, errors="replace")
    cut = draw(st.one_of(*[st.none()] * 4, st.integers(min_value=0, max_value=len(raw))))
    if cut is not None:  # truncated mid-file, maybe mid-character
        raw = raw[:cut]
    return raw, f"{'en' if english else 'zh'} {encoding} {len(raw)} bytes"


@dataclass(frozen=True, slots=True)
class Outcome:
    built: bool
    error: str | None
    seconds: float
    metrics: int


def check(raw: bytes, path: Path, *, render: bool = True) -> Outcome:
    """Run the pipeline on ``raw`` written at ``path`` and assert the invariants: no exception
    but the project's own error, in one line naming the file; every metric's sentence is in
    the transcript; JSON (and the workbook) the same on a second rendering."""
    path.write_bytes(raw)
    start = time.perf_counter()
    try:
        b = brief(str(path))
    except CallbriefError as e:
        message = str(e)
        assert "\n" not in message, message
        assert str(path) in message, message
        return Outcome(False, message, time.perf_counter() - start, 0)
    spoken = "\n".join(p for turn in b.transcript.turns for p in turn.paragraphs)
    flat = re.sub(r"\s+", "", spoken)
    for m in b.metrics:
        for source in m.sources:
            assert re.sub(r"\s+", "", source.text) in flat, (m.id, source.text)
    if render:
        from callbrief.build import call_order
        from callbrief.render import RenderJob
        from callbrief.render.audience import find_audience
        from callbrief.render.renderers import renderer

        audience = find_audience("analyst")
        langs = call_order(audience.languages, b.transcript.source.language)
        job = RenderJob(b, audience, langs, None, None, True)
        first = renderer("json").render(job)
        assert first == renderer("json").render(job)
        json.loads(first)
        renderer("xlsx").render(job)
        renderer("html").render(job)
    return Outcome(True, None, time.perf_counter() - start, len(b.metrics))
