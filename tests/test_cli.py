"""The command line, run as users run it: exit codes, streams, messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import callbrief
from conftest import EXAMPLE

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
    result = run("extract", str(EXAMPLE), "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    doc = json.loads(result.stdout)
    assert doc["schema"] == "callbrief/1"
    assert list(doc) == [
        "schema", "source", "call", "speakers", "sections", "turns", "qa",
        "metrics", "segments", "quotes", "footnotes",
    ]  # fmt: skip
    assert doc["source"]["language"] == "zh" and doc["source"]["layout"] == "speaker-blocks"
    assert doc["call"]["date"] == "2025-08-21"
    assert doc["metrics"] == doc["segments"] == doc["quotes"] == []
    speakers = {s["id"] for s in doc["speakers"]}
    assert all(u["speaker"] in speakers for u in doc["turns"])
    assert all(
        set(s) == {"id", "name", "name_en", "title", "title_en", "firm", "role"}
        for s in doc["speakers"]
    )


def test_extract_json_is_deterministic() -> None:
    assert (
        run("extract", str(EXAMPLE), "--json").stdout
        == run("extract", str(EXAMPLE), "--json").stdout
    )


def test_extract_outline() -> None:
    result = run("extract", str(EXAMPLE))
    assert result.returncode == 0
    assert "星云科技集团" in result.stdout and "Q&A (3 exchanges)" in result.stdout
    assert "王磊 (Wang Lei), 中信证券 -> 林浩然 (Lin Haoran)" in result.stdout


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
