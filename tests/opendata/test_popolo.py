"""Popolo JSON: people, organisations and memberships as the body pages list them, with the municipality each
member represents as `on_behalf_of_id`."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.django_db


def _popolo(client, url: str = "/popolo.json") -> dict:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(response.content)


def test_anonymous_gets_the_public_bodies_members_and_the_municipality_they_represent(record, world, client):
    data = _popolo(client)

    organisations = {o["id"]: o for o in data["organizations"]}
    assert set(organisations) == {
        "organ/helseledernettverket",
        *(o for o in organisations if o.startswith("organisasjon/")),
    }
    (tingvoll,) = [o for o in data["organizations"] if o["name"] == "Tingvoll kommune"]
    mona = next(p for p in data["persons"] if p["name"] == "Mona Medlem")
    membership = next(m for m in data["memberships"] if m["person_id"] == mona["id"])
    assert membership == {
        "id": membership["id"],
        "person_id": mona["id"],
        "organization_id": "organ/helseledernettverket",
        "role": "Medlem",
        "on_behalf_of_id": tingvoll["id"],
    }
    assert "email" not in mona
    assert "Olav Utenfor" not in json.dumps(data, ensure_ascii=False)


def test_a_member_gets_her_fellows_e_mail_and_not_the_other_bodys(record, world):
    data = _popolo(world.client_for(world.member))

    emails = {p["name"]: p.get("email") for p in data["persons"]}
    assert emails["Sara Sekretær"] == "sara@example.no"
    assert "Olav Utenfor" not in emails


def test_the_other_bodys_member_gets_her_own_closed_body(record, world):
    data = _popolo(world.client_for(world.outsider), "/organ/styringsgruppa/popolo.json")

    assert [o["id"] for o in data["organizations"]] == ["organ/styringsgruppa"]
    assert [p["name"] for p in data["persons"]] == ["Olav Utenfor"]


def test_a_closed_body_is_not_found_for_others(world, client):
    assert client.get("/organ/styringsgruppa/popolo.json").status_code == 404
