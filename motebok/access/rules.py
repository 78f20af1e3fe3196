"""Who may see and do what. Every view, feed and export asks here; nothing else decides.

Per body: the secretary, chair and deputy chair edit, as do those of a body above it; other members read everything and propose cases;
everyone else sees only what the body has published, and exempt cases and documents only by their public
title. Site staff administer everything.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet
from django.utils import timezone

from motebok.access import per_request
from motebok.registry.models import Body, Membership


def active(today: dt.date | None = None) -> Q:
    """Memberships that have begun and not ended."""
    today = today or timezone.localdate()
    return (Q(start__isnull=True) | Q(start__lte=today)) & (Q(end__isnull=True) | Q(end__gte=today))


def _memberships(user, today: dt.date | None = None) -> QuerySet[Membership]:
    if not user.is_authenticated:
        return Membership.objects.none()
    return Membership.objects.filter(person__user=user).filter(active(today))


def _roles(user) -> dict[int, frozenset[str]]:
    """The user's active memberships, body by body with the roles held there; read once per request."""
    if not user.is_authenticated:
        return {}

    def read() -> dict[int, frozenset[str]]:
        roles: dict[int, set[str]] = {}
        for body_id, role in _memberships(user).values_list("body_id", "role"):
            roles.setdefault(body_id, set()).add(role)
        return {body_id: frozenset(held) for body_id, held in roles.items()}

    return per_request.recall(("roles", user.pk), read)


def member_body_ids(user) -> set[int]:
    """The bodies the user is an active member of, in any role."""
    return set(_roles(user))


def is_member(user, body: Body) -> bool:
    return user.is_authenticated and (user.is_staff or body.pk in member_body_ids(user))


def can_edit(user, body: Body) -> bool:
    """Change the body and everything of it: the editing policy's answer (motebok.access.policies.editing)."""
    from motebok.access.policies import editing

    return editing.can_edit(user, body)


def can_approve_substitutes(user, body: Body) -> bool:
    """The leader (chair, or deputy chair) agrees to a substitute where the mandate asks for it."""
    leading = {Membership.Role.CHAIR, Membership.Role.DEPUTY_CHAIR}
    return bool(_roles(user).get(body.pk, frozenset()) & leading)


def can_create_bodies(user) -> bool:
    """Site staff set up new bodies, also by confirming one that an imported document names."""
    return user.is_authenticated and user.is_staff


def can_watch_the_service(user) -> bool:
    """Site staff watch the running service: the background tasks, and the failed ones to start again."""
    return user.is_authenticated and user.is_staff


def editing_body_ids(user) -> set[int]:
    """The bodies where the user is an active secretary, chair or deputy chair."""
    return {body_id for body_id, held in _roles(user).items() if held.intersection(Membership.EDITING_ROLES)}


def editable_bodies(user) -> QuerySet[Body]:
    """The bodies the user may change; the list form of can_edit."""
    from motebok.access.policies import editing

    return editing.editable(user)


def can_run_programme(user, programme) -> bool:
    """The programme's secretariat: those who edit the programme's body (and site staff)."""
    return can_edit(user, programme.body)


def speaks_for(user, participant) -> bool:
    """The participant's project leader and its contact people for the local parties act for it in the
    programme: they fill in its reports and read what is its own."""
    if not user.is_authenticated:
        return False
    person_id = getattr(getattr(user, "person", None), "pk", None)
    project = getattr(participant, "project", None) if participant.pk else None
    if person_id is None or project is None:
        return False
    return project.leader_id == person_id or project.contacts.filter(person_id=person_id).exists()


def can_propose(user, body: Body) -> bool:
    return is_member(user, body)


def may_see_exempt(user, body: Body) -> bool:
    """Exempt material is for the body's own members and site staff only."""
    return is_member(user, body)


# What a user may see comes from one policy per kind of thing (motebok.access.policies), as a list and as a
# single check; these names are the policies' answers for the callers that ask here.


def visible_bodies(user) -> QuerySet[Body]:
    from motebok.access.policies import bodies

    return bodies.visible(user)


def can_see_body(user, body: Body) -> bool:
    from motebok.access.policies import bodies

    return bodies.can_see(user, body)


def visible_meetings(user, queryset=None):
    """Meetings the user may open: all of their own bodies', and the published ones of public bodies."""
    from motebok.access.policies import meetings

    return meetings.visible(user, queryset)


def can_see_meeting(user, meeting) -> bool:
    from motebok.access.policies import meetings

    return meetings.can_see(user, meeting)


def visible_cases(user, queryset=None):
    """Cases the user may open: own bodies' cases, and cases placed on published meetings of public bodies."""
    from motebok.access.policies import cases

    return cases.visible(user, queryset)


def can_see_case(user, case) -> bool:
    from motebok.access.policies import cases

    return cases.can_see(user, case)


def can_download_document(user, document) -> bool:
    """The file itself: never for an exempt document unless the user may see exempt material."""
    from motebok.access.policies import documents

    return documents.can_see(user, document)


def visible_documents(user, queryset=None):
    """Documents the user may list and download: own bodies' documents, and open ones of public bodies where
    published."""
    from motebok.access.policies import documents

    return documents.visible(user, queryset)
