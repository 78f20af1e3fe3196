"""The Excel member list of a body: the same rows as the CSV list, in a workbook; ended memberships only for those
who manage the body, as on the body page."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest
from openpyxl import load_workbook

from motebok.registry.models import Membership
from tests.conftest import make_person

pytestmark = pytest.mark.django_db
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _rows(client, slug: str = "helseledernettverket") -> list[list]:
    response = client.get(f"/organ/{slug}/medlemmer.xlsx")
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX
    assert response["Content-Disposition"] == f'attachment; filename="medlemmer-{slug}.xlsx"'
    sheet = load_workbook(BytesIO(response.content)).active
    return [[cell if cell is not None else "" for cell in row] for row in sheet.iter_rows(values_only=True)]


@pytest.fixture
def former(world):
    """Tore left the network last year."""
    tore = make_person("Tore Tidligere", "tore")
    Membership.objects.create(
        body=world.network,
        person=tore,
        role=Membership.Role.MEMBER,
        end=dt.date.today() - dt.timedelta(days=365),
    )


def test_it_gives_anonymous_names_and_roles_of_the_present_members_without_e_mail(world, former, client):
    rows = _rows(client)

    assert rows[0] == ["Navn", "Rolle", "Representerer", "E-post"]
    assert ["Mona Medlem", "Medlem", "", ""] in rows
    assert len(rows) == 4 and all(row[3] == "" for row in rows[1:])


def test_the_member_gets_e_mail_but_not_the_former_members(world, former):
    rows = _rows(world.client_for(world.member))

    assert ["Mona Medlem", "Medlem", "", "mona@example.no"] in rows
    assert not any(row[0] == "Tore Tidligere" for row in rows)


def test_the_secretary_who_manages_the_body_also_gets_the_former_members(world, former):
    rows = _rows(world.client_for(world.secretary))

    assert ["Tore Tidligere", "Medlem", "", "tore@example.no"] in rows


def test_a_closed_bodys_list_is_not_found_for_outsiders(world, client):
    assert client.get("/organ/styringsgruppa/medlemmer.xlsx").status_code == 404
    assert world.client_for(world.member).get("/organ/styringsgruppa/medlemmer.xlsx").status_code == 404
