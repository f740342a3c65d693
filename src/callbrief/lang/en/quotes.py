"""English words that choose quotable sentences.

``BOILERPLATE``, ``CONVICTION`` and ``LEANS_BACK`` are the alternatives the Chinese pack also
composes (English words in a Chinese transcript); ``QUOTE_CUES`` are the English pack's own.
"""

from __future__ import annotations

import re

from callbrief.lang import QuoteCues

BOILERPLATE = r"forward-looking|safe harbor"
CONVICTION = r"we believe|we expect|we will"
LEANS_BACK = r"so\b|but\b"

QUOTE_CUES = QuoteCues(
    boilerplate=re.compile(
        BOILERPLATE + r"|non-GAAP financial measures|reconciliation|webcast|replay|press release|"
        r"risk factors|cautionary|Form 10-[KQ]|SEC filings|investor relations website|"
        r"actual results (?:could|may) differ",
        re.IGNORECASE,
    ),
    small_talk=re.compile(
        r"^(?:thank|thanks|good (?:morning|afternoon|evening|day)|hi\b|hello|sure|yes|yeah|okay|"
        r"ok\b|great|got it|operator|next question|with that|let me|I'll (?:now )?(?:turn|hand)|"
        r"I will (?:now )?(?:turn|hand)|now I|before I|I'd like to|and now|moving on)",
        re.IGNORECASE,
    ),
    conviction=re.compile(
        CONVICTION + r"|we are confident|we remain|we continue to|our strategy|we see|"
        r"I'm confident|I believe|we're confident|we are well positioned|we're well positioned",
        re.IGNORECASE,
    ),
    leans_back=re.compile(
        rf"^(?:{LEANS_BACK}|and\b|also\b|however\b|that said|in addition|additionally|"
        r"as a result|therefore|this\b|that\b|these\b|it\b)",
        re.IGNORECASE,
    ),
)
