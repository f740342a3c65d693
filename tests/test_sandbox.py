"""Templates run in Jinja's sandbox, and an audience may load files only from its own folder:
a shared audience folder is data, not code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from callbrief.render.audience import AudienceError, find_audience
from conftest import EXAMPLE


def _build(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "callbrief", "build", str(EXAMPLE), "--format", "html", *args],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize(
    "reach",
    [
        'cycler.__init__.__globals__.os.popen("echo reached").read()',
        "().__class__.__base__.__subclasses__()",
        "labels.__class__.__init__.__globals__",
    ],
)
def test_a_template_reaching_python_internals_is_refused(reach: str, tmp_path: Path) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    override = (
        '{% extends "!base/briefing.html" %}{% block cover %}{{ ' + reach + " }}{% endblock %}"
    )
    (templates / "briefing.html").write_text(override, encoding="utf-8")
    result = _build("--templates", str(templates), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "refused by the sandbox" in result.stderr
    assert f"{templates / 'briefing.html'}:1" in result.stderr  # the template is named
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_an_unknown_name_names_its_template(tmp_path: Path) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "briefing.html").write_text(
        '{% extends "!base/briefing.html" %}{% block cover %}{{ no_such_field }}{% endblock %}',
        encoding="utf-8",
    )
    result = _build("--templates", str(templates), "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and f"{templates / 'briefing.html'}:1" in result.stderr


@pytest.mark.parametrize("logo", ["/etc/passwd", "../../x.png", "../outside.png"])
def test_a_logo_outside_the_audience_folder_is_refused(logo: str, tmp_path: Path) -> None:
    (tmp_path / "outside.png").write_bytes(b"\x89PNG\r\n")
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "audience.toml").write_text(f'[branding]\nlogo = "{logo}"\n', encoding="utf-8")
    with pytest.raises(AudienceError, match="inside the audience's folder"):
        find_audience(str(folder))


def test_a_template_linked_out_of_its_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text("SECRET {{ 1 + 1 }}", encoding="utf-8")
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "briefing.html").symlink_to(secret)
    result = _build("--templates", str(templates), "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "a link out of the template folders" in result.stderr
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_a_logo_linked_out_of_the_audience_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "outside.png").write_bytes(b"\x89PNG\r\n")
    folder = tmp_path / "linked"
    folder.mkdir()
    (folder / "logo.png").symlink_to(tmp_path / "outside.png")
    (folder / "audience.toml").write_text(
        'extends = "analyst"\n[branding]\nlogo = "logo.png"\n', encoding="utf-8"
    )
    with pytest.raises(AudienceError, match="inside the audience's folder"):
        find_audience(str(folder))


def test_the_sandbox_refuses_as_often_as_it_is_asked() -> None:
    """Its verdicts are kept per kind of object and attribute (render/templates.py): a refusal
    stands the second time, a function's internals stay out of reach however they are
    reached, and an object claiming to be another kind is judged afresh."""
    import types

    from jinja2 import StrictUndefined
    from jinja2.exceptions import SecurityError

    from callbrief.render.templates import _Sandbox

    env = _Sandbox(undefined=StrictUndefined)
    reach = env.from_string("{{ f.__globals__ }}")
    for _ in range(2):
        with pytest.raises(SecurityError):
            reach.render(f=_build)
    for _ in range(2):
        assert env.is_safe_attribute(_build, "__code__", None) is False
        assert env.is_safe_attribute(_build, "func_code", None) is True
    frame = sys._getframe()
    assert env.is_safe_attribute(frame, "f_back", None) is False

    class Shifty:
        f_back = "reached"

        def __init__(self, lies: bool) -> None:
            self.lies = lies

        @property  # type: ignore[misc]
        def __class__(self) -> type:
            return types.FrameType if self.lies else Shifty

    assert env.is_safe_attribute(Shifty(lies=False), "f_back", None) is True
    assert env.is_safe_attribute(Shifty(lies=True), "f_back", None) is False


def test_shown_gives_each_language_once_and_reads_through_the_sandbox() -> None:
    """``shown`` (the bilingual macros' list of what to show): empty texts and a second
    language saying what the first said are left out, in the page's order; a text it may not
    read is refused as a template's ``t[lang]`` would be."""
    from jinja2 import StrictUndefined
    from jinja2.exceptions import UndefinedError

    from callbrief.render.templates import _Sandbox, shown

    env = _Sandbox(undefined=StrictUndefined, autoescape=True)
    assert shown(env, {"zh": "星云", "en": "Nebula"}, ["en", "zh"]) == [
        ("en", "Nebula"), ("zh", "星云")]  # fmt: skip
    assert shown(env, {"zh": "QMX", "en": "QMX"}, ["zh", "en"]) == [("zh", "QMX")]
    assert shown(env, {"zh": "", "en": "Nebula"}, ["zh", "en"]) == [("en", "Nebula")]
    assert shown(env, {"zh": "a", "en": "b"}, ["zh"]) == [("zh", "a")]
    with pytest.raises(UndefinedError):
        shown(env, {"zh": "星云"}, ["zh", "en"])
    page = env.from_string("{% for l, t in shown(x, ['zh', 'en']) %}{{ t }}{% endfor %}")
    env.globals["shown"] = shown
    assert page.render(x={"zh": "<b>", "en": "b"}) == "&lt;b&gt;b"
