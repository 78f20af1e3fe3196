"""Single meetings by hand: ordinary, extraordinary or a gathering over two days; edited with stale-save protection."""

from __future__ import annotations

from django.urls import reverse

from motebok.meetings.models import Meeting
from tests.conftest import at

YEAR = 2031


def _new(body, **changes) -> dict:
    return {
        "kind": "ordinary", "title": "", "start_date": f"{YEAR}-09-17", "start_time": "10:00",
        "end_date": f"{YEAR}-09-17", "end_time": "12:00", "format": "digital", "place": "", "address": "",
        "online_link": "https://teams.example/m/1", "host": "", **changes,
    }  # fmt: skip


def test_the_secretary_adds_a_two_day_gathering_and_both_days_show(world):
    sara = world.client_for(world.secretary)
    response = sara.post(
        reverse("secretariat:new_meeting", args=[world.network.slug]),
        _new(world.network, kind="gathering", format="physical", online_link="", place="Mo i Rana",
             address="Ørnes 1, 8622 Mo i Rana", end_date=f"{YEAR}-09-18", end_time="12:30"),
    )  # fmt: skip
    meeting = Meeting.objects.get(body=world.network)
    assert response.status_code == 302 and meeting.number == 1
    assert meeting.start == at(YEAR, 9, 17, 10) and meeting.end == at(YEAR, 9, 18, 12, 30)
    page = sara.get(meeting.get_absolute_url()).content.decode()
    assert "onsdag 17. september 2031 10:00–torsdag 18. september 2031 12:30" in page
    assert "Ørnes 1, 8622 Mo i Rana" in page


def test_a_gathering_must_end_the_day_after_and_a_digital_meeting_needs_a_link(world):
    url = reverse("secretariat:new_meeting", args=[world.network.slug])
    response = world.client_for(world.secretary).post(
        url, _new(world.network, kind="gathering", online_link="")
    )
    page = response.content.decode()
    assert "En samling over to dager slutter dagen etter at den starter." in page
    assert "Et digitalt møte trenger en lenke." in page
    assert not Meeting.objects.exists()


def test_an_edit_from_a_stale_form_is_refused(world):
    meeting = Meeting.objects.create(body=world.network, year=YEAR, start=at(YEAR, 9, 17))
    url = reverse("secretariat:edit_meeting", args=[meeting.pk])
    form = {"kind": "extraordinary", "title": "Ekstramøte", "format": "physical", "place": "Bodø", "address": "",
            "online_link": "", "host": "", "version": 0}  # fmt: skip
    assert world.client_for(world.chair).post(url, form).status_code == 302
    response = world.client_for(world.secretary).post(url, {**form, "place": "Mosjøen"})
    assert "Noen andre har lagret endringer" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.place == "Bodø" and meeting.kind == "extraordinary"


def test_members_cannot_add_or_edit_meetings(world):
    mona = world.client_for(world.member)
    assert (
        mona.post(
            reverse("secretariat:new_meeting", args=[world.network.slug]), _new(world.network)
        ).status_code
        == 403
    )
    assert not Meeting.objects.exists()
