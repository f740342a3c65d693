"""Full-width folding (cjk.fold_width) looks up only the characters it folds: the same text as
translating every character with the width table."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from callbrief.cjk import _WIDTH, fold_width

_TABLE = str.maketrans(_WIDTH)
_SAMPLE = "".join(chr(c) for c in _WIDTH) + "0123456789.,，．中文ab \n"


def _by_table(text: str) -> str:
    text = text.translate(_TABLE)
    text = re.sub(r"(?<=\d)．(?=\d)", ".", text)
    return re.sub(r"(?<=\d)，(?=\d{3}(?!\d))", ",", text)


@given(st.text(alphabet=st.sampled_from(_SAMPLE)) | st.text())
def test_folding_is_the_width_table_applied_to_every_character(text: str) -> None:
    assert fold_width(text) == _by_table(text)


def test_examples() -> None:
    assert fold_width("收入１，２０４亿元（同比增长５．５％）") == "收入1,204亿元(同比增长5.5%)"
    assert fold_width("\ufeff甲公司\u200b\u3000首席执行官") == "甲公司 首席执行官"
