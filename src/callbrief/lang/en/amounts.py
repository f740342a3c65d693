"""English amounts: ``RMB123.4 billion``, ``US$1.2 billion``, ``HK$46 million``."""

from __future__ import annotations

import re
from decimal import Decimal

from callbrief.amounts import NUMBER, Recogniser
from callbrief.lang.words import scales, units
from callbrief.model.values import Amount, exact

UNITS = units("callbrief.lang.en")
SCALES = scales("callbrief.lang.en")
LOSS = r"a loss of|loss of"
"""Words before an amount that state it as a loss."""

_CURRENCY_AMOUNT = re.compile(
    rf"(?<![A-Za-z0-9.,])(?P<cur>RMB|US\$|HK\$)\s?(?P<num>{NUMBER})\s?"
    rf"(?P<scale>trillion|billion|million|thousand|bn|mn|m|k)?\b",
    re.IGNORECASE,
)


def _currency_amount(m: re.Match[str]) -> Amount | None:
    unit = UNITS.get(m["cur"].lower())
    scale = SCALES.get((m["scale"] or "").lower(), 1)
    if unit is None and scale == 1:
        return None
    return Amount(exact(Decimal(m["num"].replace(",", "")) * scale), unit)


CURRENCY_AMOUNT = Recogniser("currency_amount", _CURRENCY_AMOUNT, _currency_amount)
RECOGNISERS = (CURRENCY_AMOUNT,)
