"""The secretariat plans the network's gatherings and records which municipalities met the requirement."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

SLUG = "saman-om-ein-betre-kommune"


def _gathering_form(saman, **changes) -> dict:
    form = {"kind": "network", "body": saman.network.body.pk, "title": "Første nettverkssamling",
            "start_date": "2012-02-09", "start_time": "10:00", "end_date": "2012-02-10", "end_time": "14:00",
            "place": "Utsikten hotell, Kvinesdal", "mandatory": "on", "political": "1", "administration": "1",
            "union": "0"}  # fmt: skip
    return form | changes


def test_the_secretariat_plans_a_network_gathering_as_a_meeting_of_the_network(saman, world):
    from motebok.programmes.models import Gathering

    response = world.client_for(world.secretary).post(f"/program/{SLUG}/samlinger/", _gathering_form(saman))
    gathering = Gathering.objects.get()
    assert response["Location"] == f"/program/samling/{gathering.pk}/"
    meeting = gathering.meeting
    assert meeting.body == saman.network.body and meeting.kind == "gathering" and meeting.is_published
    assert (gathering.political, gathering.administration, gathering.union) == (1, 1, 0)
    # The gathering is an ordinary meeting: it is on the network's public page.
    assert meeting.get_absolute_url() in Client().get(saman.network.body.get_absolute_url()).content.decode()


def test_a_theme_day_needs_its_host_municipality(saman, world):
    from motebok.programmes.models import Gathering

    form = _gathering_form(saman, kind="theme_day", end_date="2012-02-09", end_time="15:00")
    response = world.client_for(world.secretary).post(f"/program/{SLUG}/samlinger/", form)
    assert "En temadag holdes av en kommune: velg vertskommunen." in response.content.decode()
    form["host"] = saman.steinkjer.organisation_id
    world.client_for(world.secretary).post(f"/program/{SLUG}/samlinger/", form)
    theme_day = Gathering.objects.get(kind="theme_day")
    assert theme_day.meeting.host == saman.steinkjer.organisation
    from motebok.programmes import services

    assert [p.organisation.name for p in services.participants_of(theme_day)] == ["Steinkjer"]


def test_attendance_by_municipality_shows_who_met_the_requirement(saman, world):
    from motebok.programmes.models import Gathering

    sara = world.client_for(world.secretary)
    sara.post(f"/program/{SLUG}/samlinger/", _gathering_form(saman))
    gathering = Gathering.objects.get()
    url = f"/program/samling/{gathering.pk}/"
    sara.post(url, {"present": [world.chair.pk]})

    page = sara.get(url).content.decode()
    steinkjer = page[page.index("Steinkjer</th>") :].split("</tr>")[0]
    vefsn = page[page.index("Vefsn</th>") :].split("</tr>")[0]
    # Kari came for the politicians; nobody for the administration.
    assert "0 / 1 av 1" in steinkjer and "0 / 0 av 1" in steinkjer and ">nei<" in steinkjer
    assert ">nei<" in vefsn and "ingen kontaktpersoner" in vefsn
    assert gathering.meeting.attendance.get(person=world.chair).organisation.name == "Steinkjer"
    assert world.client_for(world.member).get(url).status_code == 404
    assert Client().get(url).status_code == 404


def test_the_secretariat_sees_how_many_of_each_networks_three_gatherings_are_planned(saman, world):
    sara = world.client_for(world.secretary)
    sara.post(f"/program/{SLUG}/samlinger/", _gathering_form(saman))
    sara.post(
        f"/program/{SLUG}/samlinger/", _gathering_form(saman, start_date="2013-02-07", end_date="2013-02-08")
    )
    # One not mandatory, which does not count.
    sara.post(f"/program/{SLUG}/samlinger/", _gathering_form(saman, start_date="2013-09-05", end_date="2013-09-06",
                                                                 mandatory=""))  # fmt: skip
    page = sara.get(f"/program/{SLUG}/samlinger/").content.decode()
    table = page[page.index('id="nettverkssamlinger"') :].split("</table>")[0]
    row = table[table.index("Nettverk sør – sykefravær</th>") :].split("</tr>")[0]
    assert row.count("<td>") == 3 and "<td>2</td><td>2</td>" in row and ">1</span>" in row
