"""The Atom feeds of approved, published minutes: per body and for the whole site."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from tests.opendata.conftest import approve

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
EXEMPT = ("Lønnsvilkår", "Drøftet lønn")


def _feed(client, url: str) -> tuple[str, list]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    text = response.content.decode()
    return text, ET.fromstring(response.content).findall(f"{ATOM}entry")


@pytest.mark.parametrize("url", ["/protokoller.atom", "/organ/helseledernettverket/protokoller.atom"])
def test_it_gives_anonymous_the_published_minutes_with_the_exempt_case_by_public_title(
    world, meeting, unpublished, client, url
):
    approve(meeting)

    text, entries = _feed(client, url)

    assert len(entries) == 1
    assert entries[0].find(f"{ATOM}link").get("href").endswith(f"/protokoll/mote/{meeting.pk}/")
    assert "14.03.2025" in entries[0].find(f"{ATOM}title").text
    summary = entries[0].find(f"{ATOM}summary").text
    assert "Forhandlingsutvalg" in summary and "Tema ledelse" in summary and "Tas til etterretning" in summary
    for word in (*EXEMPT, "20.05.2025", "Upublisert omorganisering", f"/mote/{unpublished.pk}/"):
        assert word not in text


def test_it_leaves_out_minutes_not_yet_approved(world, meeting, client):
    text, entries = _feed(client, "/protokoller.atom")

    assert entries == []
    assert "Tema ledelse" not in text


def test_it_shows_a_member_the_exempt_title_but_only_published_minutes(world, meeting, unpublished):
    approve(meeting)

    text, entries = _feed(world.client_for(world.member), "/organ/helseledernettverket/protokoller.atom")

    assert len(entries) == 1
    assert "Lønnsvilkår for daglig leder" in text
    assert "Upublisert omorganisering" not in text


def test_it_gives_the_secretary_the_same_entries(world, meeting, unpublished):
    approve(meeting)

    text, entries = _feed(world.client_for(world.secretary), "/protokoller.atom")

    assert len(entries) == 1 and "Lønnsvilkår for daglig leder" in text


def test_it_shows_a_member_of_another_body_only_the_public_title(world, meeting):
    approve(meeting)

    text, entries = _feed(world.client_for(world.outsider), "/organ/helseledernettverket/protokoller.atom")

    assert len(entries) == 1 and "Forhandlingsutvalg" in text
    for word in EXEMPT:
        assert word not in text


def test_it_hides_a_closed_body_feed_from_outsiders_and_gives_it_to_members(world, client):
    assert client.get("/organ/styringsgruppa/protokoller.atom").status_code == 404
    assert world.client_for(world.member).get("/organ/styringsgruppa/protokoller.atom").status_code == 404
    _feed(world.client_for(world.outsider), "/organ/styringsgruppa/protokoller.atom")


def test_the_body_page_announces_and_links_its_feed(world, client):
    page = client.get("/organ/helseledernettverket/").content.decode()

    url = "/organ/helseledernettverket/protokoller.atom"
    assert (
        f'<link rel="alternate" type="application/atom+xml" title="Helseledernettverket" href="{url}">'
        in page
    )
    assert f'href="{url}">Protokoller (Atom)</a>' in page


@pytest.mark.parametrize("url", ["/protokoller.atom", "/organ/helseledernettverket/protokoller.atom"])
def test_it_answers_304_until_the_minutes_or_their_cases_change(world, meeting, client, url):
    from motebok.meetings.models import Case

    empty = client.get(url)
    # Without entries the feed is stamped from the data too, not with the time of the request.
    assert client.get(url).content == empty.content
    approve(meeting)
    first = client.get(url)
    assert first.content != empty.content

    assert client.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 304
    assert client.get(url, headers={"If-Modified-Since": first["Last-Modified"]}).status_code == 304

    case = Case.objects.get(title="Lønnsvilkår for daglig leder")
    case.public_title = "Personalsak om ledelse"
    case.save()
    changed = client.get(url, headers={"If-None-Match": first["ETag"]})

    assert changed.status_code == 200
    assert "Personalsak om ledelse" in changed.content.decode()
