"""The agenda as PDF and Word from the meeting page and the body page, as the reader may see it."""

from __future__ import annotations

from django.urls import reverse

from motebok.meetings.models import Meeting
from tests.invitations.conftest import PUBLIC_TITLE, SECRET_TITLE, TEAMS, docx_text, pdf_text


def test_it_gives_members_the_agenda_with_every_case_number_and_title(world, meeting):
    member = world.client_for(world.member)

    pdf = member.get(reverse("invitations:agenda_pdf", args=[meeting.pk]))
    word = member.get(reverse("invitations:agenda_docx", args=[meeting.pk]))

    assert pdf["Content-Type"] == "application/pdf"
    assert (
        f'filename="saksliste-helseledernettverket-{meeting.start:%Y-%m-%d}.docx"'
        in word["Content-Disposition"]
    )
    pdf_words, word_text = pdf_text(pdf.content), docx_text(word.content)
    for item in meeting.agenda.select_related("case__body"):
        heading = f"Sak {item.case.number} {item.case.title}"
        assert heading in pdf_words and heading in word_text
    assert SECRET_TITLE in word_text


def test_it_gives_the_public_a_published_agenda_with_public_titles_only(world, meeting, client):
    meeting.is_published = True
    meeting.save()

    word_text = docx_text(client.get(reverse("invitations:agenda_docx", args=[meeting.pk])).content)
    pdf_words = pdf_text(client.get(reverse("invitations:agenda_pdf", args=[meeting.pk])).content)

    for text in (word_text, pdf_words):
        assert PUBLIC_TITLE in text and SECRET_TITLE not in text
        # The legal basis under the public title, as municipalities print it.
        assert f"{PUBLIC_TITLE} Unntatt offentlighet, offl. § 13" in " ".join(text.split())


def test_it_marks_the_agenda_of_a_cancelled_meeting_avlyst(world, meeting, client):
    meeting.is_published, meeting.status = True, Meeting.Status.CANCELLED
    meeting.save()

    pdf = client.get(reverse("invitations:agenda_pdf", args=[meeting.pk])).content
    word = client.get(reverse("invitations:agenda_docx", args=[meeting.pk])).content

    assert pdf_text(pdf).startswith("AVLYST")
    assert docx_text(word).startswith("AVLYST\n")
    # A cancelled meeting has no joining link to give.
    assert TEAMS not in pdf_text(pdf) and TEAMS not in docx_text(word)


def test_it_hides_an_unpublished_agenda_from_outsiders(world, meeting, client):
    assert client.get(reverse("invitations:agenda_pdf", args=[meeting.pk])).status_code == 404
    assert (
        world.client_for(world.outsider)
        .get(reverse("invitations:agenda_docx", args=[meeting.pk]))
        .status_code
        == 404
    )


def test_it_links_the_next_agenda_from_the_body_page_and_the_meeting_page(world, meeting, client):
    meeting.is_published = True
    meeting.save()

    body_page = client.get(world.network.get_absolute_url()).content.decode()
    meeting_page = client.get(meeting.get_absolute_url()).content.decode()

    for page in (body_page, meeting_page):
        assert reverse("invitations:agenda_pdf", args=[meeting.pk]) in page
        assert reverse("invitations:agenda_docx", args=[meeting.pk]) in page
    assert f'href="{reverse("invitations:meeting", args=[meeting.pk])}"' not in meeting_page
