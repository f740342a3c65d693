"""Chinese text of the parallel bilingual layout: its made-up example, for ``callbrief layouts``.

A parallel transcript needs no Chinese words to be read (a paragraph's language is told by its
script); the label words it shares with news write-ups are in ``callbrief.lang.zh.media``.
"""

from __future__ import annotations

SAMPLE_PAIR = ("[00:00:31] Jane Doe, Chief Financial Officer", "Thank you.", "谢谢。")
"""A made-up name line, a paragraph and its translation."""
