"""Sending the invitation: every member gets the agenda, PDF, Word and an iCalendar REQUEST."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from motebok.invitations.models import Answer, CalendarEvent
from motebok.meetings.models import Meeting
from tests.invitations.conftest import (
    PUBLIC_TITLE,
    SECRET_TITLE,
    TEAMS,
    attachment,
    calendar_of,
    docx_text,
    event_of,
    pdf_text,
    whole_message,
)


def send(client, meeting):
    return client.post(reverse("invitations:send", args=[meeting.pk]))


def test_it_sends_an_invitation_to_every_member_but_the_organizer(world, meeting, smtp):
    response = send(world.client_for(world.secretary), meeting)

    assert response.status_code == 302
    # Sara organizes: her own invitation would show in her calendar as someone else's meeting.
    assert sorted(m["X-Envelope-To"] for m in smtp.messages) == ["kari@example.no", "mona@example.no"]
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.INVITED
    assert Answer.objects.filter(meeting=meeting).count() == 3
    assert smtp.messages[0]["Subject"].strip().startswith("Innkalling: Helseledernettverket")


def test_it_attaches_an_icalendar_request_that_parses_back_to_the_meeting(world, meeting, smtp):
    send(world.client_for(world.secretary), meeting)

    message = smtp.to("mona@example.no")[0]
    part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    assert part.get_param("method") == "REQUEST"
    calendar = calendar_of(message)
    assert str(calendar["METHOD"]) == "REQUEST"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Oslo"]
    event = event_of(message)
    start = event.decoded("DTSTART")
    assert start.tzinfo is not None and start == meeting.start
    assert str(event["DTSTART"].params["TZID"]) == "Europe/Oslo"
    assert event.decoded("DTEND") == meeting.end
    # The link is a join button (CONFERENCE, and Teams' own property), not a place.
    assert "LOCATION" not in event
    assert str(event["CONFERENCE"]) == TEAMS and event["CONFERENCE"].params["VALUE"] == "URI"
    assert str(event["X-MICROSOFT-SKYPETEAMSMEETINGURL"]) == TEAMS
    assert str(event["URL"]) == TEAMS and TEAMS in str(event["DESCRIPTION"])
    assert str(event["SUMMARY"]) == "Helseledernettverket – Digitalt møte"
    assert str(event["UID"]) == CalendarEvent.objects.get(meeting=meeting).uid
    assert str(event["UID"]).endswith("@" + settings.SITE_DOMAIN)
    assert int(event["SEQUENCE"]) == 0
    assert str(event["ORGANIZER"]) == "mailto:sara@example.no"
    attendees = {str(a): a.params for a in event["ATTENDEE"]}
    assert set(attendees) == {"mailto:kari@example.no", "mailto:mona@example.no"}
    # Without a reply mailbox Møtebok cannot read calendar replies, so it asks for none.
    assert attendees["mailto:mona@example.no"]["RSVP"] == "FALSE"


def test_it_puts_the_address_in_the_location_of_a_physical_meeting(world, meeting, smtp):
    meeting.format, meeting.place = Meeting.Format.PHYSICAL, "Mosjøen rådhus, Kirkegata 1"
    meeting.save()
    send(world.client_for(world.secretary), meeting)

    event = event_of(smtp.messages[0])
    assert str(event["LOCATION"]) == "Mosjøen rådhus, Kirkegata 1"
    assert "URL" not in event


def test_it_attaches_pdf_and_word_agendas_with_every_case(world, meeting, smtp):
    send(world.client_for(world.secretary), meeting)

    message = smtp.messages[0]
    pdf, word = pdf_text(attachment(message, ".pdf")), docx_text(attachment(message, ".docx"))
    for item in meeting.agenda.select_related("case__body"):
        expected = f"Sak {item.case.number} {item.case.title_for(False)}"
        assert expected in pdf and expected in word
    assert "Sak 1/" in pdf and "Sak 2/" in word


def test_it_shows_the_agenda_and_the_personal_answer_link_in_the_message(world, meeting, smtp):
    send(world.client_for(world.secretary), meeting)

    message = smtp.to("mona@example.no")[0]
    token = Answer.objects.get(meeting=meeting, person=world.member).token
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for text in (plain, html):
        assert "Felles høringsuttalelse om legevakt" in text
        assert f"/innkalling/svar/{token}/" in text


def test_it_shows_exempt_cases_by_public_title_only(world, meeting, smtp):
    send(world.client_for(world.secretary), meeting)

    everything = whole_message(smtp.messages[0])
    assert PUBLIC_TITLE in everything
    assert SECRET_TITLE not in everything


def test_it_sends_a_second_sending_as_an_update_of_the_same_event(world, meeting, smtp):
    client = world.client_for(world.secretary)
    send(client, meeting)
    send(client, meeting)

    first, second = event_of(smtp.messages[0]), event_of(smtp.messages[-1])
    assert first["UID"] == second["UID"]
    assert int(second["SEQUENCE"]) == int(first["SEQUENCE"]) + 1


def test_it_lets_neither_outsiders_nor_members_nor_anonymous_send(world, meeting, smtp, client):
    assert send(world.client_for(world.outsider), meeting).status_code == 404
    assert send(world.client_for(world.member), meeting).status_code == 403
    assert send(client, meeting).status_code == 404

    assert smtp.messages == []
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.PLANNED
    assert not CalendarEvent.objects.exists()


def test_it_does_not_invite_to_a_cancelled_meeting(world, meeting, smtp):
    meeting.status = Meeting.Status.CANCELLED
    meeting.save()

    response = send(world.client_for(world.secretary), meeting)

    assert response.status_code == 302
    assert smtp.messages == []


def test_it_writes_the_start_in_oslo_local_time(world, meeting, smtp):
    # With TZID and local time, a 10:00 meeting stays at 10:00 in calendars on either side of a DST change.
    send(world.client_for(world.secretary), meeting)

    start = event_of(smtp.messages[0]).decoded("DTSTART")
    assert str(start.tzinfo) == "Europe/Oslo"
    assert (start.hour, start.minute) == (10, 0)


def test_it_marks_the_message_automatic_with_named_recipient_and_the_secretary_to_reply_to(
    world, meeting, smtp
):
    send(world.client_for(world.secretary), meeting)

    message = smtp.to("mona@example.no")[0]
    assert message["To"] == "Mona Medlem <mona@example.no>"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["Reply-To"] == "Sara Sekretær <sara@example.no>"
    assert message["Message-ID"].endswith(f"@{settings.SITE_DOMAIN}>")
    assert "Helseledernettverket" in message["Subject"]
    # No reply mailbox: the message says calendar answers are not read and points to the link.
    text = message.get_body(("plain",)).get_content()
    assert "Svar i kalenderen blir ikke registrert: bruk lenken." in text
    assert Answer.objects.get(meeting=meeting, person=world.member).get_absolute_url() in text
