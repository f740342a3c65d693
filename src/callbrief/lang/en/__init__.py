"""The English language pack.

So far it holds the English words and amounts that Chinese transcripts also use (composed
into the Chinese pack) and the English wording of output. An English text is still read with
the Chinese pack's rules, as before packs existed, until the English pack reads English
figures itself (English calls are their own issue).
"""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from callbrief.lang import LanguagePack


def __getattr__(name: str) -> Any:
    # ``PACK`` is made on first use: the Chinese pack imports this package's modules.
    if name == "PACK":
        return _pack()
    raise AttributeError(name)


@cache
def _pack() -> LanguagePack:
    from callbrief.lang import pack_for

    return dataclasses.replace(pack_for("zh"), code="en")
