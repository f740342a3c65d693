"""Chinese quote cues (with the English words a Chinese transcript also holds)."""

from __future__ import annotations

import re

from callbrief.lang import QuoteCues
from callbrief.lang.en import quotes as en

QUOTE_CUES = QuoteCues(
    boilerplate=re.compile(
        r"前瞻性陈述|安全港|风险和不确定|非公认会计准则财务指标|网络直播|免责声明|新闻稿|录音|"
        + en.BOILERPLATE,
        re.IGNORECASE,
    ),
    # Greetings, hand-overs and explanations of a figure ("这主要归因于…") are not quotes.
    small_talk=re.compile(
        r"^(?:谢谢|感谢|大家好|各位好|好的|晚上好|我来回答|我先回答|我补充|下面|现在|这主要|主要是|这是由于)"
    ),
    conviction=re.compile(
        r"我们相信|我们认为|我们判断|我们预期|我们会|我们将|我们希望|我们仍将|我们对|我觉得|我们的策略|"
        + en.CONVICTION,
        re.IGNORECASE,
    ),
    # A sentence that leans on the one before ("所以…", "但同时…") reads oddly on its own.
    leans_back=re.compile(
        rf"^(?:所以|因此|但是?|但同时|同时|实际上|而且|此外|另外|另一方面|不过|这也|{en.LEANS_BACK})",
        re.I,
    ),
)
