"""The demo holds the programme of seed 003: themes, networks of municipalities from several counties,
projects, the gatherings of one network with attendance, a theme day, an open reporting round with some
delivered and some late, and grants."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_the_demo_programme_has_what_the_issue_asks_for():
    from django.contrib.auth import get_user_model

    from motebok.demo.data import load_demo
    from motebok.programmes import services
    from motebok.programmes.models import Gathering, Grant

    demo = load_demo()
    programme = demo.bodies["saman"].programme
    assert [t.name for t in programme.themes.all()] == [
        "Sykefravær", "Heltid/deltid", "Kompetanse og rekruttering", "Omdømme", "Innovasjon",
    ]  # fmt: skip
    assert programme.networks.count() == 3
    counties = {
        p.organisation.county.name for p in programme.participants.select_related("organisation__county")
    }
    assert len(counties) >= 4, counties
    network_gatherings = Gathering.objects.filter(kind="network")
    assert network_gatherings.count() == 3 and Gathering.objects.filter(kind="theme_day").count() == 1
    first = network_gatherings.order_by("meeting__start").first()
    met = {row.participant.organisation.name: row.met for row in services.representation(first)}
    assert met["Steinkjer"] and not met["Eigersund"]

    (reporting_round,) = programme.reporting_rounds.all()
    standing = {
        line.participant.organisation.name: line.standing for line in services.report_lines(reporting_round)
    }
    assert standing["Vefsn"] == "delivered" and standing["Steinkjer"] == "late"
    grants = Grant.objects.filter(project__participant__programme=programme)
    assert grants.count() >= 20 and grants.filter(reporting_round=reporting_round).count() >= 10
    leaders = Gathering.objects.get(kind="project_leaders").meeting.body
    assert leaders == programme.project_leaders and leaders.memberships.filter(role="member").count() >= 10

    leader = Client()
    leader.force_login(get_user_model().objects.get(username="prosjektleder"))
    mine = leader.get("/program/mine-rapporter/").content.decode()
    assert "Steinkjer" in mine
    secretary = Client()
    secretary.force_login(get_user_model().objects.get(username="programsekretaer"))
    page = secretary.get(f"/program/rapportering/{reporting_round.pk}/").content.decode()
    assert "Forsinket" in page and "<svg" in page
    public = Client().get(f"/program/{programme.body.slug}/").content.decode()
    assert "Saman om eit betre omdøme" in public and "Langtidfrisk" in public
