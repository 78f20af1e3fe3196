"""Meeting documents as Word files (python-docx), with the same structure as the PDF."""

from __future__ import annotations

from io import BytesIO

from docx import Document
from docx.shared import Pt

from motebok.publishing.document import MeetingDocument, Section


def to_docx(doc: MeetingDocument) -> bytes:
    """Write the document as a .docx file."""
    word = Document()
    word.styles["Normal"].font.name = "Arial"
    word.styles["Normal"].font.size = Pt(10.5)
    word.core_properties.title = f"{doc.title} – {doc.subtitle}" if doc.subtitle else doc.title
    word.add_heading(doc.title, level=0)
    if doc.subtitle:
        word.add_paragraph(doc.subtitle, style="Subtitle")
    _facts(word, doc.facts)
    _people(word, doc.people)
    for section in doc.sections:
        _section(word, section)
    if doc.footer:
        word.sections[0].footer.paragraphs[0].text = doc.footer
    buffer = BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _facts(word, facts: list[tuple[str, str]]) -> None:
    if not facts:
        return
    table = word.add_table(rows=0, cols=2)
    for label, value in facts:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    word.add_paragraph()


def _people(word, people: list[tuple[str, list[str]]]) -> None:
    for label, names in people:
        paragraph = word.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(", ".join(names))


def _section(word, section: Section) -> None:
    # Word has Heading 1–9; level 2 in the document model is the top case level, Word's Heading 1.
    word.add_heading(section.heading, level=min(max(section.level - 1, 1), 9))
    for text in section.paragraphs:
        word.add_paragraph(text)
    for item in section.items:
        word.add_paragraph(item, style="List Bullet")
    if section.conclusion:
        word.add_paragraph().add_run(section.conclusion).bold = True
