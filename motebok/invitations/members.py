"""Who is invited: the body's active members, one each, whatever their role.

An app that knows some meetings better narrows who they are for with a module `<app>.invitees` defining
`narrow(meeting, memberships)`, which returns those of the body's active memberships the meeting is for (a
programme's theme day is for its host municipality's delegation, not the whole network).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.utils import timezone

from motebok.access.rules import active
from motebok.meetings.models import Meeting
from motebok.registry.models import Body, Membership, Person


def active_memberships(body: Body, day: dt.date | None = None) -> list[Membership]:
    day = day or timezone.localdate()
    memberships = (
        body.memberships.filter(active(day))
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


def organizers(bodies: Iterable[Body]) -> dict[int, Membership]:
    """The membership of each body's organizer: its secretary, else its chair (by name where there are more);
    one query for all the bodies."""
    rank = {Membership.Role.SECRETARY: 0, Membership.Role.CHAIR: 1}
    found: dict[int, Membership] = {}
    for membership in (
        Membership.objects.filter(active(timezone.localdate()), body__in=bodies, role__in=rank)
        .select_related("person")
        .order_by("person__name", "id")
    ):
        current = found.get(membership.body_id)
        if current is None or rank[membership.role] < rank[current.role]:
            found[membership.body_id] = membership
    return found


def secretary_of(body: Body) -> Person | None:
    """The person who organises the body's meetings: its secretary, else its chair."""
    membership = organizers([body]).get(body.pk)
    return membership.person if membership else None


def chair_of(body: Body) -> Person | None:
    """The body's leader, who agrees to substitutes where the mandate says so."""
    return next((m.person for m in active_memberships(body) if m.role == Membership.Role.CHAIR), None)
