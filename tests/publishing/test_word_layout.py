"""Word files as municipalities print them: A4, the body's language, page numbers, title and author, labelled
conclusions, and a cancelled meeting marked AVLYST."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

from docx import Document
from docx.oxml.ns import qn

from motebok.publishing import Section, to_docx
from tests.publishing.test_rendering import agenda


def _word(doc) -> Document:
    return Document(BytesIO(to_docx(doc)))


def test_it_writes_a4_in_the_bodys_language_with_title_author_and_page_numbers():
    doc = replace(agenda(), language="nn-NO", author="Kommunedirektørkollegiet Nordmøre")

    word = _word(doc)

    page = word.sections[0]
    assert (round(page.page_width.mm), round(page.page_height.mm)) == (210, 297)
    normal = word.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert normal.get(qn("w:val")) == "nn-NO"
    assert word.core_properties.title == "Kommunedirektørkollegiet Nordmøre – Referat fra møte 9. juni 2022"
    assert word.core_properties.author == "Kommunedirektørkollegiet Nordmøre"
    fields = [t.text.strip() for t in page.footer.paragraphs[0]._p.iter(qn("w:instrText"))]
    assert fields == ["PAGE", "NUMPAGES"]


def test_it_labels_decisions_and_conclusions():
    doc = replace(
        agenda(),
        sections=[
            Section("Sak 14/22 Budsjett 2023", conclusion="Budsjettet vedtas.", conclusion_label="Vedtak"),
            Section(
                "Sak 15/22 Orientering", conclusion="Tas til orientering.", conclusion_label="Konklusjon"
            ),
        ],
    )

    paragraphs = [p.text for p in _word(doc).paragraphs]

    assert "Vedtak: Budsjettet vedtas." in paragraphs
    assert "Konklusjon: Tas til orientering." in paragraphs


def test_it_marks_a_cancelled_meeting_avlyst():
    word = _word(replace(agenda(), cancelled=True))

    assert word.paragraphs[0].text == "AVLYST"
    assert word.core_properties.title.startswith("AVLYST: ")


def test_it_makes_every_web_address_a_link_word_opens():
    teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc"
    doc = replace(
        agenda(),
        facts=[("Lenke til møtet", teams)],
        sections=[
            Section("Sak 1/25 Høring", paragraphs=["Se https://www.regjeringen.no/horing, frist i mars."])
        ],
    )

    word = _word(doc)

    links = {
        "".join(t.text for t in link.iter(qn("w:t"))): word.part.rels[link.get(qn("r:id"))]
        for link in word.element.body.iter(qn("w:hyperlink"))
    }
    assert set(links) == {teams, "https://www.regjeringen.no/horing"}
    assert all(rel.is_external and rel.target_ref == text for text, rel in links.items())
    text = "\n".join(p.text for p in word.paragraphs)
    assert "Se https://www.regjeringen.no/horing, frist i mars." in text


def test_a_nynorsk_bodys_agenda_is_in_nynorsk_by_its_written_standard(world):
    from django.contrib.auth.models import AnonymousUser

    from motebok.invitations.agenda import agenda_document
    from motebok.meetings.services import create_meeting
    from tests.conftest import at

    world.network.written_standard = "nn"
    world.network.save()
    meeting = create_meeting(world.network, start=at(2031, 3, 4), online_link="https://teams.microsoft.com/x")

    word = _word(agenda_document(meeting, AnonymousUser(), with_link=True))

    assert word.styles["Normal"].element.rPr.find(qn("w:lang")).get(qn("w:val")) == "nn-NO"
    assert word.core_properties.language == "nn-NO"
