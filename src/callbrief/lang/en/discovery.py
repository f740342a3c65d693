"""English: where a call names a business no glossary knows (``Cloud revenue was...``,
``revenue in our Intelligent Cloud segment``)."""

from __future__ import annotations

import re

_NAME = r"(?:[A-Z][\w&'’-]*\s+(?:(?:and|&|of)\s+)?){0,3}?[A-Z][\w&'’-]*"
BUSINESS = re.compile(
    rf"(?P<name>{_NAME})\s+(?:segment\s+|business\s+|division\s+)?"
    r"(?:revenues?|net\s+sales|sales|operating\s+(?:income|profit|loss))\b"
    rf"|\b(?:revenues?|sales)\s+(?:in|from|for|of)\s+(?:our|the)\s+(?P<name2>{_NAME})\s+"
    r"(?:segment|business|division|unit)\b"
)
"""A business's name before a measure it reports, or after one, with ``segment``."""
TOPIC = re.compile(
    r"^\s*(?:(?:Turning|Moving|Now|Next|Finally|Lastly)(?:\s+(?:on\s+)?to)?,?\s+)?(?:our\s+)?"
    r"(?P<name>(?:[A-Z][\w&'’-]*\s+(?:(?:and|&|of)\s+)?){1,3}[A-Z][\w&'’-]*"
    r"|[A-Z][\w&'’-]*(?=\s+(?:segment|business|division)\b))"
    r"(?:\s+(?:segment|business|division))?(?:,?\s+(?:first|next|now))?\s*[.:]\s*$"
)
"""A sentence that only names the business the paragraph turns to (``Tianmu Video first.``,
``Local Commerce.``, ``Turning to the Thermal segment.``): two words at least, or one said to
be a segment."""
NOT_BUSINESSES = frozenset(
    [
        "total",
        "net",
        "gross",
        "operating",
        "adjusted",
        "organic",
        "gaap",
        "non-gaap",
        "consolidated",
        "our",
        "the",
        "group",
        "quarterly",
        "annual",
        "recurring",
        "subscription",
        "product",
        "products",
        "service",
        "services",
        "license",
        "transaction",
        "reported",
        "record",
        "this",
        "that",
        "its",
        "their",
        "overall",
        "fourth",
        "third",
        "second",
        "first",
        "full-year",
        "year",
        "q1",
        "q2",
        "q3",
        "q4",
        "we",
        "and",
        "in",
        "company",
        "core",
        "other",
        "comparable",
        "same-store",
    ]
)
"""Words that open a phrase before ``revenue`` without naming a business (``Total revenue``)."""
LEAD = re.compile(r"^(?:And|But|So|Also|In|Our|The)\s+")
PART_AFTER = re.compile(r"\b(?:of\s+which|including|within\s+(?:that|this|it))\b", re.IGNORECASE)
"""Where a sentence turns to the parts of the business it named (``Cloud revenue was $5
billion, of which Storage revenue was $1.2 billion``)."""
SUB_SENTENCE = re.compile(
    r"^\s*(?:Of\s+(?:that|this|which|the\s+total)|Within\s+(?:that|this|it|the\s+segment))\b",
    re.IGNORECASE,
)
"""A sentence about the parts of the business the one before named (``Of that, ...``)."""
