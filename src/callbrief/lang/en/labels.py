"""Fixed English wording that is not a template label (those are in ``labels.toml``)."""

from __future__ import annotations

DISCLAIMER = "Disclaimer"
"""The example per-language disclaimer ``init-audience`` writes."""
