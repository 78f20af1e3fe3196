"""Moving a meeting sends an update of the same calendar event; cancelling sends a cancellation."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from motebok.invitations import services
from motebok.invitations.models import Dispatch
from motebok.meetings import services as meeting_services
from motebok.meetings.models import Meeting
from motebok.planning import services as planning
from tests.invitations.conftest import TEAMS, calendar_of, event_of


def test_it_sends_an_update_with_the_same_uid_and_a_higher_sequence_when_moved(world, meeting, smtp):
    services.send_invitation(meeting, world.secretary)
    new_start = meeting.start + dt.timedelta(days=1, hours=3)

    response = world.client_for(world.secretary).post(
        reverse("invitations:move", args=[meeting.pk]),
        {
            "start": new_start.strftime("%Y-%m-%dT%H:%M"),
            "end": (new_start + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
            "version": 0,
        },
    )

    assert response.status_code == 302
    invitation, update = smtp.to("mona@example.no")
    assert update["Subject"].strip().startswith("Endret møte:")
    before, after = event_of(invitation), event_of(update)
    assert after["UID"] == before["UID"]
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert str(calendar_of(update)["METHOD"]) == "REQUEST"
    assert after.decoded("DTSTART") == new_start
    meeting.refresh_from_db()
    assert meeting.start == new_start


def test_it_refuses_a_move_from_a_form_loaded_before_another_change(world, meeting, smtp):
    services.move_meeting(meeting, meeting.start + dt.timedelta(days=7), None, world.chair, loaded_version=0)
    moved = meeting.start
    stale = meeting.start + dt.timedelta(days=1)
    response = world.client_for(world.secretary).post(
        reverse("invitations:move", args=[meeting.pk]),
        {"start": stale.strftime("%Y-%m-%dT%H:%M"), "end": "", "version": 0},
    )
    assert "Noen andre har lagret endringer etter at du åpnet skjemaet." in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.start == moved


def test_it_moves_a_meeting_not_yet_invited_without_sending(world, meeting, smtp):
    services.move_meeting(meeting, meeting.start + dt.timedelta(days=7), None, world.secretary)

    assert smtp.messages == []
    assert not Dispatch.objects.exists()


def test_it_rejects_an_end_before_the_start_next_to_the_field(world, meeting, smtp):
    start = meeting.start.strftime("%Y-%m-%dT%H:%M")
    earlier = (meeting.start - dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")

    response = world.client_for(world.secretary).post(
        reverse("invitations:move", args=[meeting.pk]), {"start": start, "end": earlier, "version": 0}
    )

    assert response.status_code == 200
    assert "Slutt må være etter start." in response.content.decode()
    assert smtp.messages == []


def test_it_sends_a_cancellation_for_the_same_event(world, meeting, smtp):
    services.send_invitation(meeting, world.secretary)

    response = world.client_for(world.chair).post(reverse("invitations:cancel", args=[meeting.pk]))

    assert response.status_code == 302
    invitation, cancellation = smtp.to("kari@example.no")
    part = next(p for p in cancellation.walk() if p.get_content_type() == "text/calendar")
    assert part.get_param("method") == "CANCEL"
    assert str(calendar_of(cancellation)["METHOD"]) == "CANCEL"
    event = event_of(cancellation)
    assert str(event["STATUS"]) == "CANCELLED"
    assert event["UID"] == event_of(invitation)["UID"]
    assert int(event["SEQUENCE"]) == 1
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.CANCELLED
    assert list(Dispatch.objects.values_list("kind", flat=True)) == ["cancellation", "invitation"]


def test_it_lets_only_editors_move_or_cancel(world, meeting, smtp, client):
    services.send_invitation(meeting, world.secretary)
    smtp.messages.clear()
    for person_client, status in [
        (world.client_for(world.member), 403),
        (world.client_for(world.outsider), 404),
    ]:
        assert person_client.post(reverse("invitations:cancel", args=[meeting.pk])).status_code == status
        assert person_client.get(reverse("invitations:move", args=[meeting.pk])).status_code == status
    assert client.post(reverse("invitations:cancel", args=[meeting.pk])).status_code == 404

    assert smtp.messages == []
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.INVITED


def test_it_sends_an_update_when_the_planning_app_moves_the_meeting(
    world, meeting, smtp, django_capture_on_commit_callbacks
):
    services.send_invitation(meeting, world.secretary)
    with django_capture_on_commit_callbacks(execute=True):
        planning.move_meeting(meeting, meeting.start + dt.timedelta(days=2), None)

    invitation, update = smtp.to("mona@example.no")
    assert event_of(update)["UID"] == event_of(invitation)["UID"]
    assert int(event_of(update)["SEQUENCE"]) == 1


def test_it_sends_a_cancellation_when_the_planning_app_cancels_the_meeting(
    world, meeting, smtp, django_capture_on_commit_callbacks
):
    services.send_invitation(meeting, world.secretary)
    with django_capture_on_commit_callbacks(execute=True):
        planning.cancel_meeting(meeting)

    assert str(calendar_of(smtp.to("mona@example.no")[-1])["METHOD"]) == "CANCEL"


def test_editing_the_place_or_link_sends_an_update_that_says_what_changed(
    world, meeting, smtp, django_capture_on_commit_callbacks
):
    services.send_invitation(meeting, world.secretary)
    new_link = "https://teams.microsoft.com/l/meetup-join/ny-lenke"
    form = {
        "version": 0, "kind": "ordinary", "title": "", "format": "hybrid", "place": "Mo i Rana",
        "address": "Storgata 1", "online_link": new_link, "host": "",
    }  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        response = world.client_for(world.secretary).post(
            reverse("secretariat:edit_meeting", args=[meeting.pk]), form
        )

    assert response.status_code == 302
    invitation, update = smtp.to("mona@example.no")
    assert update["Subject"].strip().startswith("Endret møte:")
    assert event_of(update)["UID"] == event_of(invitation)["UID"]
    assert int(event_of(update)["SEQUENCE"]) == int(event_of(invitation)["SEQUENCE"]) + 1
    assert str(event_of(update)["LOCATION"]) == "Mo i Rana, Storgata 1"
    assert str(event_of(update)["CONFERENCE"]) == new_link
    text = update.get_body(("plain",)).get_content()
    assert "Sted: før Digitalt, nå Mo i Rana, Storgata 1" in text
    assert "\r\nSted: Mo i Rana, Storgata 1\r\n" in text  # the agenda's facts, with the address
    assert f"Lenke til møtet: før {TEAMS}, nå {new_link}" in text


def test_changing_only_the_chair_sends_nothing(world, meeting, smtp, django_capture_on_commit_callbacks):
    services.send_invitation(meeting, world.secretary)
    with django_capture_on_commit_callbacks(execute=True):
        meeting_services.update_meeting(meeting, loaded_version=0, chair=world.secretary)

    assert len(smtp.to("mona@example.no")) == 1


def test_an_update_says_the_old_and_the_new_time(world, meeting, smtp):
    services.send_invitation(meeting, world.secretary)
    old = meeting.start

    services.move_meeting(meeting, old + dt.timedelta(days=1), None, world.secretary)

    update = smtp.to("mona@example.no")[-1].get_body(("plain",)).get_content()
    before = f"{date_format(timezone.localtime(old), 'l j. F Y')} 10.00–12.00"
    now = f"{date_format(timezone.localtime(old + dt.timedelta(days=1)), 'l j. F Y')} 10.00"
    assert f"Tid: før {before}, nå {now}" in update
    assert list(Dispatch.objects.values_list("particulars__time", flat=True)) == [now, before]


def test_a_cancellation_is_titled_so_and_carries_no_joining_link(world, meeting, smtp):
    services.send_invitation(meeting, world.secretary)

    services.cancel_meeting(meeting, world.secretary)

    cancellation = smtp.to("mona@example.no")[-1]
    assert cancellation["Subject"].strip().startswith("Avlyst: Helseledernettverket")
    everything = "".join(p.get_content() for p in cancellation.walk() if p.get_content_maintype() == "text")
    assert "Møtet er avlyst." in everything
    assert "teams.microsoft.com" not in everything
    assert TEAMS in smtp.to("mona@example.no")[0].get_body(("plain",)).get_content()
