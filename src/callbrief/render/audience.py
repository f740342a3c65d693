"""Audiences: a folder with ``audience.toml`` and only the templates it overrides.

Lookup order for templates is a chain: the user's ``--templates DIR``, the audience's folder,
the folders of the audiences it extends, then the base templates.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import callbrief
from callbrief.defaults import LANGUAGE_ORDERS
from callbrief.errors import CallbriefError
from callbrief.formatting import scale_word
from callbrief.render.registry import part_names, sheet_names

_KEYS = {"name", "description", "extends", "languages", "sections", "max_quotes", "units",
         "branding", "disclaimer", "workbook"}  # fmt: skip
_BRANDING_KEYS = {"name", "color", "logo"}
_WORKBOOK_KEYS = {"sheets", "units", "header_color", "wrap_text"}
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_UNITS_HELP = (
    "units must be a scale (mn, 100mn or bn), with a currency or not: "
    "'RMB mn', 'USD bn', 'EUR mn', '100mn'"
)
USER_AUDIENCES_ENV = "CALLBRIEF_AUDIENCES"
_USER_AUDIENCES = "~/.config/callbrief/audiences"


class AudienceError(CallbriefError):
    """An audience that cannot be found or whose settings are wrong."""


@dataclass(frozen=True, slots=True)
class Branding:
    name: str | None
    """Shown on the cover and in the running header, e.g. a team or fund name."""
    color: str
    """Accent colour, ``#rrggbb``."""
    logo: Path | None
    """A local image file."""


@dataclass(frozen=True, slots=True)
class Audience:
    """Who a briefing is for, and how it is laid out for them."""

    name: str
    description: str
    folder: Path
    chain: tuple[Path, ...]
    """Template folders, most specific first, ending with the base templates."""
    languages: tuple[str, ...]
    """Language order: ("zh", "en"), ("en", "zh"), ("zh",) or ("en",)."""
    sections: tuple[str, ...]
    """Which parts of the briefing, in which order (names from ``registry.PARTS``)."""
    max_quotes: int
    units: str | None
    """One scale for all amounts (``RMB mn``...), or None for each figure's natural scale."""
    branding: Branding
    disclaimer: dict[str, str]
    """Markdown per language (``zh``, ``en``); a plain string in audience.toml serves both."""
    workbook: WorkbookLayout


@dataclass(frozen=True, slots=True)
class WorkbookLayout:
    """How the Excel workbook is laid out (``workbook.toml``, then the audience's [workbook])."""

    sheets: tuple[str, ...]
    """Which sheets, in which order (names from ``registry.SHEETS``)."""
    units: str
    """Scale of currency amounts: ``RMB mn``, ``RMB 100mn`` or ``RMB bn``."""
    header_color: str
    wrap_text: bool


def templates_root() -> Path:
    """The shipped templates: inside the installed package, else the source checkout's."""
    package = Path(callbrief.__file__).resolve().parent
    for candidate in (package / "templates", package.parents[1] / "templates"):
        if (candidate / "base").is_dir():
            return candidate
    raise AudienceError("the base templates are missing from this installation")


def user_audiences() -> Path:
    """The user's audience folder: ``$CALLBRIEF_AUDIENCES``, else ~/.config/callbrief/audiences."""
    return Path(os.environ.get(USER_AUDIENCES_ENV) or _USER_AUDIENCES).expanduser()


def audience_dirs() -> tuple[Path, ...]:
    """Where audiences are looked up by name: the user's folder, then the shipped ones."""
    return (user_audiences(), templates_root())


def list_audiences() -> list[Audience]:
    """Every audience found by name, the user's first (a user's one shadows a shipped one)."""
    found: dict[str, Audience] = {}
    for root in audience_dirs():
        if root.is_dir():
            for folder in sorted(p for p in root.iterdir() if (p / "audience.toml").is_file()):
                found.setdefault(folder.name, _load(folder.resolve(), seen=()))
    return list(found.values())


def find_audience(name: str) -> Audience:
    """An audience by name (shipped or in the user folder) or by path to its folder."""
    folder = _locate(name)
    return _load(folder, seen=())


def _locate(name: str) -> Path:
    path = Path(name).expanduser()
    if path.is_dir() and (path / "audience.toml").is_file():
        return path.resolve()
    searched: list[str] = [str(path)] if ("/" in name or name.startswith(".")) else []
    for root in audience_dirs():
        candidate = root / name
        searched.append(str(candidate))
        if (candidate / "audience.toml").is_file() and name != "base":
            return candidate.resolve()
    raise AudienceError(
        f"no audience {name!r}",
        hint="looked in " + ", ".join(searched) + "; see `callbrief audiences`",
    )


