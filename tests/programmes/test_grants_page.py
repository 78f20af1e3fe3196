"""Grants to the local projects: granted, paid out and reported used, with their reporting round."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

SLUG = "saman-om-ein-betre-kommune"


def test_the_secretariat_records_a_grant_with_its_reporting_round_and_sees_the_sums(saman, world):
    from motebok.programmes import services
    from motebok.programmes.models import Grant, Question

    sara = world.client_for(world.secretary)
    sara.post(
        f"/program/{SLUG}/tilskudd/",
        {"project": saman.project.pk, "year": "2012", "granted": "300000", "paid": "150000"},
    )
    sara.post(f"/program/{SLUG}/tilskudd/", {"project": saman.project.pk, "year": "2012", "granted": "300000",
                                             "paid": "300000", "used": "280000"})  # fmt: skip
    grant = Grant.objects.get()
    assert (grant.granted, grant.paid, grant.used) == (300000, 300000, 280000)
    assert grant.reporting_round is None
    annual = services.open_reporting_round(saman.programme, title="Årsrapport 2012", kind="annual",
                                           deadline=dt.date(2013, 2, 1),
                                           questions=[("Hva er gjort?", Question.Kind.TEXT, [])])  # fmt: skip
    sara.post(f"/program/{SLUG}/tilskudd/", {"project": saman.project.pk, "year": "2012", "granted": "300000",
                                             "paid": "300000", "used": "280000", "reporting_round": annual.pk})  # fmt: skip
    grant.refresh_from_db()
    assert grant.reporting_round == annual
    refused = sara.post(
        f"/program/{SLUG}/tilskudd/",
        {"project": saman.project.pk, "year": "2013", "granted": "100", "paid": "200"},
    )
    assert "kan ikke være mer enn tildelt" in refused.content.decode() and Grant.objects.count() == 1
    page = sara.get(f"/program/{SLUG}/tilskudd/").content.decode()
    assert "300000" in page and "280000" in page


def test_grants_are_not_for_the_public_or_the_networks_members(saman, world):
    from motebok.access import policies
    from motebok.programmes import services

    grant = services.set_grant(saman.project, year=2012, granted=300000)
    assert Client().get(f"/program/{SLUG}/tilskudd/").status_code == 404
    assert policies.grants.can_see(world.users["mona"], grant)  # Steinkjer's project leader
    assert not policies.grants.can_see(world.users["olav"], grant)
    assert "300000" not in Client().get(f"/program/{SLUG}/").content.decode()
