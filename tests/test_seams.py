"""The seams between stages and languages, checked on the source itself.

- Chinese or full-width text appears in string literals only inside the Chinese pack (a path
  with a ``zh`` or ``cjk`` part); docstrings may hold examples.
- ``render/`` takes the finished Briefing: it imports neither ``callbrief.analyze`` nor
  ``callbrief.ingest``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "src" / "callbrief"
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        yield rel, ast.parse(path.read_text(encoding="utf-8"), filename=rel)


def _docstrings(tree: ast.Module) -> set[int]:
    """ids of the string constants that are docstrings (of modules, classes, functions) or
    attribute docstrings (a bare string right after an assignment)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        for stmt in body:
            if (
                isinstance(stmt, ast.Expr)
                and isinstance(stmt.value, ast.Constant)
                and isinstance(stmt.value.value, str)
            ):
                found.add(id(stmt.value))
    return found


def _in_pack(rel: str) -> bool:
    parts = Path(rel).parts
    return any(p in ("zh", "cjk") for p in (*parts[:-1], Path(rel).stem))


def cjk_literals(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, text) of each string literal, docstrings aside, holding CJK or full-width text."""
    docs = _docstrings(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docs
        and _CJK.search(node.value)
    ]


def test_chinese_literals_only_in_the_chinese_pack() -> None:
    offenders = [
        f"{rel}:{line}: {text[:40]!r}"
        for rel, tree in _modules()
        if not _in_pack(rel)
        for line, text in cjk_literals(tree)
    ]
    assert offenders == []


def _imports(tree: ast.Module) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
        elif isinstance(node, ast.Import):
            yield from (a.name for a in node.names)


def test_render_imports_neither_analyze_nor_ingest() -> None:
    offenders = [
        f"{rel}: {name}"
        for rel, tree in _modules()
        if rel.startswith("render/")
        for name in _imports(tree)
        if name.startswith(("callbrief.analyze", "callbrief.ingest"))
    ]
    assert offenders == []


def test_the_checks_see_what_they_look_for() -> None:
    tree = ast.parse('"""文档。"""\nX = "收入"\nY = f"{X}为"\n')
    assert [line for line, _ in cjk_literals(tree)] == [2, 3]
    assert _in_pack("lang/zh/cues.py") and _in_pack("cjk.py") and not _in_pack("analyze/facts.py")
    assert list(_imports(ast.parse("from callbrief.analyze.x import y\nimport callbrief.ingest")))
