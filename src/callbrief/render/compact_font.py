"""A compact copy of the CJK font for the PDF, made once at set-up from the system's Noto Sans
CJK SC (``python -m callbrief.render.compact_font``, run by ``make``).

Why: WeasyPrint embeds a subset of each font that keeps the glyphs' numbers, so the PDF pays
for every glyph number up to the highest one used, used or not. The full CJK font numbers
65,535 glyphs and puts the Simplified Chinese punctuation near the end, so half of what a
Chinese briefing embedded was empty glyph slots. The copy holds only what a briefing can
need (Latin, Greek, Cyrillic, punctuation, symbols, the CJK ideographs: about 23,000
glyphs), renumbered from 1 with each glyph's CID equal to its number (the PDF selects CFF glyphs by
CID), under a name of its own so that it is never mistaken for the original.

The PDF asks for this family first and for Noto Sans CJK SC next, so a character outside the
copy, or a machine without it, still prints, only in a larger file. The copy is found through
a fontconfig file beside it (``FONTCONFIG_FILE``, set for this process when typesetting
starts), unless the user has set ``FONTCONFIG_FILE`` already."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

FAMILY = "Callbrief Sans CJK SC"
SOURCE_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC")
STYLES = ("Regular", "Bold")
SOURCE_FOLDERS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))
RANGES = (
    (0x0020, 0x007E), (0x00A0, 0x024F), (0x02B0, 0x02FF), (0x0370, 0x04FF),
    (0x2000, 0x218F), (0x2190, 0x23FF), (0x2460, 0x25FF), (0x2600, 0x26FF),
    (0x3000, 0x303F), (0x3100, 0x312F), (0x31A0, 0x31BF), (0x3200, 0x33FF),
    (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFE10, 0xFE1F), (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
)  # fmt: skip
"""What the copy covers: Latin, Greek, Cyrillic, punctuation, currency, letterlike signs,
arrows, mathematical operators, enclosed numbers, CJK symbols and ideographs, full-width forms."""
FEATURES = (
    "ccmp",
    "kern",
    "liga",
    "calt",
    "clig",
    "rlig",
    "mark",
    "mkmk",
    "pwid",
    "fwid",
    "hwid",
    "palt",
    "halt",
    "locl",
)
"""Layout features kept: what horizontal text and the templates' font variants use, not
vertical text; ``locl`` with Simplified Chinese's forms only (``_simplified_forms_only``)."""
CONFIG = "fonts.conf"


def folder() -> Path:
    """Where the copy lives: beside the installation's Python (a virtual environment's own)."""
    return Path(sys.prefix) / "share" / "callbrief" / "fonts"


def file_name(style: str) -> str:
    return f"{FAMILY.replace(' ', '')}-{style}.otf"


def use(where: Path | None = None) -> bool:
    """Let typesetting in this process find the copy (before the first document is typeset);
    False when there is none, or the user chose the fonts (``FONTCONFIG_FILE`` or
    ``FONTCONFIG_PATH``)."""
    config = (where or folder()) / CONFIG
    chosen = os.environ.get("FONTCONFIG_FILE") not in (None, str(config))
    if chosen or "FONTCONFIG_PATH" in os.environ or not config.is_file():
        return False
    os.environ["FONTCONFIG_FILE"] = str(config)
    return True


def make(
    target: Path | None = None,
    sources: Sequence[Path] = SOURCE_FOLDERS,
    ranges: Sequence[tuple[int, int]] = RANGES,
) -> list[Path]:
    """Make the copy of each style found (both at once, one process each) and its fontconfig
    file; returns the fonts written. Nothing is written without a Regular to copy."""
    target = target or folder()
    found = {style: _source(style, sources) for style in STYLES}
    system = _system_config(not_this=target / CONFIG)
    if found["Regular"] is None or system is None:
        return []
    target.mkdir(parents=True, exist_ok=True)
    jobs = [(style, face, target / file_name(style), ranges)
            for style, face in found.items() if face]  # fmt: skip
    with ProcessPoolExecutor(len(jobs)) as pool:
        written = list(pool.map(_copy, *zip(*jobs, strict=True)))
    _write_config(target, system)
    return written


def _source(style: str, folders: Iterable[Path]) -> tuple[Path, int] | None:
    """The system font file and face of Noto Sans CJK SC in ``style``."""
    from fontTools.ttLib import TTCollection, TTFont

    for root in folders:
        for path in sorted(root.rglob("*")) if root.is_dir() else []:
            lowered = path.name.lower()
            if (style.lower() not in lowered or path.suffix.lower() not in (".ttc", ".otf")
                    or not lowered.startswith(("notosanscjk", "notosanssc"))):  # fmt: skip
                continue
            try:
                faces = (TTCollection(str(path), lazy=True).fonts if path.suffix.lower() == ".ttc"
                         else [TTFont(str(path), lazy=True)])  # fmt: skip
                for index, face in enumerate(faces):
                    if face["name"].getDebugName(1) in SOURCE_FAMILIES and "CFF " in face:
                        return path, index
            except Exception:  # a font fontTools cannot read is not the one
                continue
    return None


