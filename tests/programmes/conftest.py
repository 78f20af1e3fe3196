"""A programme built from seed 003 through the services: "Saman om ein betre kommune", 2012–2015, with its
themes, two puljer, a thematic network on sickness absence, and Steinkjer and Vefsn as participants.

Sara (the network secretary of tests/conftest.py) runs the programme; Mona leads Steinkjer's local project and
Kari is its politician; Olav has nothing to do with the programme.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

# The browser test starts, as the secretariat's does, from what `motebok migrate` and `createsuperuser` leave.
from tests.secretariat.conftest import fresh_instance  # noqa: F401


@dataclass
class Saman:
    programme: object
    absence: object  # the theme "Sykefravær"
    full_time: object  # the theme "Heltid/deltid"
    round_one: object
    round_two: object
    network: object  # "Nettverk sør – sykefravær"
    steinkjer: object  # participant, with Mona's project
    vefsn: object  # participant, without a project
    project: object


def municipality(name: str, day: dt.date = dt.date(2012, 9, 1)):
    from motebok.registry.municipalities import resolve_municipality

    found = resolve_municipality(name, on=day)
    assert found is not None, name
    return found


@pytest.fixture
def saman(world) -> Saman:
    from motebok.programmes import services
    from motebok.programmes.models import Party, Project

    programme = services.create_programme(
        name="Saman om ein betre kommune",
        start=dt.date(2012, 1, 1),
        end=dt.date(2015, 12, 31),
        secretaries=[world.secretary],
        organisation=("council", "secretariat", "steering_group", "resource_group"),
        is_public=True,
    )
    absence = services.add_theme(programme, name="Sykefravær", goal="Etablere en nærværskultur.")
    full_time = services.add_theme(programme, name="Heltid/deltid")
    round_one = services.add_round(programme, name="Pulje 1", admitted=dt.date(2012, 1, 1))
    round_two = services.add_round(programme, name="Pulje 2", admitted=dt.date(2012, 11, 1))
    network = services.create_network(
        programme,
        name="Nettverk sør – sykefravær",
        theme=absence,
        round=round_one,
        secretaries=[world.secretary],
    )
    steinkjer = services.admit(
        programme, municipality("Steinkjer"), admitted=dt.date(2012, 1, 2), round=round_one, network=network
    )
    vefsn = services.admit(
        programme, municipality("Vefsn"), admitted=dt.date(2012, 1, 2), round=round_one, network=network
    )
    project = services.save_project(
        steinkjer,
        title="Nærvær i Steinkjer",
        theme=absence,
        leader=world.member,
        status=Project.Status.ACTIVE,
        start=dt.date(2012, 2, 1),
        end=dt.date(2014, 6, 30),
        description="Redusere sykefraværet i pleie og omsorg.",
    )
    services.add_contact(project, world.chair, Party.POLITICAL)
    return Saman(programme, absence, full_time, round_one, round_two, network, steinkjer, vefsn, project)
