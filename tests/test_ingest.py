"""Ingest: encodings, normalisation, and refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from callbrief.errors import InputError
from callbrief.ingest import as_written, decode, normalise, read_source

BIG5_TEXT = "各位好，歡迎參加本公司第三季業績電話會議。我們的營收為新台幣 120 億元，年增 8%。" * 4
GB_TEXT = (
    "各位好，欢迎参加本公司第三季度业绩电话会议。我们的收入为人民币 120 亿元，同比增长 8%。" * 4
)


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (GB_TEXT.encode("utf-8"), "utf-8"),
        (GB_TEXT.encode("utf-8-sig"), "utf-8-sig"),
        (GB_TEXT.encode("utf-16"), "utf-16"),
        (GB_TEXT.encode("utf-16-le"), "utf_16_le"),
        (GB_TEXT.encode("utf-16-be"), "utf_16_be"),
        (GB_TEXT.encode("gb18030"), "gb18030"),
        (BIG5_TEXT.encode("big5"), "big5"),
    ],
)
def test_decode_detects_encodings(raw: bytes, encoding: str) -> None:
    text, found = decode(raw)
    assert found == encoding
    assert text.lstrip("\ufeff") in (GB_TEXT, BIG5_TEXT)


def test_normalise_width_line_endings_and_spaces() -> None:
    raw = (
        "王磊（中信证券）：\r\n\r\n"
        "收入为人民币　２，３６５ 亿元，增长 １２％，Ａｂｃ １．５\r    尾部  空格   \n"
    )
    want = "王磊(中信证券):\n\n收入为人民币 2,365 亿元，增长 12%，Abc 1.5\n尾部 空格\n"
    assert normalise(raw) == want


def test_normalise_keeps_chinese_commas_and_superscripts() -> None:
    assert normalise("约占 3%¹。甲，乙。") == "约占 3%¹。甲，乙。\n"


def _error(tmp_path: Path, name: str, content: bytes | None, **kw: int) -> str:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_source(str(path), **kw)
    message = info.value.one_line()
    assert "\n" not in message and str(path) in message
    return message


def test_refuses_missing_file(tmp_path: Path) -> None:
    assert "no such file" in _error(tmp_path, "absent.txt", None)


def test_refuses_directory(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    assert "directory" in _error(tmp_path, "d", None)


def test_refuses_empty_and_blank(tmp_path: Path) -> None:
    assert "empty" in _error(tmp_path, "e.txt", b"")
    assert "blank" in _error(tmp_path, "b.txt", b"  \n\r\n\t \n")
    assert "blank" in _error(tmp_path, "w.txt", "\u3000\u3000\n".encode())


def test_refuses_binary(tmp_path: Path) -> None:
    assert "binary" in _error(tmp_path, "x.bin", bytes(range(256)) * 64)
    assert "binary" in _error(tmp_path, "z.bin", b"PK\x03\x04" + b"\x00\x01\x02" * 500)


def test_refuses_oversize_and_limit_can_be_raised(tmp_path: Path) -> None:
    content = ("甲乙丙丁。\n" * 1000).encode()
    message = _error(tmp_path, "big.txt", content, max_bytes=1000)
    assert "size limit" in message and "--max-size" in message
    assert read_source(str(tmp_path / "big.txt"), max_bytes=len(content)).content


def test_as_written_gives_a_sentence_back_as_the_file_writes_it() -> None:
    original = "主持人：大家好。\n收入为人民币　３，５２１ 亿元（约合 502 亿美元）。下一句。\n"
    content = normalise(original)
    sentence = "收入为人民币 3,521 亿元(约合 502 亿美元)。"
    assert sentence in content
    assert as_written(original, sentence) == "收入为人民币　３，５２１ 亿元（约合 502 亿美元）。"
    assert as_written(original, "没有这句话。") == "没有这句话。"  # not found: as given
    assert as_written("", sentence) == sentence


def test_normalise_keeps_the_tabs_of_a_table_only() -> None:
    table = "Title line\nSpeaker\tTitle\tText\nJane  Doe\tCFO\t Thanks. \n\t\tMore.\nJohn\t\tHi\t\n"
    assert normalise(table) == (
        "Title line\nSpeaker\tTitle\tText\nJane Doe\tCFO\tThanks.\n\t\tMore.\nJohn\t\tHi\n"
    )
    prose = "a\tb\nplain line\nanother line\nx\ty\n"  # two rows of four lines: not a table
    assert normalise(prose) == "a b\nplain line\nanother line\nx y\n"