def _copy(
    style: str, source: tuple[Path, int], target: Path, ranges: Sequence[tuple[int, int]]
) -> Path:
    """Subset, renumber and rename one style; written to a temporary file, then renamed."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    path, index = source
    font = TTFont(str(path), fontNumber=index)
    _simplified_forms_only(font)
    cmap = font.getBestCmap()
    options = subset.Options(
        retain_gids=False, ignore_missing_glyphs=True, notdef_outline=True, hinting=False,
        desubroutinize=True, layout_features=list(FEATURES), name_IDs=["*"], name_languages=["*"],
    )  # fmt: skip
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[u for a, b in ranges for u in range(a, b + 1)
                                  if u in cmap])  # fmt: skip
    subsetter.subset(font)
    packed = io.BytesIO()
    font.save(packed)
    packed.seek(0)
    font = TTFont(packed)  # read again: only the CFF table is unpacked, the others keep numbers
    _number_cids(font)
    _rename(font, style)
    partial = target.parent.parent / f"{target.name}.partial"  # not in the folder fontconfig reads
    font.save(str(partial))
    os.replace(partial, target)
    return target


def _simplified_forms_only(font: Any) -> None:
    """Forget the forms the font has for other languages (Japanese, Korean, Traditional
    Chinese: 17,000 glyphs reached through ``locl``), keeping the default and Simplified
    Chinese ones, which is how the briefing's text (``zh-Hans``, ``en``) is set."""
    for tag in ("GSUB", "GPOS"):
        if tag in font:
            for record in font[tag].table.ScriptList.ScriptRecord:
                script = record.Script
                script.LangSysRecord = [r for r in script.LangSysRecord if r.LangSysTag == "ZHS "]
                script.LangSysCount = len(script.LangSysRecord)


def _number_cids(font: Any) -> None:
    """Make each glyph's CID its glyph number (the CFF charset maps one to the other)."""
    top = font["CFF "].cff.topDictIndex[0]
    order = font.getGlyphOrder()
    new = [".notdef", *(f"cid{n:05d}" for n in range(1, len(order)))]
    renamed = dict(zip(order, new, strict=True))
    strings = top.CharStrings
    strings.charStrings = {renamed[k]: v for k, v in strings.charStrings.items()}
    top.charset = [renamed[n] for n in top.charset]
    font.setGlyphOrder(new)


def _rename(font: Any, style: str) -> None:
    """The copy's own family name, in every language the names are given in."""
    name = font["name"]
    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    said = {1: FAMILY, 2: style, 3: f"{postscript} (subset of Noto Sans CJK SC)",
            4: f"{FAMILY} {style}", 6: postscript, 16: FAMILY, 17: style}  # fmt: skip
    name.names = [r for r in name.names if r.nameID not in said]
    for name_id, text in said.items():
        name.setName(text, name_id, 3, 1, 0x409)
    top = font["CFF "].cff.topDictIndex[0]
    font["CFF "].cff.fontNames = [postscript]
    for key, value in (("FullName", f"{FAMILY} {style}"), ("FamilyName", FAMILY)):
        if hasattr(top, key):
            setattr(top, key, value)


def _system_config(not_this: Path) -> Path | None:
    """The fontconfig file this machine uses by default, which the copy's file includes
    (never the copy's own file)."""
    named, where = os.environ.get("FONTCONFIG_FILE"), os.environ.get("FONTCONFIG_PATH")
    for candidate in (
        Path(named) if named else None,
        Path(where) / "fonts.conf" if where else None,
        Path("/etc/fonts/fonts.conf"),
        Path("/usr/local/etc/fonts/fonts.conf"),
    ):  # fmt: skip
        if candidate is not None and candidate.is_file() and candidate != not_this:
            return candidate
    return None


def _write_config(target: Path, system: Path) -> None:
    """A fontconfig file that adds the copy's folder to the system's fonts; its cache is kept
    beside it."""
    from xml.sax.saxutils import escape

    text = (
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        "<fontconfig>\n"
        f"  <dir>{escape(str(target))}</dir>\n"
        f"  <cachedir>{escape(str(target / 'cache'))}</cachedir>\n"
        f'  <include ignore_missing="yes">{escape(str(system))}</include>\n'
        "</fontconfig>\n"
    )
    (target / CONFIG).write_text(text, encoding="utf-8")


def main() -> None:
    """Make the copy for this installation and say what was made. A failure is a warning:
    set-up goes on, and the PDFs embed the full font."""
    try:
        made = make()
    except Exception as e:
        print(f"callbrief: warning: the compact CJK font was not made ({e})", file=sys.stderr)
        return
    if made:
        print("callbrief: compact CJK font: " + ", ".join(str(p) for p in made))
    else:
        print("callbrief: no Noto Sans CJK SC on this machine: PDFs embed the full font")


if __name__ == "__main__":
    main()
