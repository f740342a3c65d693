"""A list of participants before the first turn, and analysts named by the operator.

``Company Participants`` / ``Jane Doe - Chief Financial Officer`` / ``Conference Call
Participants`` / ``Amy Lee - Example Securities``, or ``出席人员：`` / ``张三 示例集团总裁``: the
entries give titles and firms to speakers whose headers later name them alone. The operator's
``our next question comes from Amy Lee with Example Securities`` gives a firm too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from callbrief.lang.en import name_lines as en_lines
from callbrief.lang.zh import name_lines as zh_lines
from callbrief.parse.header_lines import HeaderLine, Mark, reinterpret
from callbrief.parse.lines import alternatives

_COMPANY_LIST = re.compile(f"^(?:{alternatives(en_lines.COMPANY_LIST)}):?$", re.IGNORECASE)
_ANALYST_LIST = re.compile(f"^(?:{alternatives(en_lines.ANALYST_LIST)}):?$", re.IGNORECASE)
_NEUTRAL_LIST = re.compile(
    f"^(?:{alternatives(en_lines.NEUTRAL_LIST)}):?$|{zh_lines.PARTICIPANT_LIST}", re.IGNORECASE
)
_INTROS = (re.compile(en_lines.OPERATOR_INTRO), re.compile(zh_lines.OPERATOR_INTRO))
_AFTER_FIRM = re.compile(en_lines.AFTER_FIRM)


def fold(name: str) -> str:
    """A name as compared: spaces removed, case folded."""
    return re.sub(r"\s+", "", name).casefold()


@dataclass(slots=True)
class Roster:
    """The participant list: entries by folded name, and the lines it spans."""

    entries: dict[str, HeaderLine] = field(default_factory=dict)
    lines: set[int] = field(default_factory=set)


def read_roster(lines: Sequence[str], candidates: Mapping[int, HeaderLine]) -> Roster:
    """The participant list before the first turn: list headings and the entries under them
    (a name with a title or firm directly followed by another entry or a list heading)."""
    roster = Roster()
    as_firm: bool | None = None
    headed = False  # under a list heading, the run's last entry is an entry too
    for i, line in enumerate(lines):
        kind = list_heading(line)
        if kind is not None:
            roster.lines.add(i)
            as_firm = {"company": False, "analysts": True}.get(kind)
            headed = True
            continue
        entry = candidates.get(i)
        if entry is None or not _is_entry(lines, candidates, i, headed=headed):
            if i in candidates or roster.entries:
                break  # the first turn, or the end of the list
            continue
        if as_firm is not None:
            entry = reinterpret(entry, as_firm=as_firm)
        roster.entries[fold(entry.name)] = entry
        roster.lines.add(i)
    return roster


def list_heading(line: str) -> str | None:
    """``company``, ``analysts`` or ``all`` for a participant list's heading, else None."""
    if _COMPANY_LIST.match(line):
        return "company"
    if _ANALYST_LIST.match(line):
        return "analysts"
    return "all" if _NEUTRAL_LIST.search(line) else None


def _is_entry(
    lines: Sequence[str], candidates: Mapping[int, HeaderLine], i: int, *, headed: bool
) -> bool:
    """A name with a title or firm, followed by another such line or a list heading; under a
    list heading, the last such line too (the first turn is set apart from a list)."""
    entry = candidates[i]
    if entry.delivery is not None or entry.mark < Mark.TITLE or i + 1 >= len(lines):
        return False
    return headed or i + 1 in candidates or list_heading(lines[i + 1]) is not None


def introduced_firms(lines: Sequence[str], names: set[str]) -> dict[str, str]:
    """Firms the operator gives analysts (``comes from Amy Lee with Example Securities``),
    by folded name, for the names in ``names`` only."""
    firms: dict[str, str] = {}
    for line in lines:
        for pattern in _INTROS:
            for m in pattern.finditer(line):
                key = fold(m["name"])
                if key in names:
                    firm = _AFTER_FIRM.sub("", m["firm"]).strip()
                    firms.setdefault(key, firm.removesuffix(".") if firm.count(".") == 1 else firm)
    return firms
