"""The Jinja environment: a lookup chain of template folders, strict and autoescaped.

Order: the user's ``--templates DIR``, the audience's folder, the folders of the audiences it
extends, the base. ``!base/NAME`` always means the base's own template, so an override can
extend the template it replaces.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
    select_autoescape,
)

from callbrief.errors import CallbriefError


class TemplateError(CallbriefError):
    """A template that is missing or does not render."""


def search_path(chain: Sequence[Path], user_dir: Path | None) -> tuple[Path, ...]:
    """Template folders in lookup order, most specific first."""
    return tuple(dict.fromkeys([*([user_dir] if user_dir else []), *chain]))


def environment(chain: Sequence[Path], user_dir: Path | None = None) -> Environment:
    """A strict, autoescaping environment over the lookup chain (``chain`` ends with the base)."""
    folders = search_path(chain, user_dir)
    base = chain[-1]
    loader = ChoiceLoader([
        PrefixLoader({"!base": FileSystemLoader(str(base))}, delimiter="/"),
        FileSystemLoader([str(f) for f in folders]),
    ])  # fmt: skip
    env = Environment(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=select_autoescape(["html", "svg", "xml"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["search_path"] = folders
    return env


def render(env: Environment, names: Sequence[str], context: dict[str, object]) -> str:
    """Render the first of ``names`` that exists (most specific first)."""
    try:
        template = env.select_template(list(names))
    except TemplateNotFound as e:
        folders = ", ".join(str(f) for f in env.globals["search_path"])  # type: ignore[attr-defined]
        raise TemplateError(
            f"template {e.name!r} not found", hint=f"searched {', '.join(names)} in {folders}"
        ) from None
    try:
        return template.render(context)
    except TemplateSyntaxError as e:
        raise TemplateError(
            f"template syntax error: {e.message}", source=f"{e.filename}:{e.lineno}"
        ) from None
    except UndefinedError as e:
        raise TemplateError(
            f"template uses an unknown name: {e.message}", source=template.filename
        ) from None
