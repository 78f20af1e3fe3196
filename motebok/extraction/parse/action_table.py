"""Follow-up tables ("Oppfølgingspunkt | Ansvarlig | Frist", "Hva | Hvem | Når"): one action item per row."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .actions import ActionFound, DeadlineFound
from .dates import find_dates
from .text import Line, has_cell_breaks, is_table_rule, table_cells

_COLUMN_KINDS = (
    # A header may say more: "Hva skal gjøres", "Kven har ansvar", "Tiltak/oppgåve".
    ("task", re.compile(r"^(?:oppfølgingspunkt|oppfølging|oppfølgingspunkter|tiltak|oppgave|oppgåve|oppgaver"
                        r"|oppgåver|aktivitet|aktiviteter|hva|kva|aksjon|aksjonspunkt|punkt)\b", re.I)),
    ("owner", re.compile(r"^(?:ansvarlig|ansvarleg|ansvar|hvem|kven|utføres av)\b", re.I)),
    ("due", re.compile(r"^(?:frist|tidsfrist|når|innen|innan|dato)\b", re.I)),
)  # fmt: skip
# Every follow-up table names its owner column; lines without such a word are not split into cells.
_OWNER_HINT_RE = re.compile(r"ansvar|hvem|kven|utføres", re.I)


@dataclass
class FollowUpTable:
    actions: list[ActionFound] = field(default_factory=list)
    deadlines: list[DeadlineFound] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)


def find_follow_up_tables(lines: list[Line], default_year: int | None) -> FollowUpTable:
    """Read every table whose header names a task and an owner column; a dated due cell is also a deadline."""
    found = FollowUpTable()
    i = 0
    while i < len(lines):
        columns = _header(lines[i])
        if columns is None:
            i += 1
            continue
        found.lines.add(i)
        i += 1
        while i < len(lines) and not lines[i].blank:
            found.lines.add(i)
            if not is_table_rule(lines[i]):
                _read_row(lines[i], columns, default_year, found)
            i += 1
    return found


def _header(line: Line) -> dict[str, int] | None:
    if not has_cell_breaks(line.text) or not _OWNER_HINT_RE.search(line.text):
        return None
    columns: dict[str, int] = {}
    for k, cell in enumerate(table_cells(line)):
        kind = next((kind for kind, pattern in _COLUMN_KINDS if pattern.match(cell.value)), None)
        if kind:
            columns.setdefault(kind, k)
    return columns if {"task", "owner"} <= columns.keys() else None


def _read_row(line: Line, columns: dict[str, int], default_year: int | None, found: FollowUpTable) -> None:
    cells = table_cells(line)
    if len(cells) <= max(columns["task"], columns["owner"]):
        return
    task, owner = cells[columns["task"]], cells[columns["owner"]]
    if not task.value or not owner.value:
        return
    due_cell = cells[columns["due"]] if "due" in columns and columns["due"] < len(cells) else None
    dates = find_dates(due_cell.value) if due_cell else []
    due = dates[0].resolve(default_year) if dates else None
    found.actions.append(ActionFound(owner, task, due))
    if due and due_cell:
        found.deadlines.append(DeadlineFound(task, due, (due_cell.start, due_cell.end)))
