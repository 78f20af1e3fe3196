"""Attendance over a year: a column per meeting the reader may open, a row per person, the times present."""

from __future__ import annotations

import pytest

from motebok.meetings.models import Attendance
from tests.opendata.conftest import csv_rows

pytestmark = pytest.mark.django_db


def _rows(client, query: str = "?ar=2025") -> list[list[str]]:
    return csv_rows(
        client.get(f"/organ/helseledernettverket/oppmote.csv{query}"), "oppmote-helseledernettverket-2025.csv"
    )


@pytest.fixture
def attended(record, unpublished, world):
    """Mona sent her apologies to the approved meeting; the minutes drafted her present at the other two."""
    Attendance.objects.filter(meeting=record, person=world.member).update(status=Attendance.Status.ABSENT)
    assert Attendance.objects.filter(meeting=unpublished, person=world.member, status="present").exists()


def test_anonymous_gets_the_published_meetings_only(attended, world, client):
    rows = _rows(client)

    assert rows[0] == ["Navn", "Representerer", "14.03.2025", "02.04.2025", "Til stede"]
    assert ["Mona Medlem", "Tingvoll kommune", "Forfall", "Til stede", "1"] in rows


def test_a_member_also_gets_the_unpublished_meeting(attended, world):
    rows = _rows(world.client_for(world.member))

    assert rows[0] == ["Navn", "Representerer", "14.03.2025", "02.04.2025", "20.05.2025", "Til stede"]
    assert ["Mona Medlem", "Tingvoll kommune", "Forfall", "Til stede", "Til stede", "2"] in rows


def test_it_explains_a_bad_year(world, client):
    response = client.get("/organ/helseledernettverket/oppmote.csv?ar=i fjor")

    assert response.status_code == 400
    assert "Året (ar) må være et årstall" in response.content.decode()
