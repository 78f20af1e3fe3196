"""The PDF and Word renderings open and carry every heading and conclusion; the conclusion is bold."""

from __future__ import annotations

from io import BytesIO

import pypdfium2
from docx import Document

from motebok.publishing import MeetingDocument, Section, to_docx, to_html, to_pdf


def agenda() -> MeetingDocument:
    return MeetingDocument(
        title="Kommunedirektørkollegiet Nordmøre",
        subtitle="Referat fra møte 9. juni 2022",
        facts=[("Dato", "9. juni 2022"), ("Tid", "09.00–15.00"), ("Sted", "Sunndalsøra, rådhuset")],
        people=[("Til stede", ["Berit Hannasvik", "Knut Haugen"]), ("Forfall", ["Arne Ingebrigtsen"])],
        sections=[
            Section("Sak 14-22 Godkjenning av innkalling og saksliste", conclusion="Godkjent."),
            Section(
                "Sak 15-22 Regional plan for helse & omsorg <utkast>",
                paragraphs=["Orientering ved Knut Haugen.\nSpørsmål fra salen."],
                items=["Høringsfrist 1. september", "Felles uttalelse vurderes"],
                conclusion="Tas til orientering.",
            ),
            Section("Informasjons- og oppfølgingssaker"),
            Section(
                "Oppfølging av avtalen med Helse Møre og Romsdal", level=3, conclusion="Tas til etterretning."
            ),
        ],
        footer="Helseledernettverk – protokoll",
    )


def pdf_text(data: bytes) -> str:
    pdf = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def flat(text: str) -> str:
    return " ".join(text.split())


def test_it_writes_a_pdf_with_every_heading_and_conclusion():
    doc = agenda()
    text = flat(pdf_text(to_pdf(doc)))
    for expected in [doc.title, doc.subtitle, "Sunndalsøra, rådhuset", "Arne Ingebrigtsen", doc.footer]:
        assert expected in text
    for section in doc.sections:
        assert flat(section.heading) in text
        assert section.conclusion in text


def test_it_writes_a_pdf_on_a4():
    pdf = pypdfium2.PdfDocument(to_pdf(agenda()))
    width, height = pdf[0].get_size()
    pdf.close()
    assert (round(width), round(height)) == (595, 842)


def test_it_writes_a_word_file_with_every_heading_and_a_bold_conclusion():
    doc = agenda()
    word = Document(BytesIO(to_docx(doc)))
    paragraphs = [p.text for p in word.paragraphs]
    for section in doc.sections:
        assert section.heading in paragraphs
    for section in [s for s in doc.sections if s.conclusion]:
        paragraph = next(p for p in word.paragraphs if p.text == section.conclusion)
        assert all(run.bold for run in paragraph.runs)
    facts = {row.cells[0].text: row.cells[1].text for row in word.tables[0].rows}
    assert facts["Sted"] == "Sunndalsøra, rådhuset"
    # The footer text, then the page number fields (which Word fills in; "1" until it does).
    assert word.sections[0].footer.paragraphs[0].text == f"{doc.footer}\tSide 1 av 1"


def test_it_nests_grouped_cases_one_level_deeper_in_word():
    word = Document(BytesIO(to_docx(agenda())))
    styles = {p.text: p.style.name for p in word.paragraphs}
    assert styles["Informasjons- og oppfølgingssaker"] == "Heading 1"
    assert styles["Oppfølging av avtalen med Helse Møre og Romsdal"] == "Heading 2"


def test_it_escapes_text_in_html_and_marks_conclusions_bold():
    html = to_html(agenda())
    assert "&lt;utkast&gt;" in html and "<utkast>" not in html
    assert '<p class="conclusion">Tas til orientering.</p>' in html
    assert "<h3>Oppfølging av avtalen med Helse Møre og Romsdal</h3>" in html
