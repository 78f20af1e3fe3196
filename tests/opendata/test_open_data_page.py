"""The "Åpne data" page lists the formats of the whole service and of each body the visitor may see, in bokmål
and nynorsk; the body page links to it."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_anonymous_sees_the_formats_of_the_public_bodies_only(world, client):
    page = client.get("/apne-data/").content.decode()

    assert 'href="/oparl/v1/system"' in page and 'href="/popolo.json"' in page
    assert 'href="/organ/helseledernettverket/medlemmer.xlsx"' in page
    assert 'href="/organ/helseledernettverket/oppmote.csv"' in page
    assert "styringsgruppa" not in page


def test_the_other_bodys_member_also_sees_her_closed_body(world):
    page = world.client_for(world.outsider).get("/apne-data/").content.decode()

    assert 'href="/organ/styringsgruppa/oppfolging.csv"' in page


def test_the_body_page_links_the_open_data_page(world, client):
    page = client.get("/organ/helseledernettverket/").content.decode()

    assert 'href="/apne-data/#organ-helseledernettverket">Åpne data</a>' in page


def test_the_page_is_in_nynorsk_when_chosen(world, client):
    client.post(reverse("set_language"), {"language": "nn", "next": "/"})

    page = client.get("/apne-data/").content.decode()

    assert "For heile tenesta" in page and "Medlemsliste (Excel)" in page
    assert "Oppmøte i år (CSV)" in page and "Opne oppfølgingspunkt (CSV)" in page
