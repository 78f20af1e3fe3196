"""The CSV member list of a body: name, role and municipality for all who may see the body; e-mail for members."""

from __future__ import annotations

import csv
import io

import pytest

from motebok.registry.models import Organisation

pytestmark = pytest.mark.django_db


def _rows(client, slug: str = "helseledernettverket") -> list[list[str]]:
    response = client.get(f"/organ/{slug}/medlemmer.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="medlemmer-{slug}.csv"'
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.fixture
def represented(world):
    tingvoll = Organisation.objects.create(name="Tingvoll kommune", kind="municipality")
    world.network.memberships.filter(person=world.member).update(organisation=tingvoll)


@pytest.mark.parametrize("who", [None, "outsider"])
def test_it_gives_names_roles_and_municipalities_without_e_mail_to_others(world, represented, client, who):
    if who:
        client = world.client_for(getattr(world, who))

    rows = _rows(client)

    assert rows[0] == ["Navn", "Rolle", "Representerer", "E-post"]
    assert ["Mona Medlem", "Medlem", "Tingvoll kommune", ""] in rows
    assert len(rows) == 4
    assert all(row[3] == "" for row in rows[1:])


@pytest.mark.parametrize("who", ["member", "secretary"])
def test_it_gives_the_body_members_the_e_mail(world, represented, who):
    rows = _rows(world.client_for(getattr(world, who)))

    assert ["Mona Medlem", "Medlem", "Tingvoll kommune", "mona@example.no"] in rows
    assert ["Sara Sekretær", "Sekretær", "", "sara@example.no"] in rows


def test_it_hides_a_closed_body_list_from_outsiders(world, client):
    assert client.get("/organ/styringsgruppa/medlemmer.csv").status_code == 404
    assert world.client_for(world.member).get("/organ/styringsgruppa/medlemmer.csv").status_code == 404
    assert ["Olav Utenfor", "Medlem", "", "olav@example.no"] in _rows(
        world.client_for(world.outsider), "styringsgruppa"
    )


def test_the_body_page_links_the_list(world, client):
    page = client.get("/organ/helseledernettverket/").content.decode()

    assert 'href="/organ/helseledernettverket/medlemmer.csv">Medlemsliste (CSV)</a>' in page
