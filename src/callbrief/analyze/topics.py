"""Topics of a passage, by glossary keywords."""

from __future__ import annotations

import re

from callbrief.analyze.glossary import Glossary


def topics_of(text: str, glossary: Glossary, limit: int = 3) -> tuple[str, ...]:
    """Keys of the topics a passage touches most, at most ``limit``, strongest first."""
    folded = text.lower()

    def count(keyword: str) -> int:
        if glossary.language == "zh":  # Chinese has no spaces: a keyword is found anywhere
            return folded.count(keyword.lower())
        # English: "AI" is not in "remain"; a keyword's stem (profitab) may go on
        return len(re.findall(rf"\b{re.escape(keyword.lower())}", folded))

    scored = [
        (sum(count(k) for k in topic.keywords), n, topic.key)
        for n, topic in enumerate(glossary.topics)
    ]
    ranked = sorted((s for s in scored if s[0] > 0), key=lambda s: (-s[0], s[1]))
    return tuple(key for _, _, key in ranked[:limit])
