"""Fixed Chinese wording that is not a template label (those are in ``labels.toml``)."""

from __future__ import annotations

DISCLAIMER = "免责声明"
"""The example per-language disclaimer ``init-audience`` writes."""
