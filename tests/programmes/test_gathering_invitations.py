"""A gathering's invitations, sent through a real SMTP server, reach whom the gathering is for: a network
gathering each municipality's delegation, a theme day only its host municipality's, a project-leader gathering
the programme's project leaders."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.utils import timezone

from tests.conftest import at, make_person
from tests.programmes.conftest import municipality

pytestmark = pytest.mark.django_db


@dataclass
class Running:
    programme: object
    network: object
    steinkjer: object
    vefsn: object


@pytest.fixture
def running(world) -> Running:
    """A programme running now (invitations go to today's members): Steinkjer led by Mona with Kari as its
    politician, Vefsn led by Petra with Tor for the unions, both in one network."""
    from motebok.programmes import services
    from motebok.programmes.models import Party, Project

    today = timezone.localdate()
    programme = services.create_programme(
        name="Leve hele livet", start=today - dt.timedelta(days=30), end=today + dt.timedelta(days=365),
        secretaries=[world.secretary], is_public=True,
    )  # fmt: skip
    theme = services.add_theme(programme, name="Mat og måltider")
    network = services.create_network(programme, name="Nettverk måltid", theme=theme, round=None,
                                      secretaries=[world.secretary])  # fmt: skip
    places = []
    for town, leader, delegate, party in (
        ("Steinkjer", world.member, world.chair, Party.POLITICAL),
        (
            "Vefsn",
            make_person("Petra Prosjekt", "petra"),
            make_person("Tor Tillitsvalgt", "tor"),
            Party.UNION,
        ),
    ):
        place = services.admit(
            programme, municipality(town, today), admitted=programme.start, network=network
        )
        project = services.save_project(place, title=f"Måltid i {town}", theme=theme, leader=leader,
                                        status=Project.Status.ACTIVE)  # fmt: skip
        services.add_contact(project, delegate, party)
        places.append(place)
    return Running(programme, network, *places)


def _soon(days: int, hour: int = 10) -> dt.datetime:
    day = timezone.localdate() + dt.timedelta(days=days)
    return at(day.year, day.month, day.day, hour)


def _invite(gathering, world) -> list[str]:
    from motebok.invitations import services

    services.send_invitation(gathering.meeting, world.secretary)
    return sorted(gathering.meeting.answers.values_list("person__email", flat=True))


def test_a_network_gathering_invites_every_municipalitys_delegation(running, world, smtp):
    from motebok.programmes import services
    from motebok.programmes.models import Gathering

    gathering = services.create_gathering(
        running.programme, running.network.body, kind=Gathering.Kind.NETWORK, start=_soon(20)
    )
    invited = _invite(gathering, world)
    delegates = ["kari@example.no", "mona@example.no", "petra@example.no", "tor@example.no"]
    # Sara, the secretary, is the organizer: invited, but not sent her own invitation.
    assert invited == sorted([*delegates, "sara@example.no"])
    assert sorted(m["X-Envelope-To"] for m in smtp.messages) == delegates


def test_a_theme_day_invites_only_its_host_municipalitys_delegation(running, world, smtp):
    from motebok.programmes import services
    from motebok.programmes.models import Gathering

    theme_day = services.create_gathering(
        running.programme, running.network.body, kind=Gathering.Kind.THEME_DAY,
        start=_soon(30, 9), host=running.vefsn.organisation, political=0, administration=0, union=0,
    )  # fmt: skip
    _invite(theme_day, world)
    assert sorted(m["X-Envelope-To"] for m in smtp.messages) == ["petra@example.no", "tor@example.no"]
    # Steinkjer's people are not invited to Vefsn's day, and their answer links do not open it.
    assert not theme_day.meeting.answers.filter(person=world.member).exists()


def test_a_project_leader_gathering_invites_the_project_leaders(running, world, smtp):
    from motebok.programmes import services
    from motebok.programmes.models import Gathering

    gathering = services.create_gathering(
        running.programme, None, kind=Gathering.Kind.PROJECT_LEADERS, start=_soon(40)
    )
    assert gathering.meeting.body == running.programme.project_leaders
    _invite(gathering, world)
    assert sorted(m["X-Envelope-To"] for m in smtp.messages) == ["mona@example.no", "petra@example.no"]
    # Each participant must send its project leader; Mona came, Petra did not.
    services.record_attendance(gathering, {world.member.pk})
    met = {row.participant.organisation.name: row.met for row in services.representation(gathering)}
    assert met == {"Steinkjer": True, "Vefsn": False}
    assert gathering.meeting.attendance.get(person=world.member).role == "Prosjektleder"


def test_a_new_project_leader_is_invited_in_the_former_ones_place(running, world, smtp):
    from motebok.programmes import services
    from motebok.programmes.models import Gathering, Project

    services.save_project(running.steinkjer, title="Måltid i Steinkjer", theme=running.network.theme,
                          leader=world.outsider, status=Project.Status.ACTIVE)  # fmt: skip
    leaders = services.create_gathering(
        running.programme, None, kind=Gathering.Kind.PROJECT_LEADERS, start=_soon(40)
    )
    network = services.create_gathering(
        running.programme, running.network.body, kind=Gathering.Kind.NETWORK, start=_soon(20)
    )
    _invite(leaders, world)
    assert sorted(m["X-Envelope-To"] for m in smtp.messages) == ["olav@example.no", "petra@example.no"]
    smtp.messages.clear()
    _invite(network, world)
    assert "mona@example.no" not in [m["X-Envelope-To"] for m in smtp.messages]
    assert "olav@example.no" in [m["X-Envelope-To"] for m in smtp.messages]
