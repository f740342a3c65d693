"""The Jinja environment: a lookup chain of template folders, strict and autoescaped.

Order: the user's ``--templates DIR``, the audience's folder, the folders of the audiences it
extends, the base. ``!base/NAME`` always means the base's own template (``!analyst/NAME`` the
analyst audience's, and so on along the chain), so an override can extend what it replaces.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sys
from collections.abc import Sequence
from functools import lru_cache
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
    nodes,
    pass_environment,
    select_autoescape,
)
from jinja2 import (
    TemplateError as JinjaError,
)
from jinja2 import __version__ as jinja_version
from jinja2.bccache import Bucket
from jinja2.exceptions import SecurityError
from jinja2.ext import Extension
from jinja2.parser import Parser
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from callbrief.errors import CallbriefError
from callbrief.render import registry


class TemplateError(CallbriefError):
    """A template that is missing or does not render."""


class ContainedLoader(FileSystemLoader):
    """Templates from the folders given, and only from inside them: a template that is a link
    to a file elsewhere (``evil.html -> /etc/passwd``) is refused, as ``..`` in a name is."""

    def __init__(self, folders: Sequence[Path]) -> None:
        super().__init__([str(f) for f in folders])
        self.roots = tuple(Path(f).resolve() for f in folders)

    def get_source(self, environment: Environment, template: str) -> Any:
        source, filename, uptodate = super().get_source(environment, template)
        real = Path(filename).resolve()
        if not any(real.is_relative_to(root) for root in self.roots):
            raise TemplateError(
                f"{template}: a link out of the template folders (to {real}) is not followed"
            )
        return source, filename, uptodate


def search_path(chain: Sequence[Path], user_dir: Path | None) -> tuple[Path, ...]:
    """Template folders in lookup order, most specific first."""
    return tuple(dict.fromkeys([*([user_dir] if user_dir else []), *chain]))


def environment(chain: Sequence[Path], user_dir: Path | None = None) -> Environment:
    """A strict, autoescaping environment over the lookup chain (``chain`` ends with the base),
    made once per chain and state of its folders in a process: its compiled templates serve
    every briefing rendered after (a batch's); a template added, removed or edited since makes
    a new one (what a folder holds decides which template a name finds)."""
    return _environment(tuple(chain), user_dir, _state(search_path(chain, user_dir)))


def _state(folders: Sequence[Path]) -> tuple[tuple[str, int], ...]:
    """Every file of the template folders, with when it last changed."""
    found = []
    for folder in folders:
        for f in sorted(Path(folder).rglob("*")):
            with contextlib.suppress(OSError):
                found.append((str(f), f.stat().st_mtime_ns))
    return tuple(found)


@lru_cache(maxsize=8)
def _environment(
    chain: tuple[Path, ...], user_dir: Path | None, state: tuple[tuple[str, int], ...]
) -> Environment:
    folders = search_path(chain, user_dir)
    prefixes = {f"!{folder.name}": ContainedLoader([folder]) for folder in chain}
    loader = ChoiceLoader([
        PrefixLoader(prefixes, delimiter="/"),
        ContainedLoader(folders),
    ])  # fmt: skip
    env = _Sandbox(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=select_autoescape(["html", "svg", "xml"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=[PartBlocks],
        bytecode_cache=_compiled_templates(),
    )
    env.globals["search_path"] = folders
    env.filters["emphasis"] = emphasis
    env.globals["shown"] = shown
    return env


class _Sandbox(SandboxedEnvironment):
    """Jinja's sandbox, with its verdict on an attribute kept for each kind of object: the
    verdict depends only on the object's type and the attribute's name (private names, and a
    function's, method's, frame's or generator's internals are refused), and asking again for
    each of the 8,000 attribute reads of a briefing was a third of its HTML's time."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._verdicts: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if type(obj) is not obj.__class__:  # an object that says it is another kind
            return bool(super().is_safe_attribute(obj, attr, value))
        key = (type(obj), attr)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = super().is_safe_attribute(obj, attr, value)
        return verdict


class _CompiledTemplates(FileSystemBytecodeCache):
    """Templates compiled by an earlier run, kept in Jinja's folder for this user under the
    temporary directory (Jinja checks that it is this user's alone). A template is compiled
    again when its source changes, and every file is named for what else decides the compiled
    code (this module, the registered parts, the Jinja version, the Python that runs it), so
    a cache from another version is never read. A cache that cannot be read or written only
    makes a run slower."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged file, whatever it raises: compiled again
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _compiled_templates() -> _CompiledTemplates | None:
    try:
        source = Path(__file__).read_text(encoding="utf-8")
    except OSError:  # installed without its sources: no cache
        return None
    said = [jinja_version, sys.implementation.cache_tag or "", MAGIC_NUMBER.hex(), source,
            *(f"{part.name}={part.partial}" for part in registry.PARTS)]  # fmt: skip
    digest = hashlib.sha256("\0".join(said).encode()).hexdigest()[:16]
    try:
        return _CompiledTemplates(pattern=f"__callbrief_{digest}_%s.cache")
    except (OSError, RuntimeError):  # no private temporary folder to be had
        return None


class PartBlocks(Extension):
    """``{% part_blocks part %}``: one block per registered part (``registry.PARTS``), named
    as the part and including its partial, shown when ``part`` names it. The base template's
    loop over the audience's parts is this one tag, so a new part needs no template edit; an
    audience overrides a part by overriding its block (``{{ super() }}`` keeps the partial)."""

    tags = {"part_blocks"}  # noqa: RUF012 (Jinja's own class attribute)

    def parse(self, parser: Parser) -> list[nodes.Node]:
        lineno = next(parser.stream).lineno
        chosen = parser.stream.expect("name").value  # the loop variable holding a part name
        branches = [
            nodes.If(
                nodes.Compare(
                    nodes.Name(chosen, "load"), [nodes.Operand("eq", nodes.Const(part.name))]
                ),
                [nodes.Block(part.name, [nodes.Include(nodes.Const(part.partial), True, False)],
                             False, False)],
                [],
                [],
                lineno=lineno,
            )
            for part in registry.PARTS
        ]  # fmt: skip
        if not branches:
            return []
        branches[0].elif_ = branches[1:]
        return [branches[0]]


_STARRED = re.compile(r"\*([^*\s][^*\n]{0,60}?)\*")


@pass_environment
def shown(env: Environment, t: Any, languages: Sequence[str]) -> list[tuple[str, Any]]:
    """The (language, text) pairs of ``t`` a page in ``languages`` shows, in order: each
    language's text that is not empty and not the same as the first one shown (a Latin name
    said alike in both). ``t[lang]`` is read as a template reads it (through the sandbox)."""
    pairs: list[tuple[str, Any]] = []
    for lang in languages:
        text = env.getitem(t, lang)
        if text and (not pairs or text != pairs[0][1]):
            pairs.append((lang, text))
    return pairs


def emphasis(text: str) -> Markup:
    """Transcript text, escaped, with its own *starred* words (a product name) in italics
    rather than between asterisks."""
    return Markup(_STARRED.sub(r"<em>\1</em>", str(escape(text))))


def render(env: Environment, names: Sequence[str], context: dict[str, object]) -> str:
    """Render the first of ``names`` that exists (most specific first).

    Any template problem (missing template, syntax error, unknown name) is a one-line
    ``TemplateError`` naming the template.
    """
    folders = ", ".join(str(f) for f in env.globals["search_path"])  # type: ignore[attr-defined]
    try:
        return env.select_template(list(names)).render(context)
    except TemplateNotFound as e:
        missing = ", ".join(getattr(e, "templates", None) or [str(e.name)])
        raise TemplateError(f"template not found: {missing}", hint=f"searched {folders}") from None
    except TemplateSyntaxError as e:
        where = f"{e.filename or e.name}:{e.lineno}"
        raise TemplateError(f"template syntax error: {e.message}", source=where) from None
    except UndefinedError as e:
        raise TemplateError(
            f"template uses an unknown name: {e.message}", source=_failing_template(e)
        ) from None
    except SecurityError as e:  # the sandbox refused: a template reaching Python internals
        raise TemplateError(
            f"template refused by the sandbox: {e}", source=_failing_template(e)
        ) from None
    except JinjaError as e:  # anything else Jinja reports while rendering
        raise TemplateError(f"template error: {e}", source=_failing_template(e)) from None


def _failing_template(error: BaseException) -> str | None:
    """``file:line`` of the template where a rendering error was raised (Jinja puts template
    frames in the traceback), or None."""
    where = None
    tb = error.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith((".html", ".svg", ".css")):
            where = f"{name}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where
