"""English page furniture: page numbers and copyright lines (regular-expression alternatives).

Patterns match a whole normalised line; ``callbrief.lang.zh.furniture`` holds the Chinese ones.
"""

from __future__ import annotations

PAGE_NUMBERS = (
    r"(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?",
    r"[-–—]\s*\d{1,4}\s*[-–—]",
    r"\d{1,4}\s*(?:/|of)\s*\d{1,4}",
)
"""``Page 3 of 12``, ``Page 3``, ``- 3 -``, ``3 / 12``, ``3 of 12``."""

COPYRIGHT = (r"©", r"\(c\)\s*(?:19|20)\d\d", r"copyright\b", r"all rights reserved")
"""Marks that make a short line a copyright notice: ``© 2025 Example Corp.``."""
