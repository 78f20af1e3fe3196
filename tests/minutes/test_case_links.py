"""Linking a case to the same matter in another body, for the case page's "same case elsewhere" list."""

from __future__ import annotations

import pytest

from tests.conftest import at

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_cases(world, meeting):
    from motebok.meetings import services
    from motebok.meetings.models import Case
    from motebok.registry.models import Membership

    Membership.objects.create(
        body=world.steering_group, person=world.secretary, role=Membership.Role.SECRETARY
    )
    other_meeting = services.create_meeting(world.steering_group, start=at(2025, 3, 20))
    other = Case.objects.create(body=world.steering_group, title="Høring om utviklingsplan")
    services.place_case(other, other_meeting)
    return meeting.agenda.first().case, other


def test_it_lets_the_secretary_link_and_unlink_cases(world, two_cases):
    case, other = two_cases
    client = world.client_for(world.secretary)

    assert client.post(f"/protokoll/sak/{case.pk}/koblinger/", {"other": other.pk}).status_code == 302
    assert list(other.related_cases.all()) == [case]
    assert "Høring om utviklingsplan" in client.get(f"/sak/{case.pk}/").content.decode()

    client.post(f"/protokoll/sak/{case.pk}/koblinger/", {"other": other.pk, "action": "unlink"})
    assert not case.related_cases.exists()


def test_it_refuses_a_case_the_secretary_cannot_see(world, meeting):
    from motebok.meetings.models import Case

    hidden = Case.objects.create(body=world.steering_group, title="Skjult")
    case = meeting.agenda.first().case

    world.client_for(world.secretary).post(f"/protokoll/sak/{case.pk}/koblinger/", {"other": hidden.pk})

    assert not case.related_cases.exists()


def test_members_may_not_link_cases(world, two_cases):
    case, other = two_cases

    assert (
        world.client_for(world.member)
        .post(f"/protokoll/sak/{case.pk}/koblinger/", {"other": other.pk})
        .status_code
        == 403
    )
    assert not case.related_cases.exists()
