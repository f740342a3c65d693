"""``callbrief init-audience``: a new audience folder, ready to edit."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from callbrief.lang.en import labels as en
from callbrief.lang.zh import labels as zh
from callbrief.render.audience import AudienceError, find_audience
from callbrief.render.registry import part_names, sheet_names

_SETTINGS = """# The "{name}" audience. Every key is optional;
# what you leave out comes from "{parent}".
name = "{name}"
description = "Who this briefing is for."
extends = "{parent}"
# languages = ["zh", "en"]     # or ["en", "zh"], ["zh"], ["en"]
{sections}
# max_quotes = 8
# units = "RMB mn"             # one scale for every amount: "RMB mn", "RMB 100mn" or "RMB bn"
# disclaimer = "Markdown, the same in both languages"
# [disclaimer]                 # or one per language
# zh = "{disclaimer_zh}"
# en = "{disclaimer_en}"

[branding]
name = "{name}"                # shown on the cover and in the page header
color = "{color}"              # accent colour
# logo = "logo.png"            # an image in this folder

# [workbook]
{sheets}
# units = "RMB mn"
"""

_TEMPLATE = """{{#- Overrides of the "{parent}" briefing. A block you define here replaces
    the block of the same name; {{{{ super() }}}} keeps the original inside yours.
    Blocks: {blocks},
    provenance, extra_css.
    Templates see the fields of callbrief.render.context.BriefingContext. -#}}
{{% extends "!{parent}/briefing.html" %}}

{{% block extra_css %}}
{{{{ super() }}}}
/* Your styles go here, for example: */
h2.part-title {{ letter-spacing: 0.5pt; }}
{{% endblock %}}
"""


def init_audience(name: str, parent: str, folder: Path) -> Path:
    """Create ``folder/name`` with an ``audience.toml`` and a ``briefing.html``; return it."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]{0,40}", name):
        raise AudienceError("an audience name is letters, digits, - and _", source=name)
    base = find_audience(parent)
    target = folder / name
    if target.exists():
        raise AudienceError("already exists; choose another name or --dir", source=str(target))
    target.mkdir(parents=True)
    settings = _SETTINGS.format(
        name=name,
        parent=base.folder.name,
        color=base.branding.color,
        sections=_commented_list("sections", part_names(), width=64),
        sheets=_commented_list("sheets", sheet_names(), width=80),
        disclaimer_zh=zh.DISCLAIMER,
        disclaimer_en=en.DISCLAIMER,
    )
    (target / "audience.toml").write_text(settings, encoding="utf-8")
    template = _TEMPLATE.format(parent=base.folder.name, blocks=", ".join(part_names()))
    (target / "briefing.html").write_text(template, encoding="utf-8")
    return target


def _commented_list(key: str, names: tuple[str, ...], width: int) -> str:
    """``# key = ["a", "b", ...]``, a TOML list in a comment, wrapped under its bracket."""
    items = ", ".join(f'"{n}"' for n in names)
    lead = f"# {key} = ["
    return "\n".join(
        textwrap.wrap(
            items + "]",
            width,
            initial_indent=lead,
            subsequent_indent="#" + " " * (len(lead) - 1),
            break_long_words=False,
            break_on_hyphens=False,
        )
    )
