"""Setting up a programme through the services: its organisation as bodies, participants without people,
projects with the three local parties, and refusals that name the field."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.programmes.conftest import municipality

pytestmark = pytest.mark.django_db


def test_the_programme_and_its_organisation_and_networks_are_ordinary_bodies_below_it(saman):
    from motebok.registry.models import Body

    body = saman.programme.body
    assert body.kind == Body.Kind.PROGRAMME
    children = sorted(body.children.values_list("name", flat=True))
    assert children == [
        "Nettverk sør – sykefravær",
        "Saman om ein betre kommune: Programråd",
        "Saman om ein betre kommune: Prosjektledere",
        "Saman om ein betre kommune: Ressursgruppe",
        "Saman om ein betre kommune: Sekretariat",
        "Saman om ein betre kommune: Styringsgruppe",
    ]
    assert saman.network.body.parent == body and saman.network.body.is_public


def test_a_municipality_is_a_participant_without_any_person(saman):
    from motebok.programmes.models import Participant

    vefsn = Participant.objects.get(pk=saman.vefsn.pk)
    assert vefsn.organisation.name == "Vefsn" and vefsn.network == saman.network
    assert not hasattr(vefsn, "project") or vefsn.project is None
    assert not saman.network.body.memberships.filter(organisation=vefsn.organisation).exists()


def test_a_municipality_is_admitted_only_once_and_only_while_it_existed(saman):
    from motebok.programmes import services

    with pytest.raises(services.ProgrammeError, match="Deltaker: Steinkjer er allerede med"):
        services.admit(saman.programme, saman.steinkjer.organisation, admitted=dt.date(2013, 1, 1))
    # Bjarkøy merged into Harstad at the new year 2013.
    bjarkoy = municipality("Bjarkøy")
    with pytest.raises(services.ProgrammeError, match="Deltaker: Bjarkøy fantes ikke 01.03.2013"):
        services.admit(saman.programme, bjarkoy, admitted=dt.date(2013, 3, 1))
    with pytest.raises(services.ProgrammeError, match="Opptaksdato: datoen er utenfor programperioden"):
        services.admit(saman.programme, municipality("Bodø"), admitted=dt.date(2016, 1, 1))


def test_the_projects_contacts_join_the_networks_delegation_for_their_municipality(saman, world):
    from motebok.programmes import services
    from motebok.programmes.models import Party

    delegation = saman.network.body.memberships.filter(organisation=saman.steinkjer.organisation)
    assert sorted(delegation.values_list("person__name", flat=True)) == ["Kari Leder", "Mona Medlem"]
    assert saman.project.missing_parties() == [Party.ADMINISTRATION, Party.UNION]

    services.add_contact(saman.project, world.outsider, Party.UNION)
    assert saman.project.missing_parties() == [Party.ADMINISTRATION]
    with pytest.raises(services.ProgrammeError, match="Kontaktperson: Olav Utenfor er allerede"):
        services.add_contact(saman.project, world.outsider, Party.UNION)

    services.remove_contact(saman.project.contacts.get(person=world.outsider))
    assert saman.project.missing_parties() == [Party.ADMINISTRATION, Party.UNION]


def test_a_theme_from_2013_cannot_carry_a_project_that_starts_before(saman):
    from motebok.programmes import services
    from motebok.programmes.models import Project

    innovation = services.add_theme(saman.programme, name="Innovasjon", available_from=dt.date(2013, 1, 1))
    with pytest.raises(services.ProgrammeError, match="Tema: «Innovasjon» kan velges fra 01.01.2013"):
        services.save_project(
            saman.vefsn, title="Ny", theme=innovation, leader=None, status=Project.Status.PLANNED,
            start=dt.date(2012, 5, 1),
        )  # fmt: skip
    project = services.save_project(
        saman.vefsn, title="Ny", theme=innovation, leader=None, status=Project.Status.PLANNED,
        start=dt.date(2013, 5, 1),
    )  # fmt: skip
    assert project.participant == saman.vefsn and Project.objects.count() == 2
