"""The only URLs a briefing may load: files inside allowed folders or named files. No network."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from callbrief.render import native_libraries

native_libraries.load()

from weasyprint.urls import URLFetcher  # noqa: E402


class LocalOnlyFetcher(URLFetcher):  # type: ignore[misc]
    """Serves ``file:`` URLs under the allowed roots (template folders, a logo); no others."""

    def __init__(self, roots: Iterable[Path]) -> None:
        super().__init__(allowed_protocols={"file"}, allow_redirects=False)
        self.roots = tuple(p.resolve() for p in roots)
        self.refused: list[str] = []

    def fetch(self, url: str, headers: Any = None) -> Any:
        parsed = urlparse(url)
        if parsed.scheme == "file":
            path = Path(unquote(parsed.path)).resolve()
            if any(path == root or root in path.parents for root in self.roots):
                return super().fetch(url, headers)
        self.refused.append(url)
        raise ValueError(f"callbrief loads nothing but its own files (refused {url})")
