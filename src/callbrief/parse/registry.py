"""The layout registry: the built-in layouts and third-party ones, found the same way.

A layout is registered by naming it in the entry-point group ``callbrief.layouts``
(``name = "package.module:LayoutClass"``, a class to instantiate or a ready object); the
built-in ones are declared so in ``pyproject.toml`` and also listed in ``DEFAULT_LAYOUTS``, so
the registry is whole without installed metadata (a source checkout). ``register_layout()``
adds one at run time (tests, notebooks). Order: built-ins, then entry points by name, then
run-time registrations; on a tie in score the earlier layout wins. Two layouts with one name
are an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import import_module

from callbrief.errors import CallbriefError
from callbrief.parse.layout import Layout

ENTRY_POINT_GROUP = "callbrief.layouts"

DEFAULT_LAYOUTS: tuple[str, ...] = (
    "callbrief.parse.speaker_blocks:SpeakerBlockLayout",
    "callbrief.parse.participant_lists:ParticipantListLayout",
    "callbrief.parse.dash_titles:DashTitleLayout",
    "callbrief.parse.media_qa:MediaQALayout",
    "callbrief.parse.parallel:ParallelLayout",
    "callbrief.parse.markdown_bold:MarkdownBoldLayout",
    "callbrief.parse.tab_rows:TabRowLayout",
    "callbrief.parse.name_lines:NameLineLayout",
    "callbrief.parse.inline_names:InlineNameLayout",
    "callbrief.parse.plain_text:PlainTextLayout",
)
"""The built-in layouts, as entry-point values (``module:attribute``)."""


class LayoutRegistryError(CallbriefError):
    """A layout cannot join the registry: it fails to load, lacks the interface, or its
    name is taken."""


class LayoutRegistry:
    """Layouts by name, in the order they joined."""

    def __init__(self) -> None:
        self._layouts: dict[str, Layout] = {}
        self._origins: dict[str, str] = {}

    def __iter__(self) -> Iterator[Layout]:
        return iter(tuple(self._layouts.values()))

    def __getitem__(self, name: str) -> Layout:
        return self._layouts[name]

    def add(self, obj: object, origin: str) -> Layout:
        """Add a layout (a class is instantiated). ``origin`` says where it came from, for
        errors: ``LayoutRegistryError`` if it lacks the interface or its name is taken."""
        layout = obj() if isinstance(obj, type) else obj
        if not isinstance(layout, Layout):
            raise LayoutRegistryError(
                f"{origin} is not a layout (a layout has name, description, example, detect "
                "and parse)"
            )
        if layout.name in self._layouts:
            raise LayoutRegistryError(
                f"two layouts named {layout.name!r}: {self._origins[layout.name]} and {origin}"
            )
        self._layouts[layout.name] = layout
        self._origins[layout.name] = origin
        return layout

    def remove(self, name: str) -> None:
        del self._layouts[name]
        del self._origins[name]


def load_registry() -> LayoutRegistry:
    """A registry of the built-in layouts, then those of the entry points (by name)."""
    registry = LayoutRegistry()
    for target in DEFAULT_LAYOUTS:
        registry.add(_load(target), target)
    for ep_name, target in _entry_points():
        if target not in DEFAULT_LAYOUTS:  # the built-ins are declared in our metadata too
            registry.add(_load(target, ep_name), f"entry point {ep_name!r} ({target})")
    return registry


_default: LayoutRegistry | None = None


def default_registry() -> LayoutRegistry:
    """The registry ``parse()`` reads; loaded on first use (the entry points are read then)."""
    global _default
    if _default is None:
        _default = load_registry()
    return _default


def layouts() -> tuple[Layout, ...]:
    """Every registered layout, in registry order."""
    return tuple(default_registry())


def get_layout(name: str) -> Layout:
    """The layout registered as ``name``; ``KeyError`` if there is none."""
    return default_registry()[name]


def register_layout(layout: object) -> Layout:
    """Add a layout (or a layout class, instantiated) to the default registry; returns it.
    ``LayoutRegistryError`` if it lacks the ``Layout`` interface or its name is taken."""
    kind = layout if isinstance(layout, type) else type(layout)
    return default_registry().add(layout, f"register_layout({kind.__qualname__})")


def unregister_layout(name: str) -> None:
    """Remove the layout registered as ``name``; ``KeyError`` if there is none."""
    default_registry().remove(name)


def _entry_points() -> list[tuple[str, str]]:
    from importlib.metadata import entry_points  # only when a text is parsed, not at start-up

    return sorted((ep.name, ep.value) for ep in entry_points(group=ENTRY_POINT_GROUP))


def _load(target: str, ep_name: str | None = None) -> object:
    module_name, _, attribute = target.partition(":")
    try:
        found: object = import_module(module_name.strip())
        for part in attribute.strip().split(".") if attribute else ():
            found = getattr(found, part)
    except Exception as e:  # a broken plug-in is named, not a traceback
        label = f"{ep_name!r} ({target})" if ep_name else target
        raise LayoutRegistryError(f"layout {label} failed to load: {e}") from e
    return found
