"""Where the programme pages are linked from: the programme's body, its networks, and the user's own page."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_the_programme_body_and_its_networks_link_the_programme_page(saman, world):
    programme_url = "/program/saman-om-ein-betre-kommune/"
    assert programme_url in Client().get(saman.programme.body.get_absolute_url()).content.decode()
    assert programme_url in Client().get(saman.network.body.get_absolute_url()).content.decode()
    assert (
        "/program/saman-om-ein-betre-kommune/deltakere/" not in Client().get(programme_url).content.decode()
    )
    sara = world.client_for(world.secretary).get(saman.programme.body.get_absolute_url()).content.decode()
    assert "/program/saman-om-ein-betre-kommune/deltakere/" in sara


def test_a_project_leader_finds_her_reports_from_her_own_page(saman, world):
    assert "/program/mine-rapporter/" in world.client_for(world.member).get("/min-side/").content.decode()
    assert (
        "/program/mine-rapporter/" not in world.client_for(world.outsider).get("/min-side/").content.decode()
    )
    assert world.client_for(world.outsider).get("/program/mine-rapporter/").status_code == 200
    assert Client().get("/program/mine-rapporter/").status_code == 302


def test_a_gatherings_meeting_page_links_its_representation_for_the_secretariat_only(saman, world):
    from motebok.programmes import services
    from motebok.programmes.models import Gathering
    from tests.conftest import at

    gathering = services.create_gathering(
        saman.programme, saman.network.body, kind=Gathering.Kind.THEME_DAY, start=at(2012, 5, 9, 9),
        host=saman.steinkjer.organisation,
    )  # fmt: skip
    meeting_url = gathering.meeting.get_absolute_url()
    sara = world.client_for(world.secretary).get(meeting_url).content.decode()
    assert (
        f'href="/program/samling/{gathering.pk}/"' in sara and "Representasjon og oppmøte (temadag)" in sara
    )
    assert f"/program/samling/{gathering.pk}/" not in Client().get(meeting_url).content.decode()
