"""English transcripts saved in Windows-1252 or Latin-1 are decoded as such (``José``, not
cp775's ``Josķ``), and Chinese double-byte encodings are not taken for them."""

from __future__ import annotations

import pytest

from callbrief.ingest.encoding import decode

LATIN = (
    "Operator: Welcome to the Corvale Systems call. José Núñez, our chief financial officer, "
    "and Françoise Müller will speak. Revenue was €1.2 billion – up 9% – and “bookings” grew. "
) * 5


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_western_text(codec: str) -> None:
    text = LATIN if codec == "cp1252" else LATIN.replace("€", "EUR ").replace("–", "-")
    text = text.replace("“", '"').replace("”", '"') if codec == "latin-1" else text
    decoded, used = decode(text.encode(codec))
    assert decoded == text and "José Núñez" in decoded
    assert used in ("cp1252", "latin-1")


@pytest.mark.parametrize("codec", ["gb18030", "big5"])
def test_chinese_double_byte_is_not_western(codec: str) -> None:
    text = "星云科技集团本季度收入为人民币 512.3 亿元，同比增长 12%。管理层发言：谢谢大家。" * 20
    if codec == "big5":
        text = (
            "星雲科技集團本季度收入為人民幣 512.3 億元，同比增長 12%。管理層發言：謝謝大家。" * 20
        )
    decoded, used = decode(text.encode(codec))
    assert decoded == text and used not in ("cp1252", "latin-1")


@pytest.mark.parametrize("codec", ["big5", "gb18030"])
def test_an_english_call_with_chinese_names_keeps_them(codec: str) -> None:
    text = (
        "Operator: Welcome. Our CEO Lin Haoran (林浩然) and CFO Zhou Min (周敏) will speak. "
        "Revenue grew. "
    ) * 5
    decoded, used = decode(text.encode(codec))
    assert decoded == text and used not in ("cp1252", "latin-1")
