"""The meeting page: the link to a digital meeting for members, and for everyone where the body publishes it."""

from __future__ import annotations

import pytest

from motebok.meetings.models import Meeting
from motebok.meetings.services import create_meeting
from tests.conftest import at

LINK = "https://teams.microsoft.com/l/meetup-join/helseledere"


@pytest.fixture
def digital(world) -> Meeting:
    return create_meeting(
        world.network,
        start=at(2031, 3, 4),
        format=Meeting.Format.DIGITAL,
        online_link=LINK,
        is_published=True,
    )


def test_members_get_the_online_link_and_outsiders_only_where_the_body_publishes_it(world, digital, client):
    assert LINK in world.client_for(world.member).get(digital.get_absolute_url()).content.decode()
    assert LINK not in client.get(digital.get_absolute_url()).content.decode()

    world.network.publish_online_link = True
    world.network.save()

    assert LINK in client.get(digital.get_absolute_url()).content.decode()


def test_a_cancelled_meeting_shows_no_online_link(world, digital):
    digital.status = Meeting.Status.CANCELLED
    digital.save()

    assert LINK not in world.client_for(world.member).get(digital.get_absolute_url()).content.decode()
