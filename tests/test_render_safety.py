"""Render safety: escaping, the local-only fetcher, atomic outputs, template errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from callbrief.render.fetcher import LocalOnlyFetcher
from conftest import EXAMPLE, ROOT

GLOSSARY = str(ROOT / "examples/nebula.glossary.toml")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "callbrief", *args], capture_output=True, text=True, timeout=120
    )


def test_fetcher_serves_only_files_under_its_roots(tmp_path: Path) -> None:
    allowed = tmp_path / "templates"
    allowed.mkdir()
    (allowed / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    fetcher = LocalOnlyFetcher([allowed])
    assert fetcher.fetch((allowed / "logo.svg").as_uri()) is not None
    for url in ["http://example.com/x.png", "https://example.com/", "file:///etc/passwd",
                (allowed / ".." / "secret").resolve().as_uri(), "ftp://example.com/f"]:  # fmt: skip
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    assert len(fetcher.refused) == 5


def test_transcript_markup_is_escaped(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "请问公司下半年的股东回报计划？",
        "请问<b onmouseover=x>股东回报</b>计划？<script>alert(1)</script>",
    )
    src = tmp_path / "evil.txt"
    src.write_text(text, encoding="utf-8")
    result = run(
        "build", str(src), "--glossary", GLOSSARY, "--out", str(tmp_path), "--format", "html"
    )
    assert result.returncode == 0, result.stderr
    html = Path(result.stdout.strip()).read_text(encoding="utf-8")
    assert "<script>" not in html and "<b onmouseover" not in html
    assert "&lt;b onmouseover=x&gt;" in html


def test_failed_build_keeps_previous_output(tmp_path: Path) -> None:
    first = run(
        "build", str(EXAMPLE), "--glossary", GLOSSARY, "--out", str(tmp_path), "--format", "html"
    )
    assert first.returncode == 0, first.stderr
    written = Path(first.stdout.strip())
    before = written.read_bytes()
    broken = tmp_path / "tpl"
    broken.mkdir()
    (broken / "briefing.html").write_text(
        '{% extends "!base/briefing.html" %}{% block cover %}{{ no_such_field }}{% endblock %}'
    )
    second = run("build", str(EXAMPLE), "--glossary", GLOSSARY, "--out", str(tmp_path), "--format", "html",
                 "--templates", str(broken))  # fmt: skip
    assert second.returncode == 1
    assert "no_such_field" in second.stderr and len(second.stderr.splitlines()) == 1
    assert "Traceback" not in second.stderr
    assert written.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_template_override_replaces_a_block(tmp_path: Path) -> None:
    override = tmp_path / "tpl"
    override.mkdir()
    (override / "briefing.html").write_text(
        '{% extends "!base/briefing.html" %}{% block quotes %}<p class="mine">OUR OWN QUOTES BLOCK</p>{% endblock %}'
    )
    result = run("build", str(EXAMPLE), "--glossary", GLOSSARY, "--out", str(tmp_path), "--format", "html",
                 "--templates", str(override))  # fmt: skip
    assert result.returncode == 0, result.stderr
    html = Path(result.stdout.strip()).read_text(encoding="utf-8")
    assert "OUR OWN QUOTES BLOCK" in html and 'class="quote"' not in html
    assert 'class="takeaways"' in html  # the other blocks still come from the base


def test_unknown_audience_lists_where_it_looked(tmp_path: Path) -> None:
    result = run("build", str(EXAMPLE), "--audience", "nosuch", "--out", str(tmp_path))
    assert (
        result.returncode == 1
        and "no audience 'nosuch'" in result.stderr
        and "looked in" in result.stderr
    )


def test_starred_transcript_words_lose_their_stars_and_stay_escaped() -> None:
    from callbrief.render.templates import emphasis

    assert str(emphasis("速卖通的 *Choice* 业务")) == "速卖通的 <em>Choice</em> 业务"
    assert str(emphasis("*<script>x</script>*")) == "<em>&lt;script&gt;x&lt;/script&gt;</em>"
    assert str(emphasis("3 * 4 * 5")) == "3 * 4 * 5"  # not emphasis
