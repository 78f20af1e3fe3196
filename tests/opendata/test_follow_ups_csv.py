"""Open follow-ups of a body: what the case pages show the reader, exempt cases by their public title."""

from __future__ import annotations

import datetime as dt

import pytest

from motebok.meetings.models import ActionItem, Case, Meeting
from tests.conftest import at
from tests.opendata.conftest import csv_rows

pytestmark = pytest.mark.django_db


def _rows(client) -> list[list[str]]:
    return csv_rows(
        client.get("/organ/helseledernettverket/oppfolging.csv"), "oppfolging-helseledernettverket.csv"
    )


@pytest.fixture
def follow_ups(record, unpublished, world):
    open_case = Case.objects.get(title="Tema ledelse")
    exempt = Case.objects.get(title="Lønnsvilkår for daglig leder")
    drafted = Meeting.objects.get(start=at(2025, 4, 2, 9))
    due = dt.date(2025, 6, 1)
    for what, case, meeting in (
        ("Lage plan for ledelse", open_case, record),
        ("Forhandle lønn", exempt, record),
        ("Sette opp budsjett", None, drafted),
        ("Omorganisere", None, unpublished),
    ):
        ActionItem.objects.create(
            what=what, owner_person=world.member, body=world.network, case=case, meeting=meeting, due=due
        )
    ActionItem.objects.create(
        what="Ferdig oppgave", owner_text="Arbeidsgruppa", body=world.network, status=ActionItem.Status.DONE
    )


def test_anonymous_gets_the_settled_open_follow_ups_only(follow_ups, client):
    rows = _rows(client)

    assert rows[0] == ["Oppgave", "Ansvarlig", "Frist", "Sak", "Møte"]
    assert rows[1:] == [
        ["Lage plan for ledelse", "Mona Medlem", "2025-06-01", "Sak 2/25 Tema ledelse", "14.03.2025"]
    ]


def test_a_member_gets_every_open_follow_up_with_the_exempt_title(follow_ups, world):
    text = "\n".join(",".join(row) for row in _rows(world.client_for(world.member)))

    assert "Sak 3/25 Lønnsvilkår for daglig leder" in text
    assert "Sette opp budsjett" in text and "Omorganisere" in text
    assert "Ferdig oppgave" not in text


def test_a_closed_body_is_not_found(world, client):
    assert client.get("/organ/styringsgruppa/oppfolging.csv").status_code == 404
