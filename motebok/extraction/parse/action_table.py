"""Follow-up tables ("Oppfølgingspunkt | Ansvarlig | Frist", "Hva | Hvem | Når"): one action item per row."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .actions import ActionFound, DeadlineFound
from .dates import find_dates
from .segments import Segment, Table, find_tables
from .text import Line, has_cell_breaks, table_cells

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
    for table in find_tables(lines, _header):
        found.lines.update(range(table.header.line, table.end_line))
        for row in table.rows:
            _read_row(row, table, default_year, found)
    return found


def _header(line: Line) -> tuple[str, ...] | None:
    if not has_cell_breaks(line.text) or not _OWNER_HINT_RE.search(line.text):
        return None
    kinds = tuple(
        next((kind for kind, pattern in _COLUMN_KINDS if pattern.match(cell.value)), "other")
        for cell in table_cells(line)
    )
    return kinds if {"task", "owner"} <= set(kinds) else None


def _read_row(row: Segment, table: Table, default_year: int | None, found: FollowUpTable) -> None:
    cells, task_at, owner_at, due_at = (
        row.cells,
        table.column("task"),
        table.column("owner"),
        table.column("due"),
    )
    if len(cells) <= max(task_at, owner_at):
        return
    task, owner = cells[task_at], cells[owner_at]
    if not task.value or not owner.value:
        return
    due_cell = cells[due_at] if due_at is not None and due_at < len(cells) else None
    dates = find_dates(due_cell.value) if due_cell else []
    due = dates[0].resolve(default_year) if dates else None
    found.actions.append(ActionFound(owner, task, due))
    if due and due_cell:
        found.deadlines.append(DeadlineFound(task, due, (due_cell.start, due_cell.end)))
