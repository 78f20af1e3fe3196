"""Building blocks for the Word files of the labelled sets, written the way secretaries format them."""

from __future__ import annotations

from docx.document import Document


def add_table(document: Document, rows: list[tuple[str, ...]], bold_header: bool = True) -> None:
    """Add a grid table, its first row bold when it is a header."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for row_cells, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row_cells.cells, values, strict=True):
            cell.text = value
    if bold_header:
        for cell in table.rows[0].cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True


def add_bold_label(document: Document, label: str, text: str = "") -> None:
    """Add a paragraph that starts with a bold label, as Word users write "Vedtak:" or "Konklusjon:"."""
    paragraph = document.add_paragraph()
    paragraph.add_run(label).bold = True
    if text:
        paragraph.add_run(" " + text)
