"""The English language pack: how an English call states figures, periods and guidance.

Its parts: ``text`` (sentences, clauses), ``amounts`` and ``numbers`` (recognisers, number
words), ``periods`` (period phrases, calendar or fiscal quarters), ``cues`` (the chain of cue
rules, several of which read cues placed after the figure), ``clauses``, ``quotes``,
``questions`` and ``guidance`` (clause, quote, question and guidance cues), ``measures.toml``
(measures in English with their Chinese names), ``wording`` (English output), ``words.toml``.
The Chinese pack composes some of its words and amounts (English in Chinese transcripts).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from callbrief.lang import LanguagePack


def __getattr__(name: str) -> Any:
    # ``PACK`` is made on first use, so that importing one module of the pack (its wording,
    # for output; its words, for the Chinese pack) does not load the reading engine.
    if name == "PACK":
        return _pack()
    raise AttributeError(name)


@cache
def _pack() -> LanguagePack:
    from callbrief.lang import LanguagePack, QuestionCues
    from callbrief.lang.en import questions, text
    from callbrief.lang.en.amounts import find_amounts
    from callbrief.lang.en.clauses import CLAUSE_CUES
    from callbrief.lang.en.cues import CUES, qualitative
    from callbrief.lang.en.guidance import guidance
    from callbrief.lang.en.periods import CHANGE_WORD, EnglishPeriodReader
    from callbrief.lang.en.quotes import QUOTE_CUES

    return LanguagePack(
        code="en",
        sentences=text.sentences,
        clauses=text.clauses,
        find_amounts=find_amounts,
        period_reader=EnglishPeriodReader,
        change_word=CHANGE_WORD,
        cues=CUES,
        qualitative=qualitative,
        adverbs=(" significantly", " substantially", " markedly"),
        clause_cues=CLAUSE_CUES,
        quote_cues=QUOTE_CUES,
        question_cues=QuestionCues.of(
            (questions.ASKING, questions.GREETINGS, questions.QUESTION_MARKS)
        ),
        business_suffix=r"(?:\s+(?:segment|business|division|unit|group|platform))?",
        title_joiner=" and ",
        vocabulary="callbrief.lang.en",
        guidance=guidance,
        year_ago_is_prior=True,
        # "Tianmu Holdings Limited" is said "Tianmu Holdings" and "Tianmu" (Tianmu Group's...)
        legal_ends=(
            ", Inc.",
            " Inc.",
            " Inc",
            " Incorporated",
            " Corporation",
            " Corp.",
            " Corp",
            " Limited",
            " Ltd.",
            " Ltd",
            " plc",
            " PLC",
            " Co.",
            " Company",
            " Holdings",
            " Group",
            " N.V.",
            " S.A.",
            " AG",
            " SE",
            ",",
        ),
    )
