"""A substitute named in an answer is sent the invitation, the calendar entry and the agenda; where the mandate
says substitutes are agreed with the leader, the chair is asked first."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from motebok.invitations import services
from motebok.invitations.models import Answer
from motebok.registry.models import Mandate
from tests.invitations.conftest import PUBLIC_TITLE, SECRET_TITLE, attachment, event_of, pdf_text

pytestmark = pytest.mark.django_db

VERA = "vera@example.no"


@pytest.fixture
def monas_answer(world, meeting, smtp) -> Answer:
    services.send_invitation(meeting, world.secretary)
    smtp.messages.clear()
    return Answer.objects.get(meeting=meeting, person=world.member)


def _name_vera(client, answer):
    return client.post(
        reverse("invitations:answer", args=[answer.token]),
        {"response": "substitute", "substitute_name": "Vera Vara", "substitute_email": VERA},
    )


def test_a_substitute_gets_the_invitation_calendar_and_agenda_where_the_mandate_allows_any(
    world, meeting, monas_answer, smtp, client
):
    world.network.mandates.update(substitute_rule=Mandate.SubstituteRule.ANY)

    _name_vera(client, monas_answer)

    (message,) = smtp.to(VERA)
    assert message["To"] == "Vera Vara <vera@example.no>"
    assert "Du er meldt som stedfortreder for Mona Medlem." in message.get_body(("plain",)).get_content()
    event = event_of(message)
    attendees = {str(a): a.params["PARTSTAT"] for a in event["ATTENDEE"]}
    assert attendees[f"mailto:{VERA}"] == "NEEDS-ACTION"
    assert attendees["mailto:mona@example.no"] == "DELEGATED"
    # The agenda as it leaves the body: the exempt case by its public title.
    agenda = pdf_text(attachment(message, ".pdf"))
    assert PUBLIC_TITLE in agenda and SECRET_TITLE not in agenda
    assert smtp.to("kari@example.no") == []
    assert Answer.objects.get(pk=monas_answer.pk).substitute_approval == Answer.Approval.NOT_NEEDED

    services.move_meeting(meeting, meeting.start + dt.timedelta(days=1), None, world.secretary)
    assert len(smtp.to(VERA)) == 2


def test_the_chair_agrees_first_where_the_mandate_says_so_and_then_the_substitute_is_invited(
    world, meeting, monas_answer, smtp, client
):
    _name_vera(client, monas_answer)

    assert smtp.to(VERA) == []
    (request,) = smtp.to("kari@example.no")
    assert request["Subject"].strip().startswith("Stedfortreder til godkjenning: Helseledernettverket")
    url = reverse("invitations:substitute", args=[monas_answer.pk])
    assert url in request.get_content()
    assert Answer.objects.get(pk=monas_answer.pk).substitute_approval == Answer.Approval.REQUESTED

    # Neither the member herself nor the secretary may agree in the leader's stead.
    for person in (world.member, world.secretary):
        assert world.client_for(person).post(url, {"decision": "approve"}).status_code == 404
    assert smtp.to(VERA) == []

    chair = world.client_for(world.chair)
    assert "Godkjenn stedfortrederen" in chair.get(url).content.decode()
    assert chair.post(url, {"decision": "approve"}).status_code == 302

    assert Answer.objects.get(pk=monas_answer.pk).substitute_approval == Answer.Approval.APPROVED
    (invitation,) = smtp.to(VERA)
    assert attachment(invitation, ".docx")


def test_a_refused_substitute_is_sent_nothing(world, meeting, monas_answer, smtp, client):
    _name_vera(client, monas_answer)
    url = reverse("invitations:substitute", args=[monas_answer.pk])
    assert meeting.attendance.filter(person__email=VERA).exists()

    world.client_for(world.chair).post(url, {"decision": "refuse"})
    services.send_update(meeting, world.secretary)

    assert Answer.objects.get(pk=monas_answer.pk).substitute_approval == Answer.Approval.REFUSED
    assert smtp.to(VERA) == []
    assert not meeting.attendance.filter(person__email=VERA).exists()
    assert client.get(url).status_code == 302


def test_the_member_is_told_when_the_leader_refuses_her_substitute(
    world, meeting, monas_answer, smtp, client
):
    _name_vera(client, monas_answer)

    world.client_for(world.chair).post(
        reverse("invitations:substitute", args=[monas_answer.pk]), {"decision": "refuse"}
    )

    (told,) = smtp.to("mona@example.no")
    assert told["Subject"].strip().startswith("Stedfortreder ikke godkjent: Helseledernettverket")
    assert told["Auto-Submitted"] == "auto-generated" and "sara@example.no" in told["Reply-To"]
    text = told.get_content()
    assert "Leder i Helseledernettverket har ikke godkjent Vera Vara som stedfortreder for deg" in text
    assert monas_answer.get_absolute_url() in text
