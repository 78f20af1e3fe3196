"""A body's secretary creates its sub-bodies and manages them; members and other bodies' people cannot."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from motebok.registry.models import Body, Membership, Person


def _url(body) -> str:
    return reverse("secretariat:new_sub_body", args=[body.slug])


def test_the_secretary_creates_a_working_committee_and_becomes_its_secretary(world):
    response = world.client_for(world.secretary).post(
        _url(world.network), {"name": "Arbeidsutvalet", "kind": "working_committee"}
    )
    au = Body.objects.get(name="Arbeidsutvalet")
    assert response.status_code == 302 and au.parent == world.network
    assert list(au.memberships.values_list("person", "role")) == [
        (world.secretary.pk, Membership.Role.SECRETARY)
    ]


def test_she_may_name_another_secretary_and_still_manages_the_sub_body_and_its_meetings(
    world, django_capture_on_commit_callbacks
):
    world.client_for(world.secretary).post(
        _url(world.network),
        {"name": "Arbeidsgruppe økonomi", "kind": "working_group", "secretary_name": "Ole", "secretary_email": "ole@grue.no"},
    )  # fmt: skip
    group = Body.objects.get(name="Arbeidsgruppe økonomi")
    assert group.memberships.get().person == Person.objects.get(email="ole@grue.no")
    sara = world.client_for(world.secretary)
    assert sara.get(reverse("secretariat:members", args=[group.slug])).status_code == 200
    # One policy decides who changes a body, so she also plans its meetings and reads its history.
    for name in ("secretariat:new_meeting", "planning:plan", "history:body"):
        assert sara.get(reverse(name, args=[group.slug])).status_code == 200, name
    # ...and the sub-body's own sub-bodies.
    assert sara.post(_url(group), {"name": "Undergruppe", "kind": "working_group"}).status_code == 302


def test_a_secretary_manages_only_her_own_bodies(world):
    sara = world.client_for(world.secretary)
    for name in ("secretariat:members", "secretariat:edit_body", "secretariat:mandate"):
        # The steering group is not public: to Sara it does not exist.
        assert sara.get(reverse(name, args=[world.steering_group.slug])).status_code == 404
    assert sara.post(_url(world.steering_group), {"name": "X", "kind": "working_group"}).status_code == 404
    assert not Body.objects.filter(name="X").exists()


def test_members_and_anonymous_visitors_cannot_create_sub_bodies(world):
    form = {"name": "Gruppe", "kind": "working_group"}
    assert world.client_for(world.member).post(_url(world.network), form).status_code == 403
    # Outside the body, the page answers as if there were nothing there.
    assert world.client_for(world.outsider).post(_url(world.network), form).status_code == 404
    assert Client().post(_url(world.network), form).status_code == 404
    assert not Body.objects.filter(name="Gruppe").exists()


def test_the_body_page_shows_a_working_group_without_a_leader_to_its_members(world):
    Body.objects.create(
        name="Arbeidsgruppe økonomi",
        slug="ag-okonomi",
        kind="working_group",
        parent=world.network,
        is_public=True,
    )
    led = Body.objects.create(
        name="Arbeidsgruppe NAV", slug="ag-nav", kind="working_group", parent=world.network, is_public=True
    )
    Membership.objects.create(body=led, person=world.chair, role=Membership.Role.CHAIR)
    page = world.client_for(world.member).get(world.network.get_absolute_url()).content.decode()
    assert page.count("mangler leder") == 1 and page.index("Arbeidsgruppe økonomi") < page.index(
        "mangler leder"
    )
    assert "mangler leder" not in Client().get(world.network.get_absolute_url()).content.decode()
