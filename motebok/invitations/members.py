"""Who is invited: the body's active members, one each, whatever their role."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.utils import timezone

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
