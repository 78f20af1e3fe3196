"""The members page: adding people once by e-mail, seats per municipality, ending with history kept."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from motebok.registry.models import Membership, Organisation, Person
from motebok.registry.municipalities import resolve_municipality


def _url(body) -> str:
    return reverse("secretariat:members", args=[body.slug])


def _member(name, email, organisation=None, role="member", **extra) -> dict:
    return {
        "name": name,
        "email": email,
        "role": role,
        "organisation": organisation.pk if organisation else "",
        **extra,
    }


@pytest.fixture
def region(world):
    names = ("Rana", "Vefsn", "Hemnes")
    towns = [resolve_municipality(name, county="Nordland") for name in names]
    world.network.municipalities.set(towns)
    return dict(zip(names, towns, strict=True))


def test_the_secretary_adds_a_member_for_a_municipality_and_sees_which_have_no_one(world, region):
    sara = world.client_for(world.secretary)
    response = sara.post(_url(world.network), _member("Rita Rana", "rita@rana.kommune.no", region["Rana"]))
    assert response.status_code == 302
    rita = Person.objects.get(email="rita@rana.kommune.no")
    membership = world.network.memberships.get(person=rita)
    assert membership.organisation == region["Rana"] and membership.role == Membership.Role.MEMBER
    sara.post(
        _url(world.network), _member("Dag Vara", "dag@rana.kommune.no", region["Rana"], role="substitute")
    )
    page = sara.get(_url(world.network)).content.decode()
    assert "Uten medlem: Hemnes, Vefsn" in page
    seats = page[page.index("Kommunenes plasser") :]
    assert "Rita Rana" in seats and "Dag Vara" in seats


def test_a_municipality_seat_holds_one_member_and_one_deputy(world, region):
    sara = world.client_for(world.secretary)
    sara.post(_url(world.network), _member("Rita Rana", "rita@rana.kommune.no", region["Rana"], invite=""))
    sara.post(
        _url(world.network),
        _member("Dag Vara", "dag@rana.kommune.no", region["Rana"], role="substitute", invite=""),
    )
    second = sara.post(_url(world.network), _member("Ola", "ola@rana.kommune.no", region["Rana"], invite=""))
    assert (
        "Rana har allerede et medlem i Helseledernettverket: Rita Rana. Avslutt det medlemskapet først, "
        "eller legg personen til som varamedlem." in second.content.decode()
    )
    deputy = sara.post(
        _url(world.network),
        _member("Ola", "ola@rana.kommune.no", region["Rana"], role="substitute", invite=""),
    )
    assert "Rana har allerede et varamedlem i Helseledernettverket: Dag Vara." in deputy.content.decode()
    assert not Person.objects.filter(email="ola@rana.kommune.no").exists()
    # The body's page shows the seat with its member and deputy side by side.
    page = world.client_for(world.member).get(world.network.get_absolute_url()).content.decode()
    seats = page[page.index("Kommunenes plasser") :]
    assert re.search(r"<td>Rana</td><td>Rita Rana</td><td>Dag Vara</td>", seats)


def test_the_same_e_mail_address_never_makes_two_people(world):
    sara = world.client_for(world.secretary)
    sara.post(_url(world.network), _member("Mona M. Medlem", "MONA@example.no", role="observer"))
    assert Person.objects.filter(email__iexact="mona@example.no").count() == 1
    assert set(world.network.memberships.filter(person=world.member).values_list("role", flat=True)) == {
        "member",
        "observer",
    }
    response = sara.post(_url(world.network), _member("Mona", "mona@example.no"))
    assert "Mona Medlem er allerede registrert med denne rollen" in response.content.decode()
    assert world.network.memberships.filter(person=world.member, role="member").count() == 1


def test_it_offers_only_municipalities_that_exist_on_the_start_date(world):
    mosjoen_era = Organisation.objects.filter(kind="municipality", valid_to__isnull=False).first()
    response = world.client_for(world.secretary).post(
        _url(world.network),
        _member("Per", "per@example.no", mosjoen_era, start=timezone.localdate().isoformat()),
    )
    assert "organisation" in response.context["form"].errors
    assert not Person.objects.filter(email="per@example.no").exists()
    earlier = (mosjoen_era.valid_to - dt.timedelta(days=30)).isoformat()
    response = world.client_for(world.secretary).post(
        _url(world.network), _member("Per", "per@example.no", mosjoen_era, start=earlier, invite="")
    )
    assert response.status_code == 302


def test_ending_a_membership_keeps_it_as_history(world):
    membership = world.network.memberships.get(person=world.member)
    sara = world.client_for(world.secretary)
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    sara.post(
        reverse("secretariat:end_membership", args=[world.network.slug, membership.pk]), {"end": yesterday}
    )
    membership.refresh_from_db()
    assert membership.end == yesterday
    page = sara.get(world.network.get_absolute_url()).content.decode()
    assert "Tidligere medlemmer" in page and "Mona Medlem" in page[page.index("Tidligere medlemmer") :]
    assert (
        "Tidligere medlemmer"
        not in world.client_for(world.outsider).get(world.network.get_absolute_url()).content.decode()
    )


def test_a_member_cannot_add_or_end_memberships(world):
    mona = world.client_for(world.member)
    assert mona.post(_url(world.network), _member("X", "x@example.no")).status_code == 403
    membership = world.network.memberships.get(person=world.chair)
    url = reverse("secretariat:end_membership", args=[world.network.slug, membership.pk])
    assert mona.post(url, {"end": "2020-01-01"}).status_code == 403
    membership.refresh_from_db()
    assert membership.end is None and not Person.objects.filter(email="x@example.no").exists()
