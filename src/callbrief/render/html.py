"""Briefing HTML: the context rendered through the audience's templates."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from markdown_it import MarkdownIt

from callbrief.render.audience import Audience
from callbrief.render.context import BriefingContext
from callbrief.render.templates import environment, render

# CommonMark without raw HTML: a disclaimer or note is text, never markup.
_MARKDOWN = MarkdownIt("commonmark", {"html": False})


def markdown(text: str) -> str:
    """Markdown rendered to HTML, with any raw HTML in it escaped."""
    return _MARKDOWN.render(text) if text.strip() else ""


def render_html(context: BriefingContext, audience: Audience, user_templates: Path | None) -> str:
    """The briefing as one HTML document (styles inline, nothing external but the logo)."""
    env = environment(audience.chain, user_templates)
    fields = {f.name: getattr(context, f.name) for f in dataclasses.fields(context)}
    return render(env, [f"briefing-{audience.name}.html", "briefing.html"], fields)
