"""Cases written as rows of a table under a header such as "Sak | Tema | Konklusjon | Ansvar | Frist"."""

from __future__ import annotations

import re

from .text import Found, Line, is_table_rule, table_cells

_COLUMNS = (
    ("number", re.compile(r"sak|saknr\.?|saksnr\.?|sak nr\.?|nr\.?", re.I)),
    ("title", re.compile(r"tema|tittel|sakstittel|emne|innhald|innhold|sak|saker", re.I)),
    # "Konklusjon", "Vedtak/konklusjon", "Konklusjon og oppfølging"
    (
        "conclusion",
        re.compile(
            r"(?:konklusjon(?:ar|er)?|vedtak|beslutning|avgjerd|oppsummering)(?:\s*(?:/|og)\s*\w+)?", re.I
        ),
    ),
)
# A dash or nothing in a cell: the row has no conclusion.
_EMPTY_CELL_RE = re.compile(r"[–—-]*")
_HEADER_SEARCH = 30
# The first digit ends "[^\s\d]*", so a long number is read once, not split every way (quadratic).
_LEADING_NUMBER_RE = re.compile(r"(?<!\S)(?:sak\s+)?[^\s\d]*\d\S*\s+", re.I)
# A text-layer table: cells apart by runs of spaces.
_SPACED_CELLS_RE = re.compile(r"\S {2,}\S")


def table_row_fields(lines: list[Line], i: int) -> tuple[Found | None, Found | None] | None:
    """Return (title, conclusion) from the cells of row `i` of a case table, or None if it is no such row."""
    if not _is_row(lines[i]):
        return None
    columns = _header_above(lines, i)
    if columns is None:
        return None
    cells = table_cells(lines[i])
    title = (
        _cell(cells, columns.get("title")) if "title" in columns else _after_number(cells[columns["number"]])
    )
    return title, _cell(cells, columns.get("conclusion"))


def _after_number(cell: Found) -> Found | None:
    """Return "Budsjett" from a "Sak" cell holding "7/25 Budsjett"."""
    m = _LEADING_NUMBER_RE.match(cell.value)
    if not m or m.end() == len(cell.value):
        return None
    return Found(cell.value[m.end() :], cell.start + m.end(), cell.end)


def _header_above(lines: list[Line], i: int) -> dict[str, int] | None:
    for j in range(i - 1, max(-1, i - _HEADER_SEARCH), -1):
        line = lines[j]
        if line.blank or not _is_row(line):
            return None
        if is_table_rule(line):
            continue
        columns = _columns(table_cells(line))
        if columns:
            return columns
    return None


def _is_row(line: Line) -> bool:
    return "\t" in line.text or bool(_SPACED_CELLS_RE.search(line.text))


def _columns(cells: list[Found]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for k, cell in enumerate(cells):
        kind = next(
            (kind for kind, pattern in _COLUMNS if kind not in columns and pattern.fullmatch(cell.value)),
            None,
        )
        if kind:
            columns[kind] = k
    return columns if "number" in columns and columns.keys() & {"title", "conclusion"} else None


def _cell(cells: list[Found], k: int | None) -> Found | None:
    if k is None or k >= len(cells) or _EMPTY_CELL_RE.fullmatch(cells[k].value):
        return None
    return cells[k]
