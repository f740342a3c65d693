"""The command line, run as users run it: exit codes, streams, messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import callbrief
from conftest import EXAMPLE

GLOSSARY = str(EXAMPLE.parent / "nebula.glossary.toml")
MINIMAL = "甲公司\n\n2025 年 3 月份季度\n\n问答\n\n张三 (某证券):\n\n(翻译)\n\n请问收入如何？\n"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "callbrief", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_extract_json_follows_schema() -> None:
    result = run("extract", str(EXAMPLE), "--json", "--glossary", GLOSSARY)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    doc = json.loads(result.stdout)
    assert doc["schema"] == "callbrief/1"
    assert list(doc) == [
        "schema", "source", "call", "speakers", "sections", "turns", "qa",
        "metrics", "segments", "quotes", "takeaways", "footnotes", "glossary_fallbacks",
    ]  # fmt: skip
    assert doc["source"]["language"] == "zh" and doc["source"]["layout"] == "speaker-blocks"
    assert doc["call"]["date"] == "2025-08-21"
    assert doc["call"]["company"] == {"zh": "星云科技集团", "en": "Nebula Technology Group"}
    assert doc["call"]["fiscal_period"] == {"zh": "2025 财年第二季度", "en": "FY2025 Q2"}
    revenue = next(m for m in doc["metrics"] if m["id"] == "group.revenue")
    assert revenue["value"] == 51230000000 and revenue["unit"] == "CNY" and revenue["yoy_pct"] == 12
    assert len(revenue["sources"]) == 2 and revenue["source"] == {
        "turn": 1,
        "text": "集团收入达到人民币 512.3 亿元，同比增长 12%，这是我们连续第六个季度实现双位数增长。",
    }
    assert doc["segments"][-1]["key"] == "group" and doc["quotes"]
    speakers = {s["id"] for s in doc["speakers"]}
    assert all(u["speaker"] in speakers for u in doc["turns"])
    keys = {"id", "name", "name_en", "title", "title_en", "firm", "firm_en", "role"}
    assert all(set(s) == keys for s in doc["speakers"])


def test_extract_json_is_deterministic() -> None:
    assert (
        run("extract", str(EXAMPLE), "--json").stdout
        == run("extract", str(EXAMPLE), "--json").stdout
    )


def test_extract_outline() -> None:
    result = run("extract", str(EXAMPLE), "--glossary", GLOSSARY)
    assert result.returncode == 0
    assert "星云科技集团 / Nebula Technology Group" in result.stdout
    assert "Q&A (3 exchanges)" in result.stdout
    assert "王磊 (Wang Lei), CITIC Securities -> 林浩然 (Howard Lin)" in result.stdout
    assert "person   周敏 -> Zhou Min" in result.stdout


def test_bad_glossary_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[company\nzh = 1", encoding="utf-8")
    result = run("extract", str(EXAMPLE), "--glossary", str(bad))
    assert result.returncode == 1 and str(bad) in result.stderr and "TOML" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    missing = run("extract", str(EXAMPLE), "--glossary", str(tmp_path / "none.toml"))
    assert missing.returncode == 1 and "glossary file not found" in missing.stderr


def test_extract_from_stdin() -> None:
    result = run("extract", "-", "--json", stdin=MINIMAL.encode())
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["source"]["path"] == "-"
    assert doc["qa"][0]["firm"] == "某证券"


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"callbrief {callbrief.__version__}"
    assert "extract" in run("--help").stdout
    assert "--json" in run("extract", "--help").stdout


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("absent.txt", None, "no such file"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"\n  \n", "blank"),
        ("data.bin", bytes(range(256)) * 40, "binary"),
        (
            "prose.txt",
            "这是一段普通的文字，没有任何发言人。\n第二行。\n".encode(),
            "no transcript structure",
        ),
    ],
)
def test_bad_input_one_line_exit_1(
    tmp_path: Path, name: str, content: bytes | None, reason: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run("extract", str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and reason in lines[0]
    assert "Traceback" not in result.stderr


def test_directory_and_oversize(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path))
    assert result.returncode == 1 and "directory" in result.stderr
    big = tmp_path / "big.txt"
    big.write_bytes(EXAMPLE.read_bytes())
    result = run("extract", str(big), "--max-size", "0.001")
    assert result.returncode == 1 and "size limit" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert run("extract", str(big), "--max-size", "1").returncode == 0


def test_oversize_stdin() -> None:
    result = run("extract", "-", "--max-size", "0.0001", stdin=MINIMAL.encode() * 10)
    assert result.returncode == 1 and "-: " in result.stderr


def test_usage_errors_exit_2() -> None:
    assert run().returncode == 2
    assert run("extract").returncode == 2
    assert run("frobnicate").returncode == 2
    assert run("extract", str(EXAMPLE), "--max-size", "lots").returncode == 2