def _load(folder: Path, seen: tuple[Path, ...]) -> Audience:
    settings_file = folder / "audience.toml"
    try:
        raw = tomllib.loads(settings_file.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise AudienceError(
            f"cannot read audience settings ({e})", source=str(settings_file)
        ) from None
    problems = _problems(raw)
    if problems:
        raise AudienceError("; ".join(problems), source=str(settings_file))
    parent: Audience | None = None
    extends = raw.get("extends", "base")
    if extends != "base":
        if folder in seen:
            raise AudienceError("audiences extend each other in a loop", source=str(settings_file))
        parent = _load(_locate(extends), (*seen, folder))
    return _merge(folder, raw, parent)


def _problems(raw: dict[str, Any]) -> list[str]:
    out = [f"unknown key {k!r}" for k in sorted(set(raw) - _KEYS)]
    langs = raw.get("languages", ["zh", "en"])
    if not isinstance(langs, list) or ",".join(map(str, langs)) not in LANGUAGE_ORDERS:
        out.append(
            f"languages must be one of {[v for v in LANGUAGE_ORDERS]} as a list, not {langs!r}"
        )
    sections = raw.get("sections", [])
    if not isinstance(sections, list):
        out.append("sections must be a list")
        sections = []
    parts = part_names()
    out += [
        f"unknown section {p!r} (known: {', '.join(parts)})" for p in sections if p not in parts
    ]
    if "max_quotes" in raw and not (
        isinstance(raw["max_quotes"], int) and 0 <= raw["max_quotes"] <= 50
    ):
        out.append("max_quotes must be a whole number from 0 to 50")
    if "units" in raw and not (isinstance(raw["units"], str) and scale_word(raw["units"])):
        out.append(_UNITS_HELP)
    for key in ("name", "description", "extends"):
        if key in raw and not isinstance(raw[key], str):
            out.append(f"{key} must be a string")
    disclaimer = raw.get("disclaimer", "")
    if not isinstance(disclaimer, str) and not (
        isinstance(disclaimer, dict) and set(disclaimer) <= {"zh", "en"}
    ):
        out.append("disclaimer must be Markdown text or a table with zh and en")
    branding = raw.get("branding", {})
    if not isinstance(branding, dict):
        out.append("branding must be a table")
        branding = {}
    out += [f"unknown key 'branding.{k}'" for k in sorted(set(branding) - _BRANDING_KEYS)]
    if "color" in branding and not _COLOR.match(str(branding["color"])):
        out.append("branding.color must look like #1f4e79")
    workbook = raw.get("workbook", {})
    if not isinstance(workbook, dict):
        return [*out, "workbook must be a table"]
    return out + _workbook_problems(workbook, prefix="workbook.")


def _workbook_problems(w: dict[str, Any], prefix: str = "") -> list[str]:
    out = [f"unknown key '{prefix}{k}'" for k in sorted(set(w) - _WORKBOOK_KEYS)]
    known = sheet_names()
    sheets = w.get("sheets", list(known))
    if not isinstance(sheets, list) or not sheets or any(x not in known for x in sheets):
        out.append(f"{prefix}sheets must be a list of {', '.join(known)}")
    if "units" in w and not (isinstance(w["units"], str) and scale_word(w["units"])):
        out.append(f"{prefix}{_UNITS_HELP}")
    if "header_color" in w and not re.fullmatch(r"[0-9a-fA-F]{6}", str(w["header_color"])):
        out.append(f"{prefix}header_color must be six hex digits, e.g. 1F4E79")
    return out


def _base_workbook() -> dict[str, Any]:
    path = templates_root() / "base" / "workbook.toml"
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    problems = _workbook_problems(raw)
    if problems:
        raise AudienceError("; ".join(problems), source=str(path))
    return raw


def _merge(folder: Path, raw: dict[str, Any], parent: Audience | None) -> Audience:
    base_branding = parent.branding if parent else Branding(None, "#1f4e79", None)
    b = raw.get("branding", {})
    logo = (folder / b["logo"]).resolve() if "logo" in b else base_branding.logo
    if "logo" in b and logo is not None and not logo.is_relative_to(folder.resolve()):
        raise AudienceError(
            f"branding.logo must be a file inside the audience's folder, not {b['logo']}",
            source=str(folder / "audience.toml"),
        )
    if logo is not None and not logo.is_file():
        raise AudienceError(
            f"branding.logo: no such file {logo}", source=str(folder / "audience.toml")
        )
    chain = (folder, *(parent.chain if parent else (templates_root() / "base",)))
    languages = ",".join(raw["languages"]) if "languages" in raw else None
    return Audience(
        name=raw.get("name", folder.name),
        description=raw.get("description", parent.description if parent else ""),
        folder=folder,
        chain=tuple(dict.fromkeys(chain)),
        languages=LANGUAGE_ORDERS[languages]
        if languages
        else (parent.languages if parent else ("zh", "en")),
        sections=tuple(raw.get("sections", parent.sections if parent else part_names())),
        max_quotes=raw.get("max_quotes", parent.max_quotes if parent else 8),
        units=raw.get("units", parent.units if parent else None),
        branding=Branding(
            b.get("name", base_branding.name), b.get("color", base_branding.color), logo
        ),
        disclaimer=_disclaimer(raw["disclaimer"])
        if "disclaimer" in raw
        else (parent.disclaimer if parent else {}),
        workbook=_workbook(raw.get("workbook", {}), parent),
    )


def _disclaimer(value: str | dict[str, str]) -> dict[str, str]:
    return {"zh": value, "en": value} if isinstance(value, str) else dict(value)


def _workbook(own: dict[str, Any], parent: Audience | None) -> WorkbookLayout:
    inherited = (
        {f: getattr(parent.workbook, f) for f in WorkbookLayout.__slots__}
        if parent
        else _base_workbook()
    )
    merged = {"sheets": sheet_names(), **inherited, **own}
    return WorkbookLayout(
        tuple(merged["sheets"]),
        merged["units"],
        str(merged["header_color"]),
        bool(merged["wrap_text"]),
    )
