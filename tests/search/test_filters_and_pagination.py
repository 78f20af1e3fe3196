"""The search page filters by body and year, sorts by relevance or date, and pages through many results."""

from __future__ import annotations

import re

from motebok.meetings import services
from motebok.registry.models import Body
from tests.conftest import at
from tests.search.conftest import found, place


def _titles(response) -> list[str]:
    return [
        re.sub(r"<[^>]+>", "", title).strip()
        for title in re.findall(r"<h3[^>]*>(.*?)</h3>", response.content.decode(), re.S)
    ]


def test_it_filters_by_year(archive):
    assert set(found(None, "budsjett")) == {"Budsjett for regionrådet"}
    assert found(None, "budsjett", year_from=2022, year_to=2023) == []
    assert found(None, "budsjett", year_from=2024) == ["Budsjett for regionrådet"]
    assert found(None, "bærekraftig", year_to=2022) == ["Bærekraftig samarbeid etter plansamarbeidet"]


def test_it_filters_by_body(archive, world):
    other = Body.objects.create(name="Oppvekstnettverket", slug="oppvekst", is_public=True)
    meeting = services.create_meeting(other, start=at(2023, 2, 1), is_published=True)
    place(meeting, "Budsjett for oppvekst")
    assert len(found(None, "budsjett")) == 2
    assert found(None, "budsjett", body=other) == ["Budsjett for oppvekst"]
    assert found(None, "budsjett", body=world.network) == ["Budsjett for regionrådet"]


def test_the_page_filters_by_body_slug_and_years(client, archive):
    response = client.get("/sok/", {"q": "budsjett bærekraftig", "organ": "helseledernettverket"})
    assert response.status_code == 200
    assert b"0 treff" in response.content
    response = client.get(
        "/sok/", {"q": "plansamarbeidet", "organ": "helseledernettverket", "fra": "2022", "til": "2022"}
    )
    assert _titles(response) == ["Sak 1/22 Bærekraftig samarbeid etter plansamarbeidet"]


def test_it_sorts_newest_first_when_asked(client, archive):
    place(archive.meeting, "Eldre budsjettsak")
    relevance = _titles(client.get("/sok/", {"q": "budsjett"}))
    newest = _titles(client.get("/sok/", {"q": "budsjett", "sortering": "nyest"}))
    assert sorted(relevance) == sorted(newest)
    assert newest == ["Sak 1/24 Budsjett for regionrådet", "Sak 3/22 Eldre budsjettsak"]


def test_it_pages_through_many_results(client, world):
    meeting = services.create_meeting(world.network, start=at(2023, 4, 1), is_published=True)
    for number in range(25):
        place(meeting, f"Vannforsyning del {number}")
    first = client.get("/sok/", {"q": "vannforsyning"})
    assert b"25 treff" in first.content
    assert len(_titles(first)) == 20
    assert b"Side 1 av 2" in first.content
    assert b'rel="next" href="?q=vannforsyning&amp;side=2"' in first.content
    second = client.get("/sok/", {"q": "vannforsyning", "side": "2"})
    assert len(_titles(second)) == 5
    assert set(_titles(first)).isdisjoint(_titles(second))
    assert b'rel="prev"' in second.content
    assert len(_titles(client.get("/sok/", {"q": "vannforsyning", "side": "tull"}))) == 20


def test_bad_filters_get_a_norwegian_message_next_to_the_field(client, archive):
    response = client.get("/sok/", {"q": "budsjett", "organ": "finnes-ikke", "fra": "i fjor", "til": "1800"})
    assert response.status_code == 200
    text = response.content.decode()
    assert "Velg et organ fra listen." in text
    assert "Skriv et årstall, for eksempel 2022." in text
    assert 'id="id_til-error"' in text
    response = client.get("/sok/", {"q": "budsjett", "fra": "2024", "til": "2022"})
    assert "«Til år» kan ikke være før «Fra år»." in response.content.decode()


def test_a_non_public_body_is_no_filter_for_outsiders(client, archive):
    response = client.get("/sok/", {"q": "prosjektøkonomi", "organ": "styringsgruppa"})
    assert "Velg et organ fra listen." in response.content.decode()
    assert b"Styringsgruppas" not in response.content


def test_it_filters_by_kind_and_keeps_the_kind_in_the_page_links(client, archive, world):
    meeting = services.create_meeting(
        world.network, start=at(2023, 4, 1), place="Vannverket", is_published=True
    )
    for number in range(21):
        place(meeting, f"Vannforsyning del {number}")
    assert found(None, "vannverket", kind="meeting") == [""]
    assert found(None, "vannverket", kind="case") == []
    cases = client.get("/sok/", {"q": "vannforsyning vannverket", "type": "sak"})
    assert b"0 treff" in cases.content
    cases = client.get("/sok/", {"q": "vannforsyning", "type": "sak"})
    assert b"21 treff" in cases.content
    assert b'rel="next" href="?q=vannforsyning&amp;type=sak&amp;side=2"' in cases.content
    assert b"0 treff" in client.get("/sok/", {"q": "vannforsyning", "type": "dokument"}).content
    assert "Velg en type fra listen." in client.get("/sok/", {"q": "x", "type": "tull"}).content.decode()


def test_no_results_under_filters_offers_the_same_search_without_them(client, archive):
    text = client.get(
        "/sok/", {"q": "bredbånd", "type": "sak", "organ": "helseledernettverket", "sortering": "nyest"}
    ).content.decode()
    assert "Ingen treff." in text
    assert (
        '<a class="ds-link" href="?q=bredb%C3%A5nd&amp;sortering=nyest">Søk i alt, uten type, organ og år</a>'
        in text
    )
    unfiltered = client.get("/sok/", {"q": "bredbånd"}).content.decode()
    assert "1 treff" in unfiltered
    assert "Søk i alt, uten type, organ og år" not in unfiltered
    assert "Søk i alt, uten type, organ og år" not in client.get("/sok/", {"q": "tullord"}).content.decode()
