"""Meeting documents as Word files (python-docx), with the same structure as the PDF."""

from __future__ import annotations

import re
from io import BytesIO

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from motebok.publishing.document import MeetingDocument, Section

# A web address in running text; a full stop, comma or bracket right after it ends the sentence, not the link.
LINK = re.compile(r"https?://[^\s<>\"]+?(?=[.,;:!?)\]]*(?:\s|$))")
LINK_COLOUR = "0B5CAD"


def to_docx(doc: MeetingDocument) -> bytes:
    """Write the document as a .docx file: A4, in the body's language, with page numbers."""
    word = Document()
    _page(word, doc)
    normal = word.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    # Word checks spelling and reads aloud in the language set on the styles' runs.
    for style in (normal, *(word.styles[f"Heading {n}"] for n in range(1, 4)), word.styles["Title"]):
        _language(style.element.get_or_add_rPr(), doc.language)
    title = f"{doc.title} – {doc.subtitle}" if doc.subtitle else doc.title
    word.core_properties.title = f"AVLYST: {title}" if doc.cancelled else title
    word.core_properties.author = doc.author or doc.title
    word.core_properties.language = doc.language
    if doc.cancelled:
        mark = word.add_paragraph().add_run("AVLYST")
        mark.bold, mark.font.size, mark.font.color.rgb = True, Pt(20), RGBColor(0xA4, 0x00, 0x1D)
    word.add_heading(doc.title, level=0)
    if doc.subtitle:
        word.add_paragraph(doc.subtitle, style="Subtitle")
    _facts(word, doc.facts)
    _people(word, doc.people)
    for section in doc.sections:
        _section(word, section)
    buffer = BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _page(word, doc: MeetingDocument) -> None:
    """A4 with the PDF's margins, and the footer text with "Side n av m" on every page."""
    page = word.sections[0]
    page.page_width, page.page_height = Mm(210), Mm(297)
    page.top_margin, page.bottom_margin, page.left_margin, page.right_margin = Mm(22), Mm(24), Mm(25), Mm(20)
    footer = page.footer.paragraphs[0]
    footer.text = f"{doc.footer}\t" if doc.footer else ""
    footer.add_run("Side ")
    _field(footer, "PAGE")
    footer.add_run(" av ")
    _field(footer, "NUMPAGES")


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in as it lays out the pages."""
    run = paragraph.add_run()
    for kind, text in (
        ("begin", None),
        (None, f" {instruction} "),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText" if text.startswith(" ") else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _language(run_properties, language: str) -> None:
    lang = run_properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run_properties.append(lang)
    lang.set(qn("w:val"), language)


def _facts(word, facts: list[tuple[str, str]]) -> None:
    if not facts:
        return
    table = word.add_table(rows=0, cols=2)
    for label, value in facts:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        _text(cells[1].paragraphs[0], value)
    word.add_paragraph()


def _people(word, people: list[tuple[str, list[str]]]) -> None:
    for label, names in people:
        paragraph = word.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        _text(paragraph, ", ".join(names))


def _section(word, section: Section) -> None:
    # Word has Heading 1–9; level 2 in the document model is the top case level, Word's Heading 1.
    word.add_heading(section.heading, level=min(max(section.level - 1, 1), 9))
    for text in section.paragraphs:
        _text(word.add_paragraph(), text)
    for item in section.items:
        _text(word.add_paragraph(style="List Bullet"), item)
    if section.conclusion:
        paragraph = word.add_paragraph()
        if section.conclusion_label:
            paragraph.add_run(f"{section.conclusion_label}: ").bold = True
        _text(paragraph, section.conclusion, bold=True)


def _text(paragraph, text: str, bold: bool = False) -> None:
    """Add text to a paragraph with every web address in it as a link Word opens on a click."""
    position = 0
    for match in LINK.finditer(text):
        if match.start() > position:
            paragraph.add_run(text[position : match.start()]).bold = bold
        _hyperlink(paragraph, match.group(), bold)
        position = match.end()
    if position < len(text):
        paragraph.add_run(text[position:]).bold = bold


def _hyperlink(paragraph, url: str, bold: bool) -> None:
    """A w:hyperlink to an external address, underlined in the link colour as Word shows its own links."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
    run = paragraph.add_run(url)
    run.bold, run.font.underline, run.font.color.rgb = bold, True, RGBColor.from_string(LINK_COLOUR)
    # The run was added to the paragraph; move it inside the link.
    link.append(run._r)
    paragraph._p.append(link)
