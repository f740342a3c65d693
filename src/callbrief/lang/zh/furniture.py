"""Chinese page furniture: page numbers and copyright lines (regular-expression alternatives).

The ingest stage removes them before parsing; it composes these with
``callbrief.lang.en.furniture`` (Chinese first). Patterns match a whole normalised line.
"""

from __future__ import annotations

PAGE_NUMBERS = (
    r"第\s*\d{1,4}\s*页\s*[/,，、]?\s*(?:共\s*\d{1,4}\s*页)?",
    r"共\s*\d{1,4}\s*页\s*[/,，、]?\s*第\s*\d{1,4}\s*页",
    r"\d{1,4}\s*/\s*共\s*\d{1,4}\s*页",
)
"""``第 3 页 共 12 页``, ``第3页/共12页``, ``共 12 页 第 3 页``, ``3 / 共 12 页``."""

COPYRIGHT = ("版权所有", "版权归.{1,30}所有", "保留所有权利", "未经.{0,20}许可.{0,10}不得")
"""Words that make a short line a copyright notice: ``© 2025 某某集团 版权所有``."""
