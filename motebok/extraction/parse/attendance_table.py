"""Attendance tables with a header row ("Namn  Kommune  E-post", "Navn | Rolle | Møtt"): one person per row."""

from __future__ import annotations

import re

from .names import is_name
from .person_entry import EMAIL_RE, Person, add_detail, is_absence_note, member_name, person_from_part
from .segments import Segment, Table
from .text import Found, trim

_ABSENT_STATUS = re.compile(r"^(?:nei|forfall|fravær|fråvær|ikke møtt|ikkje møtt|-|–)$", re.I)
_SUBSTITUTE_STATUS = re.compile(r"^vara", re.I)
# "Ja (vara for Synnøve Sandnes)": a status cell that also names the member stood in for.
_STATUS_FOR_RE = re.compile(r"\b(?:vara|møtte|møtande|møtende)\s+for\s+(?P<member>[^)\n]+)", re.I)
_CELL_NOTE_RE = re.compile(r"(?<!\s)\s*\((?P<note>[^)]+)\)\s*$")


def table_people(table: Table) -> list[tuple[str, Person, Segment]]:
    """Return (field, person, row) for the rows up to the first that names nobody.

    The field is "absent" or "substitutes" when the row's status or a note says so, else "" (the list the
    table stands under).
    """
    found: list[tuple[str, Person, Segment]] = []
    for row in table.rows:
        person = _person_from_row(table, row)
        if person is None:
            break
        status = table.cell(row, "status")
        noted = next((cell for cell in row.cells if is_absence_note(cell.value)), None)
        field = ""
        if (status and _ABSENT_STATUS.match(status.value)) or noted:
            if noted and person.role == noted:
                person.role = None
            field = "absent"
        elif status and _SUBSTITUTE_STATUS.match(status.value):
            field = "substitutes"
        elif status and "for" in status.value and (member := _STATUS_FOR_RE.search(status.value)):
            start = status.start + member.start("member")
            person.for_name = member_name(trim(member.group("member"), start))
            field = "substitutes"
        found.append((field, person, row))
    return found


def _person_from_row(table: Table, row: Segment) -> Person | None:
    cells, kinds = row.cells, table.columns
    # Cells beyond the header's columns ("(leiar)" after the last one) are details of the row.
    aligned = len(cells) >= len(kinds)
    name_cell = cells[kinds.index("name")] if aligned else next((c for c in cells if is_name(c.value)), None)
    if name_cell is None:
        return None
    person = person_from_part(name_cell)
    if person is None:
        return None
    for cell in cells:
        if EMAIL_RE.fullmatch(cell.value):
            person.email = cell
    if aligned:
        for kind in ("organization", "role"):
            cell = table.cell(row, kind)
            if cell and cell.value:
                setattr(person, kind, _without_note(cell, person))
        member = table.cell(row, "for")
        if member and is_name(member.value):
            person.for_name = member
        for cell in cells[len(kinds) :]:
            add_detail(person, cell)
    elif "organization" in kinds and kinds.index("organization") < kinds.index("name"):
        # Cells before the name line up even when empty cells further right were lost.
        person.organization = cells[kinds.index("organization")] or None
    return person


def _without_note(cell: Found, person: Person) -> Found:
    """Return a cell without its parenthesised note ("Ålesund kommune (leiar)"), filing the note as a detail."""
    m = _CELL_NOTE_RE.search(cell.value)
    if not m:
        return cell
    add_detail(person, trim(m.group("note"), cell.start + m.start("note")))
    return trim(cell.value[: m.start()], cell.start)
