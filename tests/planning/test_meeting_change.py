"""Moving, cancelling and the programme committee of a single planned meeting."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from motebok.meetings.models import Meeting
from motebok.meetings.services import create_meeting
from motebok.planning.models import ProgrammeCommittee
from motebok.planning.signals import meeting_cancelled, meeting_moved
from tests.conftest import at

# A fixed year: with "next year" the move to 27–28 May would fall on Whit Sunday when the suite runs in 2033.
YEAR = 2031


@pytest.fixture
def gathering(helgeland, municipalities):
    return create_meeting(
        helgeland.network, start=at(YEAR, 5, 20, 11, 30), end=at(YEAR, 5, 21, 12, 30),
        format=Meeting.Format.PHYSICAL, host=municipalities["Rana"],
    )  # fmt: skip


@pytest.fixture
def heard():
    """Collect what the planning signals announce, as the invitations app would hear it."""
    received = []

    def listener(signal, sender, **kwargs):
        received.append((signal, kwargs))

    meeting_moved.connect(listener)
    meeting_cancelled.connect(listener)
    yield received
    meeting_moved.disconnect(listener)
    meeting_cancelled.disconnect(listener)


def _url(meeting):
    return reverse("planning:change", args=[meeting.pk])


def _move(day: str, start="11:30", end_day=None, end="12:30", version=0) -> dict:
    return {
        "action": "move",
        "version": version,
        "start_date": day,
        "start_time": start,
        "end_date": end_day or day,
        "end_time": end,
    }


def test_it_moves_a_meeting_and_announces_it_after_commit(
    helgeland, gathering, heard, django_capture_on_commit_callbacks
):
    client = helgeland.client_for(helgeland.secretary)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url(gathering), _move(f"{YEAR}-05-27", end_day=f"{YEAR}-05-28"))
    assert response.status_code == 302
    gathering.refresh_from_db()
    assert gathering.start == at(YEAR, 5, 27, 11, 30) and gathering.end == at(YEAR, 5, 28, 12, 30)
    assert gathering.number == 1
    assert [(signal, kwargs["previous_start"]) for signal, kwargs in heard] == [
        (meeting_moved, at(YEAR, 5, 20, 11, 30))
    ]


def test_it_refuses_a_move_loaded_before_someone_else_saved(helgeland, gathering):
    kari, sara = helgeland.client_for(helgeland.chair), helgeland.client_for(helgeland.secretary)
    assert kari.post(_url(gathering), _move(f"{YEAR}-05-27", end_day=f"{YEAR}-05-28")).status_code == 302
    # Sara's form was loaded at version 0, before Kari's move.
    response = sara.post(_url(gathering), _move(f"{YEAR}-06-03", end_day=f"{YEAR}-06-04"))
    assert "Noen andre har lagret endringer etter at du åpnet skjemaet." in response.content.decode()
    gathering.refresh_from_db()
    assert gathering.start == at(YEAR, 5, 27, 11, 30) and gathering.version == 1


def test_it_refuses_to_move_into_easter_week_or_another_year(helgeland, gathering):
    from dateutil.easter import easter

    client = helgeland.client_for(helgeland.secretary)
    maundy_wednesday = (easter(YEAR) - dt.timedelta(days=4)).isoformat()
    response = client.post(_url(gathering), _move(maundy_wednesday))
    assert "Datoen er i påskeuka." in response.content.decode()
    response = client.post(_url(gathering), _move(f"{YEAR + 1}-02-10"))
    assert f"Møtet kan bare flyttes innenfor møteåret {YEAR}." in response.content.decode()
    response = client.post(_url(gathering), _move(f"{YEAR}-05-27", start="12:30", end="11:30"))
    assert "Slutten må komme etter starten." in response.content.decode()
    gathering.refresh_from_db()
    assert gathering.start == at(YEAR, 5, 20, 11, 30)


def test_it_cancels_a_meeting_and_announces_it(
    helgeland, gathering, heard, django_capture_on_commit_callbacks
):
    client = helgeland.client_for(helgeland.chair)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_url(gathering), {"action": "cancel"})
    gathering.refresh_from_db()
    assert gathering.status == Meeting.Status.CANCELLED
    assert [signal for signal, _ in heard] == [meeting_cancelled]
    response = client.post(_url(gathering), _move(f"{YEAR}-05-27"))
    gathering.refresh_from_db()
    assert response.status_code == 302 and gathering.start == at(YEAR, 5, 20, 11, 30)


def test_it_attaches_a_programme_committee_of_the_host_and_two_others(helgeland, gathering, municipalities):
    client = helgeland.client_for(helgeland.secretary)
    chosen = [municipalities[name].pk for name in ("Rana", "Hemnes", "Vefsn")]
    response = client.post(_url(gathering), {"action": "committee", "members": chosen, "version": 0})
    assert response.status_code == 302
    assert sorted(
        ProgrammeCommittee.objects.get(meeting=gathering).members.values_list("pk", flat=True)
    ) == sorted(chosen)


def test_it_refuses_a_programme_committee_loaded_before_someone_else_saved(
    helgeland, gathering, municipalities
):
    kari, sara = helgeland.client_for(helgeland.chair), helgeland.client_for(helgeland.secretary)
    first = [municipalities[name].pk for name in ("Rana", "Hemnes", "Vefsn")]
    assert (
        kari.post(_url(gathering), {"action": "committee", "members": first, "version": 0}).status_code == 302
    )
    # Sara's form was loaded at version 0, before Kari saved hers.
    second = [municipalities[name].pk for name in ("Rana", "Alstahaug", "Brønnøy")]
    response = sara.post(_url(gathering), {"action": "committee", "members": second, "version": 0})
    assert "Noen andre har lagret endringer etter at du åpnet skjemaet." in response.content.decode()
    members = ProgrammeCommittee.objects.get(meeting=gathering).members.values_list("pk", flat=True)
    assert sorted(members) == sorted(first)


def test_it_requires_the_host_on_the_programme_committee(helgeland, gathering, municipalities):
    client = helgeland.client_for(helgeland.secretary)
    chosen = [municipalities[name].pk for name in ("Alstahaug", "Hemnes", "Vefsn")]
    response = client.post(_url(gathering), {"action": "committee", "members": chosen, "version": 0})
    assert "Vertskommunen Rana må være med." in response.content.decode()
    assert not ProgrammeCommittee.objects.exists()


def test_it_lets_neither_members_nor_anonymous_visitors_change_a_meeting(helgeland, gathering, client):
    # The member may see the meeting but not change it; to anonymous visitors an unpublished meeting does not exist.
    for visitor, status in ((helgeland.client_for(helgeland.member), 403), (client, 404)):
        assert visitor.post(_url(gathering), {"action": "cancel"}).status_code == status
        assert visitor.post(_url(gathering), _move(f"{YEAR}-05-27")).status_code == status
    gathering.refresh_from_db()
    assert gathering.status == Meeting.Status.PLANNED and gathering.start == at(YEAR, 5, 20, 11, 30)


def test_it_hides_an_unpublished_meeting_of_a_non_public_body(helgeland):
    meeting = create_meeting(helgeland.steering_group, start=at(YEAR, 3, 3))
    response = helgeland.client_for(helgeland.secretary).post(_url(meeting), {"action": "cancel"})
    assert response.status_code == 404
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.PLANNED
