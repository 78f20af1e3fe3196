"""The meeting plan page: propose next year from the mandate, adjust, accept; only editors."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from motebok.meetings.models import Meeting
from motebok.planning.closed_days import is_closed
from motebok.planning.models import ProgrammeCommittee
from tests.conftest import at
from tests.planning.conftest import post_data

# On the page's own clock (Oslo): on a UTC machine date.today() is still the old year for an hour at New Year.
NEXT_YEAR = timezone.localdate().year + 1


def _url(world):
    return reverse("planning:plan", args=[world.network.slug])


def _preferences() -> dict:
    return {
        "year": NEXT_YEAR, "digital_weekday": 1, "digital_week": 2, "digital_start": "09:00", "digital_minutes": 120,
        "online_link": "https://teams.example.no/helgeland", "gathering_weekday": 2, "gathering_start": "11:30",
        "gathering_end": "12:30", "action": "propose", "version": 0,
    }  # fmt: skip


def _propose(client, world, **preferences):
    data = {**_preferences(), **preferences}
    response = client.post(_url(world), data)
    assert response.status_code == 200
    return response.context["formset"]


def test_it_proposes_next_years_plan_from_the_mandate(helgeland):
    formset = _propose(helgeland.client_for(helgeland.secretary), helgeland)
    kinds = [form["kind"].value() for form in formset.forms]
    assert kinds.count("digital") == 11
    assert kinds.count("gathering") == 4
    starts = [form["start_date"].value() for form in formset.forms]
    assert all(day.year == NEXT_YEAR and not is_closed(day) for day in starts)


def test_it_refuses_preferences_loaded_before_someone_else_saved_them(helgeland):
    from motebok.planning.models import PlanPreferences

    kari, sara = helgeland.client_for(helgeland.chair), helgeland.client_for(helgeland.secretary)
    _propose(kari, helgeland, digital_weekday=3)
    # Sara's form was loaded at version 0, before Kari saved Thursday.
    response = sara.post(_url(helgeland), {**_preferences(), "digital_weekday": 0})
    assert "Noen andre har lagret endringer etter at du åpnet skjemaet." in response.content.decode()
    assert response.context["formset"] is None
    preferences = PlanPreferences.objects.get(body=helgeland.network)
    assert (preferences.digital_weekday, preferences.version) == (3, 1)


def test_it_accepts_the_adjusted_plan_as_planned_meetings(helgeland, municipalities):
    client = helgeland.client_for(helgeland.secretary)
    formset = _propose(client, helgeland)
    data = post_data(formset, action="accept")
    del data["form-0-keep"]  # the secretary removes January's meeting
    data["form-1-start_time"], data["form-1-end_time"] = "13:00", "14:30"
    first_gathering = next(i for i, f in enumerate(formset.forms) if f["kind"].value() == "gathering")
    data[f"form-{first_gathering}-host"] = municipalities["Vefsn"].pk

    response = client.post(_url(helgeland), data)

    assert response.status_code == 302
    meetings = list(Meeting.objects.filter(body=helgeland.network).order_by("start"))
    assert len(meetings) == 14
    assert [m.number for m in meetings] == list(range(1, 15))
    assert {m.status for m in meetings} == {Meeting.Status.PLANNED}
    assert meetings[0].start.month == 2 and timezone.localtime(meetings[0].start).hour == 13
    assert meetings[0].end - meetings[0].start == dt.timedelta(minutes=90)
    assert meetings[0].online_link == "https://teams.example.no/helgeland"
    gatherings = [m for m in meetings if m.format == Meeting.Format.PHYSICAL]
    assert len(gatherings) == 4
    assert gatherings[0].host == municipalities["Vefsn"]
    committee = ProgrammeCommittee.objects.get(meeting=gatherings[0])
    assert municipalities["Vefsn"] in committee.members.all() and committee.members.count() == 3


def test_it_refuses_a_date_on_a_public_holiday_and_names_the_field(helgeland):
    client = helgeland.client_for(helgeland.secretary)
    data = post_data(_propose(client, helgeland), action="accept")
    data["form-4-start_date"] = data["form-4-end_date"] = f"{NEXT_YEAR}-05-17"

    response = client.post(_url(helgeland), data)

    assert response.status_code == 200
    assert "Dato: Datoen er en helligdag." in response.content.decode()
    assert not Meeting.objects.filter(body=helgeland.network).exists()


def test_it_rotates_hosts_after_those_who_hosted_last_year(helgeland, municipalities):
    from motebok.meetings.services import create_meeting

    for month, name in ((3, "Alstahaug"), (6, "Brønnøy"), (9, "Hemnes")):
        create_meeting(helgeland.network, start=at(NEXT_YEAR - 1, month, 10), host=municipalities[name])
    formset = _propose(helgeland.client_for(helgeland.secretary), helgeland)
    hosts = [f["host"].value() for f in formset.forms if f["kind"].value() == "gathering"]
    expected = ["Leirfjord", "Rana", "Vefsn", "Alstahaug"]
    assert hosts == [municipalities[name].pk for name in expected]


@pytest.mark.parametrize("who, status", [("member", 403), ("outsider", 404)])
def test_it_refuses_members_and_outsiders(helgeland, who, status):
    client = helgeland.client_for(getattr(helgeland, who))
    assert client.get(_url(helgeland)).status_code == status
    data = {"action": "accept", "form-TOTAL_FORMS": 1, "form-INITIAL_FORMS": 0, "form-0-keep": "on",
            "form-0-kind": "digital", "form-0-start_date": f"{NEXT_YEAR}-02-10", "form-0-start_time": "09:00",
            "form-0-end_date": f"{NEXT_YEAR}-02-10", "form-0-end_time": "11:00"}  # fmt: skip
    assert client.post(_url(helgeland), data).status_code == status
    assert not Meeting.objects.exists()


def test_it_refuses_anonymous_visitors(helgeland, client):
    assert client.get(_url(helgeland)).status_code == 404


def test_it_hides_a_non_public_body_from_others(helgeland):
    client = helgeland.client_for(helgeland.secretary)
    response = client.get(reverse("planning:plan", args=[helgeland.steering_group.slug]))
    assert response.status_code == 404
