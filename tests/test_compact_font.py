"""The compact copy of the CJK font (render/compact_font.py): made from the system's Noto Sans
CJK SC, each glyph the original's, numbered from 1 with CID = glyph number, under its own
name; a PDF typeset with it shows the same text and embeds only what it uses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fontTools.pens.recordingPen import RecordingPen
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from callbrief.render import compact_font

TEXT = "Revenue 收入增长 5%，利润（亿元）“同比”— 第1页"
RANGES = (*((ord(c), ord(c)) for c in sorted(set(TEXT))), (0x30, 0x39))
SOURCE = compact_font._source("Regular", compact_font.SOURCE_FOLDERS)

needs_noto = pytest.mark.skipif(SOURCE is None, reason="no Noto Sans CJK SC on this machine")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fonts")
    compact_font.make(folder, ranges=RANGES)
    return folder


def _outline(font: TTFont, char: str) -> list[object]:
    pen = RecordingPen()
    font.getGlyphSet()[font.getBestCmap()[ord(char)]].draw(pen)
    return pen.value


@needs_noto
def test_each_glyph_is_the_originals_and_its_cid_is_its_number(made: Path) -> None:
    assert SOURCE is not None
    original = TTFont(str(SOURCE[0]), fontNumber=SOURCE[1], lazy=True)
    copy = TTFont(str(made / compact_font.file_name("Regular")))
    order = copy.getGlyphOrder()
    assert order[0] == ".notdef"
    assert order[1:] == [f"cid{n:05d}" for n in range(1, len(order))]  # the charset: CID = GID
    assert len(order) < 200  # the ranges asked for (and what they reach), not 65,535
    for char in set(TEXT) - {" "}:
        assert _outline(copy, char) == _outline(original, char), char
        assert (
            copy["hmtx"][copy.getBestCmap()[ord(char)]][0]
            == (original["hmtx"][original.getBestCmap()[ord(char)]][0])
        ), char


@needs_noto
def test_the_copy_has_a_name_of_its_own(made: Path) -> None:
    for style in compact_font.STYLES:
        copy = TTFont(str(made / compact_font.file_name(style)))
        names = {r.nameID: str(r) for r in copy["name"].names if r.nameID in (1, 4, 6, 16)}
        assert names[1] == names[16] == compact_font.FAMILY
        assert all("Noto" not in v for v in names.values()), names
    assert (made / compact_font.CONFIG).read_text(encoding="utf-8").count(str(made)) == 2


@needs_noto
def test_a_pdf_typeset_with_the_copy_looks_the_same_and_embeds_it_alone(
    made: Path, tmp_path: Path
) -> None:
    """The same text set in the copy and in the original draws the same pixels. (Poppler
    takes the codes as glyph numbers; a viewer that takes them as CIDs, as the PDF standard
    says for CFF, gets the same glyphs because each CID is its glyph's number: the first test.)"""
    page = '<html lang="zh-Hans"><body style="font-family: {}"><p>{}</p></body></html>'
    script = (
        "import sys; from pathlib import Path; from callbrief.render import compact_font;"
        "from callbrief.render.pdf import html_to_pdf;"
        f"assert compact_font.use(Path({str(made)!r}));"
        f"out = Path({str(tmp_path)!r});"
        f"(out / 'copy.pdf').write_bytes(html_to_pdf({page.format(repr(compact_font.FAMILY), TEXT)!r}, out, []));"
        f"(out / 'noto.pdf').write_bytes(html_to_pdf({page.format(repr('Noto Sans CJK SC'), TEXT)!r}, out, []))"
    )  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k != "FONTCONFIG_FILE"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, env=env)
    assert done.returncode == 0, done.stderr.decode()
    reader = PdfReader(tmp_path / "copy.pdf")
    fonts = {
        str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()
    }
    assert len(fonts) == 1 and fonts.pop().endswith("+Callbrief-Sans-CJK-SC")
    assert reader.pages[0].extract_text().split() == TEXT.split()
    pixels = []
    for name in ("copy", "noto"):
        subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(tmp_path / f"{name}.pdf"),
                        str(tmp_path / name)], check=True)  # fmt: skip
        pixels.append((tmp_path / f"{name}.png").read_bytes())
    assert pixels[0] == pixels[1]


def test_a_fontconfig_file_the_user_chose_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / compact_font.CONFIG).write_text("<fontconfig/>", encoding="utf-8")
    monkeypatch.setenv("FONTCONFIG_FILE", "/somewhere/else.conf")
    assert not compact_font.use(tmp_path)
    assert os.environ["FONTCONFIG_FILE"] == "/somewhere/else.conf"
    monkeypatch.delenv("FONTCONFIG_FILE")
    assert not compact_font.use(tmp_path / "none")  # no copy made: the system's fonts
    assert "FONTCONFIG_FILE" not in os.environ
    assert compact_font.use(tmp_path)
    assert os.environ["FONTCONFIG_FILE"] == str(tmp_path / compact_font.CONFIG)
