"""Moved to ``callbrief.render.audience``; this name stays for code that imported it here."""

from callbrief.render.audience import (
    USER_AUDIENCES_ENV,
    Audience,
    AudienceError,
    Branding,
    WorkbookLayout,
    audience_dirs,
    find_audience,
    list_audiences,
    templates_root,
    user_audiences,
)

__all__ = [
    "USER_AUDIENCES_ENV", "Audience", "AudienceError", "Branding", "WorkbookLayout",
    "audience_dirs", "find_audience", "list_audiences", "templates_root", "user_audiences",
]  # fmt: skip
