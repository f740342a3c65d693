"""Language packs: everything that depends on the language a call is held in.

One package per language (``zh``, ``en``), each exposing ``PACK``, a ``LanguagePack``. The
engine in ``analyze/`` is language-neutral: it asks the pack chosen from ``Source.language``
to split sentences and clauses, find amounts and period phrases, and read each amount's role
through the pack's ordered chain of cue rules (``lang/rules.py``). Output wording for both
languages is in each pack's ``wording.py``, used through ``callbrief.formatting``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import import_module
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from callbrief.amounts import AmountMatch
    from callbrief.analyze.facts import CueRule
    from callbrief.analyze.periods import PeriodMark
    from callbrief.lang.rules import Ruler
    from callbrief.model.values import FiscalYear, Unit


class PeriodReader(Protocol):
    """Finds the period phrases of a sentence (dated from the call's quarter)."""

    def marks(self, sentence: str) -> list[PeriodMark]: ...


@dataclass(frozen=True, slots=True)
class ClauseCues:
    """Patterns that tell what a clause does beside stating amounts."""

    explanatory: re.Pattern[str]
    """A clause explaining a figure (主要是由于…): it names businesses only in passing."""
    basis: re.Pattern[str]
    """A stated basis that makes a figure a different one (若不考虑…的影响)."""
    continuation: re.Pattern[str]
    """A clause that goes on about the previous clause's measure (同比增长…, 达到…)."""
    respectively: re.Pattern[str]
    """分别: the n-th amount belongs to the n-th business named."""
    joined: re.Pattern[str]
    """What joins amounts of several businesses (和, 与, 、)."""
    flat: re.Pattern[str]
    """A stated change of zero (同比持平)."""
    sub_part: re.Pattern[str]
    """A sentence about a part of the business just named (其中…)."""
    coordinator: re.Pattern[str]
    """What joins business names (出行及本地服务集团)."""
    comparison: re.Pattern[str] | None = None
    """A clause that states what the figures before it compare with (``compared to a net loss
    of $12.4 million``, ``去年同期净亏损为…``): its amounts are prior values, and so are those of
    the clauses that go on about it (``or $0.10 per share``)."""
    comparison_goes_on: re.Pattern[str] | None = None
    """The break before a clause that still belongs to a comparison (Chinese: a comma, as in
    ``去年同期为净利 72.6 亿元，每股盈余 3.05 元``; a semicolon ends it)."""
    restated: re.Pattern[str] | None = None
    """A clause that says the clause before's figure again per share (``, or $0.38 per diluted
    share``): a loss stays a loss."""
    unknown_after: re.Pattern[str] | None = None
    """What, right after a measure, names its owner (``revenue in Europe``): matched where the
    measure ends."""
    transition: re.Pattern[str] | None = None
    """What opens a paragraph on another topic (``Turning to margins``, ``接下来``): the business
    the paragraph before was about is not carried into it."""
    group_level: re.Pattern[str] | None = None
    """Words that state a figure of the whole company (``GAAP``, ``total``, ``consolidated``):
    a sentence with them and no business of its own is the group's, not an earlier one's."""
    unknown_owner: re.Pattern[str] | None = None
    """What, right before a measure, names an owner no glossary knows (``QMX 收入``, ``XYZ 的
    经调整 EBITA``): the figure is its, not the business an earlier sentence named."""
    unknown_business: re.Pattern[str] | None = None
    """A business's name no glossary knows, in a clause before a figure with no name of its
    own (``我们的硬件业务增长强劲，收入增长…``): that figure is unattributed."""
    unknown_lead: re.Pattern[str] | None = None
    """What, opening a clause that names no business, names an owner before its measure
    (``客户服务收入…``): the same, for words that may also follow a business's name."""
    described: re.Pattern[str] | None = None
    """A counted group described by an amount (``customers contributing more than $100,000
    in ARR``): its measure words and amount describe the group, whose figures are some
    customers' (unattributed), never the company's ARR. Its group ``noun`` is the counted
    group's own word (``customers``), which stays a measure."""


@dataclass(frozen=True, slots=True)
class QuoteCues:
    """Patterns that choose a call's quotable sentences."""

    boilerplate: re.Pattern[str]
    small_talk: re.Pattern[str]
    conviction: re.Pattern[str]
    leans_back: re.Pattern[str]
    """A sentence that leans on the one before (所以…, 但同时…)."""


@dataclass(frozen=True, slots=True)
class QuestionCues:
    """Patterns that find what an analyst asked."""

    asking: re.Pattern[str]
    """A sentence that asks something (请问, could you, a question mark)."""
    greeting: re.Pattern[str]
    """A sentence that opens a turn but is not the question (谢谢, I have two questions)."""
    marks: tuple[str, ...]
    """What a question ends with."""

    @classmethod
    def of(cls, *packs: tuple[Sequence[str], Sequence[str], Sequence[str]]) -> QuestionCues:
        """Cues from the (asking, greetings, marks) word lists of packs, tried in order."""
        asking = [w for p in packs for w in p[0]]
        greetings = [w for p in packs for w in p[1]]
        return cls(
            re.compile("|".join(asking), re.I),
            re.compile("^(?:" + "|".join(greetings) + ")", re.I),
            tuple(m for p in packs for m in p[2]),
        )


@dataclass(frozen=True, slots=True)
class LanguagePack:
    """What the engine needs to read figures and quotes from a call in one language."""

    code: str
    sentences: Callable[[str], list[str]]
    clauses: Callable[[str], list[tuple[int, str]]]
    """(offset, text) of each clause of a sentence."""
    find_amounts: Callable[[str], list[AmountMatch]]
    period_reader: Callable[[date | None, FiscalYear | None, date | None], PeriodReader]
    """A reader for a call whose quarter ends on the first date (fiscal-year end, call date)."""
    change_word: re.Pattern[str]
    """Words of change that keep a comparison phrase from dating a figure (较上季度增长)."""
    cues: Ruler[CueRule]
    """The ordered chain that gives each amount its role."""
    qualitative: Callable[[str, Mapping[str, str]], list[tuple[int, str, str, bool]]]
    """(position, words, English, is_loss) of each statement of magnitude in words."""
    adverbs: Sequence[str]
    """English adverbs a qualitative statement may end with (``loss narrowed significantly``)."""
    clause_cues: ClauseCues
    quote_cues: QuoteCues
    question_cues: QuestionCues
    business_suffix: str
    """A pattern for the generic word a business's short name may carry (集团, 业务...)."""
    title_joiner: str
    """What joins two roles in one job title (首席执行官兼董事, 发言人暨投资人关系处长), a
    regular expression."""
    group_words: tuple[str, ...] = ()
    """Words that name the whole company in any call (集团, 合并: 合并收入 is the group's),
    when no glossary names its company; a business named in full (星云电商集团) still wins."""
    legal_ends: tuple[str, ...] = ()
    """What a company's registered name may end with that its people's titles leave out
    (有限公司), longest first."""
    role_names: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """Speakers named by a role rather than a name (网络投资者, an online investor), in English."""
    vocabulary: str | None = None
    """A package whose ``measures.toml`` and ``words.toml`` (topics, magnitudes) name measures
    in this language; None: the general terms' (written for Chinese calls)."""
    guidance: Callable[[str], str | None] | None = None
    """``raised``, ``lowered``, ``reaffirmed`` or ``new`` when a text gives guidance."""
    yuan_currency: Callable[[str], Unit | None] | None = None
    """The currency a bare ``元`` is in, read from a call's words (New Taiwan dollars in a call
    that names them and never the renminbi); None: the renminbi."""
    year_ago_is_prior: bool = False
    """Whether a result dated to the quarter a year before the call's is this quarter's prior
    value (``compared to $0.71 in the third quarter last year``)."""


_PACKS = {"zh": "callbrief.lang.zh", "en": "callbrief.lang.en"}


def pack_for(language: str) -> LanguagePack:
    """The pack for a language code (``zh``, ``en``); KeyError for a language without one."""
    pack: LanguagePack = import_module(_PACKS[language]).PACK
    return pack
