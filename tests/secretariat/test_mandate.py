"""Mandate versions: a new version with its adopted date; earlier versions kept and shown."""

from __future__ import annotations

from django.urls import reverse

from motebok.registry.models import Mandate


def _url(body) -> str:
    return reverse("secretariat:mandate", args=[body.slug])


# Seed 000: two meetings a half-year, one of them a year with a night, the others day meetings.
RULES = {
    "text": "Hyppigheit: 2 g i halvåret. Eitt møte pr. år med overnatting. Tre dagmøter pr. år.",
    "adopted": "2017-04-06",
    "digital_meetings_per_month": 0,
    "physical_gatherings_per_year": 0,
    "gatherings_per_half_year": 2,
    "overnight_gatherings_per_year": 1,
    "day_meetings": "on",
    "substitute_rule": "agreed",
}


def test_a_new_version_keeps_the_earlier_one_and_both_are_shown(world):
    first = Mandate.objects.create(body=world.network, text="Det første mandatet.", adopted="2016-01-01")
    sara = world.client_for(world.secretary)
    assert sara.post(_url(world.network), RULES).status_code == 302
    assert world.network.mandates.count() == 2
    current = world.network.current_mandate
    assert current != first and current.gatherings_per_half_year == 2 and current.day_meetings
    page = sara.get(_url(world.network)).content.decode()
    assert "Det første mandatet." in page and "2 møter i halvåret" in page
    assert "Samlinger uten overnatting er dagmøter" in page
    body_page = sara.get(world.network.get_absolute_url()).content.decode()
    assert "1 samling med overnatting i året" in body_page


def test_it_refuses_more_overnight_gatherings_than_gatherings(world):
    response = world.client_for(world.chair).post(
        _url(world.network), {**RULES, "overnight_gatherings_per_year": 5}
    )
    assert (
        "Det kan ikke være flere samlinger med overnatting enn samlinger i alt (4 i året)."
        in response.content.decode()
    )
    assert not world.network.mandates.exists()


def test_a_member_cannot_change_the_mandate(world):
    assert world.client_for(world.member).post(_url(world.network), RULES).status_code == 403
    assert not world.network.mandates.exists()
