"""Who is invited: the body's active members, one each, whatever their role.

An app that knows some meetings better narrows who they are for with a module `<app>.invitees` defining
`narrow(meeting, memberships)`, which returns those of the body's active memberships the meeting is for (a
programme's theme day is for its host municipality's delegation, not the whole network).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.db.models import Q
from django.utils import timezone

from motebok.meetings.models import Meeting
from motebok.registry.models import Body, Membership, Person


def active_memberships(body: Body, day: dt.date | None = None) -> list[Membership]:
    day = day or timezone.localdate()
    memberships = (
        body.memberships.filter(
            Q(start__isnull=True) | Q(start__lte=day), Q(end__isnull=True) | Q(end__gte=day)
        )
        .select_related("person", "organisation")
        .order_by("person__name", "id")
    )
    seen: set[int] = set()
    unique = []
    for membership in memberships:
        if membership.person_id not in seen:
            seen.add(membership.person_id)
            unique.append(membership)
    return unique


@cache
def _narrowers() -> list:
    found = []
    for config in apps.get_app_configs():
        module_name = f"{config.name}.invitees"
        if config.name.startswith("motebok.") and find_spec(module_name):
            found.append(import_module(module_name).narrow)
    return found


def invited_memberships(meeting: Meeting) -> list[Membership]:
    """The active memberships of the meeting's body that the meeting is for: everyone's, unless an app narrows
    them."""
    memberships = active_memberships(meeting.body)
    for narrow in _narrowers():
        memberships = narrow(meeting, memberships)
    return memberships


def active_members(body: Body) -> list[Person]:
    return [membership.person for membership in active_memberships(body)]


def secretary_of(body: Body) -> Person | None:
    """The person who organises the body's meetings: its secretary, else its chair."""
    for role in (Membership.Role.SECRETARY, Membership.Role.CHAIR):
        for membership in active_memberships(body):
            if membership.role == role:
                return membership.person
    return None


def chair_of(body: Body) -> Person | None:
    """The body's leader, who agrees to substitutes where the mandate says so."""
    return next((m.person for m in active_memberships(body) if m.role == Membership.Role.CHAIR), None)
