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


def test_the_public_agenda_lists_no_follow_ups_of_unpublished_meetings_or_draft_minutes(
    world, meeting, client
):
    from motebok.meetings.models import ActionItem, Meeting
    from motebok.meetings.services import create_meeting
    from motebok.minutes import services as minutes
    from tests.conftest import at

    meeting.is_published = True
    meeting.save()
    unpublished = create_meeting(world.network, start=at(2024, 1, 10))
    drafted = create_meeting(world.network, start=at(2024, 2, 10), is_published=True)
    minutes.start_minutes(drafted)
    settled = create_meeting(
        world.network, start=at(2024, 3, 10), is_published=True, status=Meeting.Status.APPROVED
    )
    for what, source in (("Fra upublisert", unpublished), ("Fra utkast", drafted), ("Fra godkjent", settled)):
        ActionItem.objects.create(what=what, owner_text="Arbeidsgruppa", body=world.network, meeting=source)

    for url in ("invitations:agenda_pdf", "invitations:agenda_docx"):
        response = client.get(reverse(url, args=[meeting.pk]))
        text = pdf_text(response.content) if url.endswith("pdf") else docx_text(response.content)
        members = world.client_for(world.member).get(reverse(url, args=[meeting.pk])).content
        assert "Fra godkjent" in text
        assert "Fra upublisert" not in text and "Fra utkast" not in text
        member_text = pdf_text(members) if url.endswith("pdf") else docx_text(members)
        assert "Fra upublisert" in member_text and "Fra utkast" in member_text


def test_the_public_agenda_carries_the_online_link_only_where_the_body_publishes_it(world, meeting, client):
    meeting.is_published = True
    meeting.save()
    url = reverse("invitations:agenda_pdf", args=[meeting.pk])

    def link_in(response) -> bool:
        return "meetup-join" in pdf_text(response.content)

    assert not link_in(client.get(url))
    assert link_in(world.client_for(world.member).get(url))
    world.network.publish_online_link = True
    world.network.save()
    assert link_in(client.get(url))
