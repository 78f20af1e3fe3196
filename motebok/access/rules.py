"""Who may see and do what. Every view, feed and export asks here; nothing else decides.

Per body: the secretary, chair and deputy chair edit; other members read everything and propose cases;
everyone else sees only what the body has published, and exempt cases and documents only by their public
title. Site staff administer everything.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet
from django.utils import timezone

from motebok.registry.models import Body, Membership


def _memberships(user, today: dt.date | None = None) -> QuerySet[Membership]:
    today = today or timezone.localdate()
    if not user.is_authenticated:
        return Membership.objects.none()
    return Membership.objects.filter(person__user=user).filter(
        Q(start__isnull=True) | Q(start__lte=today), Q(end__isnull=True) | Q(end__gte=today)
    )


def member_body_ids(user) -> set[int]:
    """The bodies the user is an active member of, in any role."""
    return set(_memberships(user).values_list("body_id", flat=True))


def is_member(user, body: Body) -> bool:
    return user.is_authenticated and (user.is_staff or body.pk in member_body_ids(user))


def can_edit(user, body: Body) -> bool:
    """Secretary, chair, deputy chair and site staff edit a body's meetings, cases and minutes."""
    if not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    return _memberships(user).filter(body=body, role__in=Membership.EDITING_ROLES).exists()


def can_approve_substitutes(user, body: Body) -> bool:
    """The leader (chair, or deputy chair) agrees to a substitute where the mandate asks for it."""
    if not user.is_authenticated:
        return False
    roles = (Membership.Role.CHAIR, Membership.Role.DEPUTY_CHAIR)
    return _memberships(user).filter(body=body, role__in=roles).exists()


def can_create_bodies(user) -> bool:
    """Site staff set up new bodies, also by confirming one that an imported document names."""
    return user.is_authenticated and user.is_staff


def managed_body_ids(user) -> set[int]:
    """Bodies the user manages: where she is secretary, chair or deputy chair, and every body below those."""
    if not user.is_authenticated:
        return set()
    managed = set(
        _memberships(user).filter(role__in=Membership.EDITING_ROLES).values_list("body_id", flat=True)
    )
    children: dict[int, list[int]] = {}
    for pk, parent_id in Body.objects.filter(parent__isnull=False).values_list("pk", "parent_id"):
        children.setdefault(parent_id, []).append(pk)
    frontier = list(managed)
    while frontier:
        for child in children.get(frontier.pop(), []):
            if child not in managed:
                managed.add(child)
                frontier.append(child)
    return managed


def managed_bodies(user) -> QuerySet[Body]:
    """The bodies whose settings, mandate and members the user may change; the list form of can_manage_body."""
    if user.is_authenticated and user.is_staff:
        return Body.objects.all()
    return Body.objects.filter(pk__in=managed_body_ids(user))


def can_manage_body(user, body: Body) -> bool:
    """Edit the body, its mandate and members, and create its sub-bodies: its own managers, those of a body
    above it, and site staff."""
    if not user.is_authenticated:
        return False
    return user.is_staff or body.pk in managed_body_ids(user)


def can_propose(user, body: Body) -> bool:
    return is_member(user, body)


def may_see_exempt(user, body: Body) -> bool:
    """Exempt material is for the body's own members and site staff only."""
    return is_member(user, body)


def visible_bodies(user) -> QuerySet[Body]:
    if user.is_authenticated and user.is_staff:
        return Body.objects.all()
    return Body.objects.filter(Q(is_public=True) | Q(pk__in=member_body_ids(user)))


def can_see_body(user, body: Body) -> bool:
    return body.is_public or is_member(user, body)


def visible_meetings(user, queryset=None):
    """Meetings the user may open: all of their own bodies', and the published ones of public bodies."""
    from motebok.meetings.models import Meeting

    queryset = Meeting.objects.all() if queryset is None else queryset
    if user.is_authenticated and user.is_staff:
        return queryset
    return queryset.filter(Q(body__in=member_body_ids(user)) | Q(body__is_public=True, is_published=True))


def can_see_meeting(user, meeting) -> bool:
    if is_member(user, meeting.body):
        return True
    return meeting.body.is_public and meeting.is_published


def visible_cases(user, queryset=None):
    """Cases the user may open: own bodies' cases, and cases placed on published meetings of public bodies."""
    from motebok.meetings.models import Case

    queryset = Case.objects.all() if queryset is None else queryset
    if user.is_authenticated and user.is_staff:
        return queryset
    return queryset.filter(
        Q(body__in=member_body_ids(user)) | Q(body__is_public=True, placements__meeting__is_published=True)
    ).distinct()


def can_see_case(user, case) -> bool:
    return visible_cases(user).filter(pk=case.pk).exists()


def can_download_document(user, document) -> bool:
    """The file itself: never for an exempt document unless the user may see exempt material."""
    body = document.body or (document.meeting.body if document.meeting else None)
    if body is None:
        return user.is_authenticated and user.is_staff
    if is_member(user, body):
        return True
    if document.is_exempt or not body.is_public or not document.is_published:
        return False
    if document.meeting is not None:
        return document.meeting.is_published
    if document.case is not None:
        return can_see_case(user, document.case)
    return False


def visible_documents(user, queryset=None):
    """Documents the user may download: own bodies' documents, and open ones of public bodies where published."""
    from motebok.documents.models import Document
    from motebok.meetings.access import Access

    queryset = Document.objects.all() if queryset is None else queryset
    if user.is_authenticated and user.is_staff:
        return queryset
    # A document belongs to its own body, or else to its meeting's; with neither it is for site staff only.
    own_bodies = member_body_ids(user)
    of_own_body = Q(body__in=own_bodies) | Q(body__isnull=True, meeting__body__in=own_bodies)
    of_public_body = Q(body__is_public=True) | Q(body__isnull=True, meeting__body__is_public=True)
    published = Q(meeting__is_published=True) | Q(meeting__isnull=True, case__in=visible_cases(user))
    return queryset.filter(
        of_own_body | (~Q(access=Access.EXEMPT) & Q(is_published=True) & of_public_body & published)
    )
