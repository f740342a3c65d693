"""A user's glossary checked whole before it is used: every problem in one message (missing
names, wrong types, unknown units, parents that name no business, patterns that do not
compile or can backtrack without end), as audiences are checked."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from callbrief.errors import GlossaryError
from callbrief.model.values import Unit

_TABLES = (
    "company", "segments", "products", "people", "measures", "titles", "firms", "sections",
    "magnitudes", "topics", "bases",
)  # fmt: skip
_KINDS = ("money", "ratio", "count", "per_share")
_PLAIN = ("titles", "firms", "sections", "bases")  # tables of name -> name
_FISCAL_YEAR_END = re.compile(r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")


def check_glossary(table: Mapping[str, Any], source: str) -> None:
    """Raise one ``GlossaryError`` listing every problem in ``table`` (read from ``source``)."""
    problems: list[str] = []
    say = problems.append
    for name in table:
        if name not in _TABLES:
            say(f"unknown table [{name}] (known: {', '.join(_TABLES)})")
    if "company" in table:
        _names(table["company"], "[company]", say, key=False)
        fye = table["company"].get("fiscal_year_end") if _is_table(table["company"]) else None
        if fye is not None and not (isinstance(fye, str) and _FISCAL_YEAR_END.fullmatch(fye)):
            say(f'[company] fiscal_year_end must be "MM-DD", not {fye!r}')
    keys = _businesses(table, say)
    for kind in ("segments", "products"):
        for i, e in enumerate(_list(table, kind, say)):
            parent = e.get("parent") if _is_table(e) else None
            if isinstance(parent, str) and parent not in keys:
                say(f"[[{kind}]] {i + 1}: parent {parent!r} is no segment's or product's key")
    for i, p in enumerate(_list(table, "people", say)):
        _names(p, f"[[people]] {i + 1}", say, key=False)
    for key, m in _mapping(table, "measures", say).items():
        _measure(str(key), m, say)
    for name in _PLAIN:
        for k, v in _mapping(table, name, say).items():
            if not isinstance(v, str):
                say(f"[{name}] {k!r} must be a string, not {type(v).__name__}")
    for k, v in _mapping(table, "magnitudes", say).items():
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v <= 0:
            say(f"[magnitudes] {k!r} must be a positive number, not {v!r}")
    for k, v in _mapping(table, "topics", say).items():
        if not (isinstance(v, list) and len(v) >= 2 and all(isinstance(w, str) for w in v)):
            say(f"[topics] {k!r} must be a list of strings: Chinese name, English name, keywords")
    if problems:
        count = f"{len(problems)} problems" if len(problems) > 1 else "a problem"
        raise GlossaryError(f"{count} in the glossary: " + "; ".join(problems), source=source)


def _businesses(table: Mapping[str, Any], say: Callable[[str], None]) -> set[str]:
    keys: set[str] = {"group"}
    for kind in ("segments", "products"):
        for i, e in enumerate(_list(table, kind, say)):
            where = f"[[{kind}]] {i + 1}"
            if not _names(e, where, say, key=True):
                continue
            if e["key"] in keys:  # a string: _names checked it
                say(f"{where}: key {e['key']!r} is used twice")
            keys.add(e["key"])
    return keys


def _names(e: Any, where: str, say: Callable[[str], None], *, key: bool) -> bool:
    """Whether ``e`` is a table with the string fields a name needs (``key``, ``zh``, ``en``)."""
    if not _is_table(e):
        say(f"{where} must be a table, not {type(e).__name__}")
        return False
    fine = True
    for field in ("key", "zh", "en") if key else ("zh", "en"):
        if field not in e:
            say(f"{where}: missing {field}")
            fine = False
        elif not isinstance(e[field], str) or not e[field].strip():
            say(f"{where}: {field} must be a non-empty string, not {e[field]!r}")
            fine = False
    for field in ("aliases", "aliases_en"):
        if field in e and not _strings(e[field]):
            say(f"{where}: {field} must be a list of strings")
    if "parent" in e and not isinstance(e["parent"], str):
        say(f"{where}: parent must be a key (a string)")
    return fine


def _measure(key: str, m: Any, say: Callable[[str], None]) -> None:
    where = f"[measures.{key}]"
    if not _names(m, where, say, key=False):
        return
    if "unit" in m and str(m["unit"]) not in {u.value for u in Unit}:
        say(f"{where}: unknown unit {m['unit']!r} (known: {', '.join(u.value for u in Unit)})")
    if "kind" in m and str(m["kind"]) not in _KINDS:
        say(f"{where}: unknown kind {m['kind']!r} (known: {', '.join(_KINDS)})")
    if "patterns" in m and not _strings(m["patterns"]):
        say(f"{where}: patterns must be a list of strings")
        return
    for pattern in m.get("patterns", []):
        if problem := pattern_problem(pattern):
            say(f"{where}: pattern {pattern!r} {problem}")


def pattern_problem(pattern: str) -> str | None:
    """Why a user's pattern cannot be used: it does not compile, or it repeats a part that
    itself repeats (``(a+)+``) or offers two ways to match the same text (``(a|aa)+``), which
    can take exponential time on a line that nearly matches."""
    try:
        parsed = re._parser.parse(pattern)  # type: ignore[attr-defined]
    except re.error as e:
        return f"does not compile ({e})"
    if _nested_repeat(parsed, inside=False):
        return (
            "repeats a part that repeats itself or can match one text two ways (as in (a+)+ "
            "or (a|aa)+): it can run without end"
        )
    return None


_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


def _nested_repeat(items: Any, *, inside: bool) -> bool:
    for op, av in items:
        name = str(op)
        if name in _REPEATS:
            _, high, body = av
            many = high is re._parser.MAXREPEAT or high > 1  # type: ignore[attr-defined]
            if (
                many
                and name != "POSSESSIVE_REPEAT"
                and (inside or _nested_repeat(body, inside=True))
            ):
                return True
            if not many and _nested_repeat(body, inside=inside):
                return True
        elif name == "SUBPATTERN" and _nested_repeat(av[-1], inside=inside):
            return True
        elif name == "BRANCH":
            if inside and not _distinct_starts(av[1]):
                return True  # (a|aa)+: two ways to match the same text, repeated
            if any(_nested_repeat(b, inside=inside) for b in av[1]):
                return True
        elif name in ("ASSERT", "ASSERT_NOT") and _nested_repeat(av[1], inside=inside):
            return True
    return False


def _distinct_starts(branches: Any) -> bool:
    """Whether each alternative starts with its own literal character (ab|cd)."""
    firsts = [str(b[0][0]) == "LITERAL" and b[0][1] for b in branches if len(b)]
    return len(firsts) == len(branches) and all(firsts) and len(set(firsts)) == len(firsts)


def _is_table(v: Any) -> bool:
    return isinstance(v, Mapping)


def _strings(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(w, str) for w in v)


def _list(table: Mapping[str, Any], name: str, say: Callable[[str], None]) -> list[Any]:
    v = table.get(name, [])
    if not isinstance(v, list):
        say(f"{name} must be a list of tables ([[{name}]])")
        return []
    return v


def _mapping(table: Mapping[str, Any], name: str, say: Callable[[str], None]) -> Mapping[str, Any]:
    v = table.get(name, {})
    if not _is_table(v):
        say(f"[{name}] must be a table")
        return {}
    return v  # type: ignore[no-any-return]
