"""Defaults the command line shows before anything else is loaded (kept import-free, so that
``callbrief build`` can start its PDF worker as early as possible)."""

from __future__ import annotations

DEFAULT_AUDIENCE = "analyst"
LANGUAGE_ORDERS = {"zh,en": ("zh", "en"), "en,zh": ("en", "zh"), "zh": ("zh",), "en": ("en",)}
"""``--lang`` values and the language order each means."""
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
"""Inputs larger than this are refused unless ``--max-size`` says otherwise."""
