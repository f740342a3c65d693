"""Topics of a passage, by glossary keywords."""

from __future__ import annotations

from callbrief.analyze.glossary import Glossary


def topics_of(text: str, glossary: Glossary, limit: int = 3) -> tuple[str, ...]:
    """Keys of the topics a passage touches most, at most ``limit``, strongest first."""
    folded = text.lower()
    scored = [
        (sum(folded.count(k.lower()) for k in topic.keywords), n, topic.key)
        for n, topic in enumerate(glossary.topics)
    ]
    ranked = sorted((s for s in scored if s[0] > 0), key=lambda s: (-s[0], s[1]))
    return tuple(key for _, _, key in ranked[:limit])
