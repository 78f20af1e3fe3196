"""Who-may-see is read once per request (motebok.access.per_request), and a change made in the request counts at
once."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from motebok.access import rules
from motebok.access.per_request import remembering
from motebok.meetings.services import create_meeting
from motebok.registry.models import Membership
from motebok.registry.services import add_membership, end_membership
from tests.conftest import at

pytestmark = pytest.mark.django_db


def _queries(ask) -> int:
    with CaptureQueriesContext(connection) as queries:
        ask()
    return len(queries)


def test_a_request_reads_the_memberships_once(world):
    mona = world.users["mona"]

    def ask_like_a_page():
        for _ in range(20):
            rules.is_member(mona, world.network)
            rules.can_edit(mona, world.network)
            rules.can_see_body(mona, world.network)
            rules.can_approve_substitutes(mona, world.network)

    with remembering():
        assert _queries(ask_like_a_page) == 2  # the memberships, and whether the body may be seen
        assert _queries(ask_like_a_page) == 0
    assert _queries(ask_like_a_page) > 20  # outside a request nothing is kept


def test_a_membership_added_or_ended_in_the_request_counts_at_once(world):
    olav = world.users["olav"]
    with remembering():
        assert not rules.is_member(olav, world.network)
        membership = add_membership(world.network, world.outsider, role=Membership.Role.SECRETARY)
        assert rules.is_member(olav, world.network) and rules.can_edit(olav, world.network)
        end_membership(membership, dt.date.today() - dt.timedelta(days=1))
        assert not rules.is_member(olav, world.network) and not rules.can_edit(olav, world.network)


def test_a_meeting_published_in_the_request_is_seen_at_once(world):
    meeting = create_meeting(world.network, start=at(2025, 3, 14))
    with remembering():
        assert not rules.can_see_meeting(AnonymousUser(), meeting)
        meeting.is_published = True
        meeting.save()
        assert rules.can_see_meeting(AnonymousUser(), meeting)


def test_nothing_is_kept_outside_a_request(world):
    mona = world.users["mona"]
    assert rules.is_member(mona, world.network)
    # A queryset update sends no signal; outside a request the rules read it again all the same.
    Membership.objects.filter(person=world.member).update(end=dt.date.today() - dt.timedelta(days=1))
    assert not rules.is_member(mona, world.network)
