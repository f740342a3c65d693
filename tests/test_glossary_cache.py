"""Glossaries kept within a process: the same files give the same glossary, an edited
user's file is read again, and a kept glossary cannot be changed by one call's reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from callbrief.analyze.glossary import GlossaryError, load_glossary

_FILE = """
[company]
zh = "星河科技"
en = "Xinghe Technology"

[[segments]]
key = "cloud"
zh = "星河云"
en = "Xinghe Cloud"
"""


def test_the_same_files_give_the_same_glossary(tmp_path: Path) -> None:
    path = tmp_path / "xinghe.toml"
    path.write_text(_FILE, encoding="utf-8")
    first = load_glossary("星河科技", [path])
    assert load_glossary("星河科技", [path]) is first
    assert load_glossary("星河科技", [path], language="en") is not first


def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "xinghe.toml"
    path.write_text(_FILE, encoding="utf-8")
    assert [e.en for e in load_glossary("星河科技", [path]).entities][1] == "Xinghe Cloud"
    path.write_text(_FILE.replace("Xinghe Cloud", "Xinghe Cloud Group"), encoding="utf-8")
    assert [e.en for e in load_glossary("星河科技", [path]).entities][1] == "Xinghe Cloud Group"
    path.write_text("[company\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="not a valid TOML"):
        load_glossary("星河科技", [path])
    path.unlink()
    with pytest.raises(GlossaryError, match="not found"):
        load_glossary("星河科技", [path])


def test_a_kept_glossary_is_read_only() -> None:
    glossary = load_glossary("")
    with pytest.raises(TypeError):
        glossary.firms["Made-up Securities"] = "虚构证券"
    assert "Made-up Securities" not in load_glossary("").firms
