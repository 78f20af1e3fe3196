"""Which index rows a reader may search: rows of things they may open, written for an audience they belong to.

Every decision comes from motebok.access.rules (asked per body here, and per thing when it is indexed);
this module only turns its answers into one queryset.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from motebok.access import rules
from motebok.registry.models import Body
from motebok.search.models import Entry


def _bodies(user, allowed) -> set[int]:
    # Only a member may see more than the public; asking rules about the member's own bodies is enough.
    own = Body.objects.filter(pk__in=rules.member_body_ids(user))
    return {body.pk for body in own if allowed(user, body)}


def exempt_body_ids(user) -> set[int] | None:
    """The bodies whose exempt material the user may read; None for every body (site staff)."""
    if user.is_authenticated and user.is_staff:
        return None
    return _bodies(user, rules.may_see_exempt)


def searchable_entries(user) -> QuerySet[Entry]:
    """The index rows the user may search."""
    if user.is_authenticated and user.is_staff:
        return Entry.objects.exclude(audience=Entry.Audience.EVERYONE, members_see_more=True)
    # Members read all of their bodies' things; anyone else what was public when it was indexed.
    things = Q(public=True) | Q(body_id__in=_bodies(user, rules.is_member))
    insiders = Q(body_id__in=exempt_body_ids(user))
    audience = Q(audience=Entry.Audience.MEMBERS) & insiders | Q(audience=Entry.Audience.EVERYONE) & (
        Q(members_see_more=False) | ~insiders
    )
    return Entry.objects.filter(things & audience)
