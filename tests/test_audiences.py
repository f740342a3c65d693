"""Audiences: the shipped three, user audiences, lookup order, languages, bad settings."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from callbrief.build import BuildOptions, build
from callbrief.render.audience import AudienceError, find_audience, list_audiences
from callbrief.render.templates import search_path
from conftest import EXAMPLE, ROOT, reference_path

GLOSSARY = ROOT / "examples/nebula.glossary.toml"
HAN = re.compile(r"[\u4e00-\u9fff]")


def _text(pdf: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(pdf).pages)


def _cli(*args: str, env_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, **({"CALLBRIEF_AUDIENCES": str(env_dir)} if env_dir else {})}
    return subprocess.run([sys.executable, "-m", "callbrief", *args], capture_output=True, text=True,
                          timeout=120, env=env)  # fmt: skip


def test_shipped_audiences_and_the_default() -> None:
    names = {a.name for a in list_audiences()}
    assert {"analyst", "executive", "finance"} <= names
    analyst = find_audience("analyst")
    assert analyst.chain[-1].name == "base" and analyst.sections[0] == "cover"
    assert BuildOptions().audience == "analyst"
    listing = _cli("audiences").stdout
    assert "executive" in listing and "Two pages" in listing


def test_executive_is_at_most_two_pages(tmp_path: Path) -> None:
    (pdf,) = build(
        str(reference_path()),
        BuildOptions(out_dir=tmp_path, audience="executive", formats=("pdf",)),
    )
    reader = PdfReader(pdf)
    assert len(reader.pages) <= 2
    text = re.sub(r"\s+", "", _text(pdf))
    assert "各分部收入及同比增长" in text and "管理层发言摘录" in text
    assert "全部数据及出处" not in text  # the full figures list is the analyst's


def test_finance_shows_amounts_in_one_unit(tmp_path: Path) -> None:
    pdf, xlsx = build(str(reference_path()), BuildOptions(out_dir=tmp_path, audience="finance"))
    text = _text(pdf)
    sources = [s for line in text.splitlines() for s in [line] if "“" in line or "”" in line]
    generated = "\n".join(line for line in text.splitlines() if line not in sources)
    assert "RMB 236,500 mn" in generated and "人民币 236,500 百万元" in generated
    assert not re.search(r"RMB[\d.,]+ (billion|million)", generated)
    assert "单位 Unit：人民币百万元 RMB mn" in text  # the segment table's one unit
    import openpyxl

    assert openpyxl.load_workbook(xlsx).sheetnames[:2] == ["Segments", "Metrics"]


@pytest.mark.parametrize("audience", ["analyst", "executive", "finance"])
def test_single_language_briefings(audience: str, tmp_path: Path) -> None:
    common = BuildOptions(
        out_dir=tmp_path, audience=audience, formats=("pdf",), glossaries=(GLOSSARY,)
    )
    (en,) = build(str(EXAMPLE), dataclasses.replace(common, languages=("en",)))
    text = _without_transcript(_text(en))
    assert "NebulaTechnologyGroup" in text and "Page1of" in text
    zh_words, en_words = _generated_words(common)
    assert [w for w in zh_words if w in text] == []  # transcript quotes may stay Chinese
    (zh,) = build(
        str(EXAMPLE), dataclasses.replace(common, languages=("zh",), out_dir=tmp_path / "zh")
    )
    text = _without_transcript(_text(zh))
    assert "星云科技集团" in text and "第1页" in text
    assert [w for w in en_words if w in text] == []


def _without_transcript(text: str) -> str:
    """Page text, squeezed, minus every verbatim transcript sentence and question excerpt."""
    from callbrief import extract
    from callbrief.analyze.excerpts import question_excerpt
    from callbrief.ingest import as_written
    from callbrief.lang.zh.text import sentences

    t = extract(str(EXAMPLE))
    quoted = [
        as_written(t.source.original, s)
        for u in t.turns
        for p in u.paragraphs
        for s in sentences(p)
    ]
    quoted += [question_excerpt(t, q.question_turn).rstrip("…") for q in t.qa]
    text = re.sub(r"\s+", "", text)
    for piece in sorted((re.sub(r"\s+", "", q) for q in quoted), key=len, reverse=True):
        text = text.replace(piece, "")
    return text


def _generated_words(options: BuildOptions) -> tuple[list[str], list[str]]:
    """Wording callbrief generates in each language: labels, takeaways, titles."""
    import tomllib

    from callbrief.build import brief

    labels = tomllib.loads((ROOT / "templates/base/labels.toml").read_text(encoding="utf-8"))
    b = brief(str(EXAMPLE), glossaries=options.glossaries)
    zh = [v["zh"] for v in labels.values()] + [t.zh for t in b.takeaways]
    en = [v["en"] for v in labels.values()] + [t.en for t in b.takeaways] + [b.company_en]
    zh += [s.title for s in b.transcript.speakers if s.title]
    en += [s.title_en for s in b.transcript.speakers if s.title_en]
    squeeze = [re.sub(r"\s+", "", w) for w in zh], [re.sub(r"\s+", "", w) for w in en]
    return [w for w in squeeze[0] if len(w) > 1], [w for w in squeeze[1] if len(w) > 3]


def test_user_audience_from_init_audience(tmp_path: Path) -> None:
    made = _cli("init-audience", "myfund", "--from", "analyst", env_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    folder = tmp_path / "myfund"
    settings = folder / "audience.toml"
    settings.write_text(settings.read_text().replace('name = "myfund"                # shown',
                                                     'name = "Lotus Capital Research" # shown'))  # fmt: skip
    (folder / "briefing.html").write_text(
        '{% extends "!analyst/briefing.html" %}{% block takeaways %}<p>LOTUS TAKEAWAYS</p>{% endblock %}'
    )
    result = _cli("build", str(EXAMPLE), "--glossary", str(GLOSSARY), "--audience", "myfund",
                  "--out", str(tmp_path / "out"), "--format", "pdf", env_dir=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = _text(Path(result.stdout.strip()))
    assert "Lotus Capital Research" in text
    assert "LOTUS TAKEAWAYS" in text and "Key takeaways" not in text  # the block was replaced
    assert "Segment results" in text  # the rest is the analyst's
    again = _cli("init-audience", "myfund", env_dir=tmp_path)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_lookup_order_user_templates_then_audience_then_base(tmp_path: Path) -> None:
    audience_dir = tmp_path / "mine"
    audience_dir.mkdir()
    (audience_dir / "audience.toml").write_text('extends = "analyst"\n')
    (audience_dir / "briefing.html").write_text(
        '{% extends "!analyst/briefing.html" %}{% block quotes %}<p>FROM AUDIENCE</p>{% endblock %}'
    )
    user = tmp_path / "user"
    user.mkdir()
    (user / "briefing.html").write_text(
        '{% extends "!base/briefing.html" %}{% block quotes %}<p>FROM USER TEMPLATES</p>{% endblock %}'
    )
    audience = find_audience(str(audience_dir))
    chain = search_path(audience.chain, user)
    assert [p.name for p in chain] == ["user", "mine", "analyst", "base"]
    base = BuildOptions(
        out_dir=tmp_path / "o",
        audience=str(audience_dir),
        formats=("html",),
        glossaries=(GLOSSARY,),
    )
    (html,) = build(str(EXAMPLE), base)
    assert "FROM AUDIENCE" in html.read_text()
    (html,) = build(str(EXAMPLE), dataclasses.replace(base, templates=user, out_dir=tmp_path / "p"))
    assert "FROM USER TEMPLATES" in html.read_text() and "FROM AUDIENCE" not in html.read_text()


def test_bad_settings_report_every_wrong_key_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "audience.toml").write_text(
        'colour = "red"\nlanguages = ["fr"]\nsections = ["cover", "gossip"]\nmax_quotes = -1\n'
        '[branding]\ncolor = "blue"\nmotto = "x"\n'
    )
    with pytest.raises(AudienceError) as info:
        find_audience(str(folder))
    message = info.value.one_line()
    for wrong in [
        "'colour'",
        "languages",
        "'gossip'",
        "max_quotes",
        "branding.color",
        "'branding.motto'",
    ]:
        assert wrong in message, wrong
    result = _cli("build", str(EXAMPLE), "--audience", str(folder), "--out", str(tmp_path))
    assert (
        result.returncode == 1
        and len(result.stderr.splitlines()) == 1
        and "'gossip'" in result.stderr
    )


def test_bad_labels_file_is_a_one_line_error(tmp_path: Path) -> None:
    made = _cli("init-audience", "labelled", "--dir", str(tmp_path))
    assert made.returncode == 0, made.stderr
    labels = tmp_path / "labelled" / "labels.toml"
    for content, problem in [("x = \n", "cannot read labels"), ("x = 1\n", "not so: x")]:
        labels.write_text(content, encoding="utf-8")
        result = _cli("build", str(EXAMPLE), "--audience", str(labels.parent),
                      "--out", str(tmp_path / "out"), "--format", "html")  # fmt: skip
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert str(labels) in result.stderr and problem in result.stderr


def test_a_one_language_briefing_never_replaces_the_bilingual_one(tmp_path: Path) -> None:
    options = BuildOptions(out_dir=tmp_path, formats=("html",))
    (both,) = build(str(EXAMPLE), options)
    (en,) = build(str(EXAMPLE), dataclasses.replace(options, languages=("en",)))
    assert en.name == both.name.replace(".html", "-en.html") and both.exists()


def test_templates_compiled_by_an_earlier_run_are_compiled_again_when_edited(
    tmp_path: Path,
) -> None:
    """Compiled templates are kept between runs (Jinja's bytecode cache): a template edited
    since is compiled again, and a damaged cache file only costs a compile."""
    from jinja2 import FileSystemBytecodeCache

    user = tmp_path / "user"
    user.mkdir()
    page = user / "briefing.html"

    def built(word: str) -> str:
        page.write_text(
            '{% extends "!base/briefing.html" %}{% block quotes %}<p>' + word
            + "</p>{% endblock %}"
        )  # fmt: skip
        script = (
            "import sys; from pathlib import Path; from callbrief.build import BuildOptions, build;"
            f"(h,) = build({str(EXAMPLE)!r}, BuildOptions(out_dir=Path({str(tmp_path / 'o')!r}),"
            f" formats=('html',), glossaries=(Path({str(GLOSSARY)!r}),),"
            f" templates=Path({str(user)!r}))); print(h.read_text())"
        )
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "FIRST" in built("FIRST")
    cache = Path(FileSystemBytecodeCache().directory)
    assert list(cache.glob("__callbrief_*.cache"))
    assert "SECOND" in built("SECOND") and "FIRST" not in built("SECOND")
    for f in cache.glob("__callbrief_*.cache"):
        f.write_bytes(b"damaged")
    assert "THIRD" in built("THIRD")
