"""Which index rows a reader may search: rows of things they may open, written for an audience they belong to.

Every decision comes from motebok.access.rules; this module only turns its answers into one queryset.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from motebok.access import rules
from motebok.search.models import Entry


def exempt_body_ids(user) -> set[int] | None:
    """The bodies whose exempt material the user may read; None for every body (site staff)."""
    if user.is_authenticated and user.is_staff:
        return None
    return {body.pk for body in rules.visible_bodies(user) if rules.may_see_exempt(user, body)}


def _documents(user, insiders: Q) -> Q:
    """As rules.can_download_document, except that an exempt document is found (by its public title) too."""
    via_meeting = Q(document__meeting__isnull=False, document__meeting__is_published=True)
    via_case = Q(document__meeting__isnull=True, document__case__in=rules.visible_cases(user))
    return insiders | Q(body__is_public=True) & (via_meeting | via_case)


def searchable_entries(user) -> QuerySet[Entry]:
    """The index rows the user may search."""
    if user.is_authenticated and user.is_staff:
        return Entry.objects.exclude(audience=Entry.Audience.EVERYONE, members_see_more=True)
    insiders = Q(body_id__in=exempt_body_ids(user))
    things = (
        Q(kind=Entry.Kind.CASE, case__in=rules.visible_cases(user))
        | Q(kind=Entry.Kind.MEETING, meeting__in=rules.visible_meetings(user))
        | Q(kind=Entry.Kind.DOCUMENT) & _documents(user, insiders)
    )
    audience = Q(audience=Entry.Audience.MEMBERS) & insiders | Q(audience=Entry.Audience.EVERYONE) & (
        Q(members_see_more=False) | ~insiders
    )
    return Entry.objects.filter(things & audience)
