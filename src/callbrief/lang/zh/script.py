"""Telling Traditional from Simplified Chinese cheaply, before loading a converter: common
characters written only in Traditional text, and their forms written only in Simplified text."""

from __future__ import annotations

TRADITIONAL_ONLY = frozenset(
    "們這個說會對為爲來時國發學經營業務與產資財報問題謝議級種實現進價幣億萬華區雲團話譯紹長體總"
)
SIMPLIFIED_ONLY = frozenset(
    "们这个说会对为来时国发学经营业务与产资财报问题谢议级种实现进价币亿万华区云团话译绍长体总"
)
