"""The text layer every finder reads: a document cut once into segments that keep their offsets.

`segment(masked)` returns `Segments`: the lines (a line holding a label after a sentence is split there, an
e-mail's header block set aside), the tables that have a header row naming their columns ("Namn  Kommune
E-post"), and the list items (bullets). Label-delimited spans ("Til stede: … Forfall: …") are cut by
`label_spans` from a table of label patterns, so that attendance, which reads a transcript without line
breaks, and any other finder share one way of saying where a label's value ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from .labels import split_at_labels
from .mail import without_mail_header
from .prefilter import could_match
from .text import Found, Line, has_cell_breaks, is_table_rule, split_lines, table_cells


class Kind(StrEnum):
    LINE = "line"
    TABLE_ROW = "table_row"
    LIST_ITEM = "list_item"
    LABEL_SPAN = "label_span"


@dataclass(frozen=True)
class Segment:
    """A stretch of the document: its kind, its offsets, the line it starts on and, for a table row, its cells."""

    kind: Kind
    start: int
    end: int
    line: int  # index into Segments.lines (-1 for a label span found in the flowing text)
    cells: tuple[Found, ...] = ()


@dataclass(frozen=True)
class Table:
    """A table whose header row names its columns, and the rows under it up to a blank line."""

    columns: tuple[str, ...]  # one kind per column (people: name, email, organization, role, status, for)
    header: Segment
    rows: tuple[Segment, ...]
    end_line: int  # the index of the blank line (or the end) that closes the table

    def column(self, kind: str) -> int | None:
        """Return the index of the first column of that kind."""
        return self.columns.index(kind) if kind in self.columns else None

    def cell(self, row: Segment, kind: str) -> Found | None:
        """Return the row's cell of that kind, when the row has all the header's columns."""
        if kind in self.columns and len(row.cells) >= len(self.columns):
            return row.cells[self.columns.index(kind)]
        return None


@dataclass(frozen=True)
class Segments:
    lines: list[Line]
    tables: list[Table]
    list_items: list[Segment]


_BULLET_RE = re.compile(r"^\s*[-–•·*▪●◦]\s*\S")

# A table header names its people column: a header word after a cell break, or one right before a break.
# Two patterns, the first searched from the first break only: one pattern tried from every tab is quadratic.
_CELL_BREAK_RE = re.compile(r"\t|\s\s|\s\|\s")
_HEADER_WORD_RE = re.compile(r"\b(?:navn|namn|deltak|person|medlem|representant)", re.I)
_HEADER_WORD_BREAK_RE = re.compile(
    r"\b(?:navn|namn|deltak|person|medlem|representant)\w*\s*(?:\t|\s\s|\s\|\s)", re.I
)
_NAME_HEADER = re.compile(r"^(?:navn|namn|deltaker|deltakar|deltakere|person|medlem|representant)$", re.I)
COLUMN_KINDS = (
    ("email", re.compile(r"^(?:e-? ?post|epost|e-?mail|mail|e-postadresse|epostadresse)$", re.I)),
    ("organization", re.compile(r"^(?:kommune|organisasjon|virksomhet|verksemd|etat|instans|representerer"
                                r"|fra|frå|arbeidssted|arbeidsstad|enhet|eining|org)$", re.I)),
    ("role", re.compile(r"^(?:rolle|stilling|funksjon|tittel|verv)$", re.I)),
    ("status", re.compile(r"^(?:møtt|til stede|tilstede|til stades|status|oppmøte|frammøte|deltok)$", re.I)),
    ("for", re.compile(r"^(?:møtte for|møtte for medlem|vara for|møtande for|stedfortreder for)$", re.I)),
)  # fmt: skip


def segment(masked: str) -> Segments:
    """Cut masked text into its lines, its tables with a header row and its list items."""
    lines = split_at_labels(without_mail_header(split_lines(masked)))
    items = [
        Segment(Kind.LIST_ITEM, line.start, line.end, i) for i, line in enumerate(lines) if is_bullet(line)
    ]
    return Segments(lines, find_tables(lines, column_kinds), items)


def is_bullet(line: Line) -> bool:
    """Tell a bulleted list item ("· Eventuelt", "- Budsjett")."""
    return bool(_BULLET_RE.match(line.text))


def column_kinds(line: Line) -> tuple[str, ...] | None:
    """Return the kind of each column when the line is a table header naming a people column, else None."""
    first_break = _CELL_BREAK_RE.search(line.text) if has_cell_breaks(line.text) else None
    if not first_break or not (
        _HEADER_WORD_RE.search(line.text, first_break.end()) or _HEADER_WORD_BREAK_RE.search(line.text)
    ):
        return None
    cells = [c.value for c in table_cells(line)]
    if len([c for c in cells if c]) < 2 or not any(_NAME_HEADER.match(c) for c in cells):
        return None
    return tuple(
        "name"
        if _NAME_HEADER.match(cell)
        else next((kind for kind, pattern in COLUMN_KINDS if pattern.match(cell)), "other")
        for cell in cells
    )


def find_tables(lines: list[Line], header: Callable[[Line], tuple[str, ...] | None]) -> list[Table]:
    """Return the tables whose header row `header` recognises (giving each column's kind), with their rows.

    A table runs to the next blank line; ruled lines ("|---|---|") are no rows.
    """
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        columns = header(lines[i])
        if columns is None:
            i += 1
            continue
        rows = []
        j = i + 1
        while j < len(lines) and not lines[j].blank:
            if not is_table_rule(lines[j]):
                rows.append(_row(lines, j))
            j += 1
        tables.append(Table(columns, _row(lines, i), tuple(rows), j))
        i = j
    return tables


def _row(lines: list[Line], i: int) -> Segment:
    return Segment(Kind.TABLE_ROW, lines[i].start, lines[i].end, i, tuple(table_cells(lines[i])))


@dataclass
class LabelSpan:
    """A label found in the flowing text and the span of its value, up to the next label."""

    rule: object  # the rule that matched (a finder's own rule type)
    start: int
    end: int  # where the value starts
    value_end: int = 0

    @property
    def segment(self) -> Segment:
        return Segment(Kind.LABEL_SPAN, self.start, self.value_end, -1)


def label_spans(
    text: str,
    rules: Iterable[tuple[object, re.Pattern[str], int, int]],
    value_end: Callable[[int, int], int],
    keep: Callable[[list[LabelSpan]], list[LabelSpan]] = list,
) -> list[LabelSpan]:
    """Find labels in text and give each the text up to the next label as its value.

    `rules` gives (rule, pattern, begin, end) to search; `keep` may drop some of the hits; where two labels
    overlap, the one that starts first (the longer at one start) is kept; `value_end(start, limit)` may end a
    value before the next label.
    """
    hits = keep(
        [
            LabelSpan(rule, m.start(), m.end())
            for rule, pattern, begin, end in rules
            if could_match(pattern, text, begin, end)  # far cheaper than a pattern that tries every offset
            for m in pattern.finditer(text, begin, end)
        ]
    )
    hits.sort(key=lambda hit: (hit.start, -hit.end))
    spans: list[LabelSpan] = []
    for hit in hits:
        if spans and hit.start < spans[-1].end:
            continue  # inside a longer label already taken ("Følgjande varamedlemer møtte")
        spans.append(hit)
    for k, span in enumerate(spans):
        nxt = spans[k + 1].start if k + 1 < len(spans) else len(text)
        span.value_end = value_end(span.end, nxt)
    return spans
