"""The public programme page and a municipality's page across programmes."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_everyone_sees_themes_networks_municipalities_and_projects_of_a_public_programme(saman):
    page = Client().get("/program/saman-om-ein-betre-kommune/").content.decode()
    for text in ("Sykefravær", "Etablere en nærværskultur", "Nettverk sør – sykefravær", "Steinkjer", "Vefsn",
                 "Nærvær i Steinkjer", "Pulje 1", "Saman om ein betre kommune: Programråd"):  # fmt: skip
        assert text in page, text
    # The set-up pages are the secretariat's, and not linked for visitors.
    assert "/oppsett/" not in page


def test_the_secretariat_gets_its_pages_linked_and_a_hidden_programme_is_not_found(saman, world):
    page = world.client_for(world.secretary).get("/program/saman-om-ein-betre-kommune/").content.decode()
    assert "/program/saman-om-ein-betre-kommune/oppsett/" in page

    body = saman.programme.body
    body.is_public = False
    body.save()
    assert Client().get("/program/saman-om-ein-betre-kommune/").status_code == 404
    assert world.client_for(world.outsider).get("/program/saman-om-ein-betre-kommune/").status_code == 404


def test_a_municipalitys_page_lists_its_programmes_and_networks(saman):
    response = Client().get(f"/program/kommune/{saman.steinkjer.organisation_id}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Saman om ein betre kommune" in page and "Nettverk sør – sykefravær" in page
    assert "Nærvær i Steinkjer" in page and "2.1.2012" in page
    # A municipality in no programme the visitor may see has no such page.
    from tests.programmes.conftest import municipality

    assert Client().get(f"/program/kommune/{municipality('Bodø').pk}/").status_code == 404
