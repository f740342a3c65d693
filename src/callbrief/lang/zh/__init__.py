"""The Chinese language pack: how a Chinese call states figures, periods and quotes.

Its parts: ``text`` (sentences, clauses), ``amounts`` (recognisers), ``periods`` (period
phrases), ``cues`` (the chain of cue rules), ``clauses`` and ``quotes`` (clause and quote cues),
``wording`` (Chinese output), ``words.toml`` (word lists). It also reads the English amounts a
Chinese transcript writes (``RMB123.4 billion``), composing the English pack's recognisers.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from callbrief.lang import LanguagePack


def __getattr__(name: str) -> Any:
    # ``PACK`` is made on first use, so that importing one module of the pack (its wording,
    # for output) does not load the reading engine.
    if name == "PACK":
        return _pack()
    raise AttributeError(name)


@cache
def _pack() -> LanguagePack:
    from callbrief.lang import LanguagePack, QuestionCues
    from callbrief.lang.en import questions as en_questions
    from callbrief.lang.words import words
    from callbrief.lang.zh import questions, text
    from callbrief.lang.zh.amounts import find_amounts, yuan_currency
    from callbrief.lang.zh.clauses import CLAUSE_CUES
    from callbrief.lang.zh.cues import ADVERBS, CUES, qualitative
    from callbrief.lang.zh.guidance import guidance
    from callbrief.lang.zh.periods import CHANGE_WORD, ChinesePeriodReader
    from callbrief.lang.zh.quotes import QUOTE_CUES

    return LanguagePack(
        code="zh",
        sentences=text.sentences,
        clauses=text.clauses,
        find_amounts=find_amounts,
        period_reader=ChinesePeriodReader,
        change_word=CHANGE_WORD,
        cues=CUES,
        qualitative=qualitative,
        adverbs=tuple(ADVERBS.values()),
        clause_cues=CLAUSE_CUES,
        quote_cues=QUOTE_CUES,
        question_cues=QuestionCues.of(
            (questions.ASKING, questions.GREETINGS, questions.QUESTION_MARKS),
            (en_questions.ASKING, en_questions.GREETINGS, en_questions.QUESTION_MARKS),
        ),
        business_suffix=r"(?:\s*(?:集团|业务|板块|分部))?",
        guidance=guidance,
        yuan_currency=yuan_currency,
        title_joiner="兼|暨",
        group_words=("集团", "合并", "公司"),
        legal_ends=("股份有限公司", "集团有限公司", "有限责任公司", "有限公司"),
        role_names=words("callbrief.lang.zh")["role_names"],
    )
