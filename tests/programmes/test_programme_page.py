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


def test_a_municipalitys_page_lists_the_other_networks_it_has_a_seat_in(saman, world):
    from motebok.registry.models import Membership

    steinkjer = saman.steinkjer.organisation
    Membership.objects.create(body=world.network, person=world.member, organisation=steinkjer)
    Membership.objects.create(body=world.steering_group, person=world.chair, organisation=steinkjer)
    page = Client().get(f"/program/kommune/{steinkjer.pk}/").content.decode()
    seats = page[page.index('id="organer"') :].split("</table>")[0]
    assert "Helseledernettverket" in seats and "Mona Medlem" in seats
    # The steering group is not public: its seats are for those who may see it.
    assert "Styringsgruppa" not in seats
    assert (
        "Styringsgruppa"
        in world.client_for(world.outsider).get(f"/program/kommune/{steinkjer.pk}/").content.decode()
    )
    # The thematic network is listed once, with the programme, not again among the seats.
    assert "Nettverk sør – sykefravær" not in seats
