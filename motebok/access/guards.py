"""Look up what a page is about and refuse the same way everywhere.

Whoever is not a member of the body gets 404, so that a page never confirms what exists or tells one kind of
thing from another; the body's own members, who know what it has, get 403 for what their role does not allow.
"""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from motebok.access import rules
from motebok.meetings.models import Case, Meeting
from motebok.registry.models import Body


def refuse_unless(user, body: Body, *, visible: bool, allowed: Callable = rules.can_edit) -> None:
    if not visible:
        raise Http404
    if not allowed(user, body):
        raise PermissionDenied if rules.is_member(user, body) else Http404


def editable_body(request, slug: str, allowed: Callable = rules.can_edit) -> Body:
    """The body, if the user may see it (else 404) and is allowed (else 403)."""
    body = get_object_or_404(Body, slug=slug)
    refuse_unless(request.user, body, visible=rules.can_see_body(request.user, body), allowed=allowed)
    return body


def editable_meeting(request, pk: int, allowed: Callable = rules.can_edit) -> Meeting:
    """The meeting, if the user may see it (else 404) and may edit its body (else 403)."""
    meeting = get_object_or_404(
        Meeting.objects.select_related("body", "host", "chair", "minute_taker"), pk=pk
    )
    refuse_unless(
        request.user, meeting.body, visible=rules.can_see_meeting(request.user, meeting), allowed=allowed
    )
    return meeting


def editable_case(request, pk: int, allowed: Callable = rules.can_edit) -> Case:
    """The case, if the user may see it (else 404) and may edit its body (else 403)."""
    case = get_object_or_404(Case.objects.select_related("body"), pk=pk)
    refuse_unless(request.user, case.body, visible=rules.can_see_case(request.user, case), allowed=allowed)
    return case
