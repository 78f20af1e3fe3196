"""Results come only from what the reader may see; exempt material is found by its public title at most."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from motebok.search.finding import find
from motebok.search.query import parse
from motebok.search.results import hits
from tests.search.conftest import EXEMPT_WORD, found

EXEMPT_TITLE = "Lønnsvilkår for daglig leder Kari Nordmann"


@pytest.fixture
def readers(world):
    return {
        "anonymous": AnonymousUser(),
        "Olav": world.outsider.user,
        "Mona": world.member.user,
    }


@pytest.mark.parametrize("who", ["anonymous", "Olav"])
def test_a_word_only_in_an_exempt_cases_notes_finds_nothing_for_outsiders(archive, readers, who):
    assert found(readers[who], EXEMPT_WORD) == []
    assert found(readers[who], "forhandlingsmandat") == []
    assert found(readers[who], "Kari Nordmann") == []


@pytest.mark.parametrize("who", ["anonymous", "Olav"])
def test_outsiders_find_an_exempt_case_and_document_by_their_public_titles(archive, readers, who):
    assert found(readers[who], "forhandlingsutvalg") == ["Oppnevning av forhandlingsutvalg"]
    assert found(readers[who], "avtaleutkast") == ["Avtaleutkast"]


def test_members_of_the_body_find_everything_in_it(archive, readers):
    assert set(found(readers["Mona"], EXEMPT_WORD)) == {EXEMPT_TITLE, f"Avtaleutkast om {EXEMPT_WORD}"}
    assert found(readers["Mona"], "forhandlingsutvalg") == [EXEMPT_TITLE]


def test_a_non_public_bodys_material_is_found_by_its_members_only(archive, readers):
    assert found(readers["Olav"], "prosjektøkonomi") == ["Styringsgruppas prosjektøkonomi"]
    assert found(readers["Olav"], "hamar") == [""]
    for who in ("anonymous", "Mona"):
        assert found(readers[who], "prosjektøkonomi") == []
        assert found(readers[who], "hamar") == []


def test_site_staff_find_everything(archive, world):
    staff = world.secretary.user
    staff.is_staff = True
    staff.save()
    assert set(found(staff, EXEMPT_WORD)) == {EXEMPT_TITLE, f"Avtaleutkast om {EXEMPT_WORD}"}
    assert found(staff, "prosjektøkonomi") == ["Styringsgruppas prosjektøkonomi"]


def test_unpublished_meetings_and_their_cases_are_hidden_from_outsiders(archive, readers):
    archive.later_meeting.is_published = False
    archive.later_meeting.save()
    assert found(readers["anonymous"], "budsjett") == []
    assert found(readers["anonymous"], "teams") == []
    assert found(readers["Mona"], "budsjett") == ["Budsjett for regionrådet"]


def test_notes_from_an_unpublished_meeting_stay_with_members(archive, readers, world):
    from motebok.meetings import services
    from tests.conftest import at

    draft = services.create_meeting(world.network, start=at(2025, 1, 20), place="Rådhuset")
    item = services.place_case(archive.open_case, draft)
    item.notes = "Utkast om vindkraftverk"
    item.save()
    assert found(readers["anonymous"], "vindkraftverk") == []
    assert found(readers["Mona"], "vindkraftverk") == ["Bærekraftig samarbeid etter plansamarbeidet"]
    assert found(readers["anonymous"], "bærekraftig") == ["Bærekraftig samarbeid etter plansamarbeidet"]


@pytest.mark.parametrize("who", ["anonymous", "Olav"])
def test_outsiders_results_never_show_exempt_text(archive, readers, who):
    shown = [
        str(part)
        for query in (parse("forhandlingsutvalg"), parse("avtaleutkast"))
        for hit in hits(readers[who], find(readers[who], query), query)
        for part in (hit.title, hit.snippet, hit.citation)
    ]
    assert len(shown) == 6
    for part in shown:
        assert EXEMPT_WORD not in part
        assert "Kari Nordmann" not in part
        assert "Personalsak" not in part
