"""Look up the body or meeting a page is about and refuse those who may not edit or propose."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from motebok.access import rules
from motebok.meetings.models import Meeting
from motebok.registry.models import Body


def body_for(request, slug: str, allowed=rules.can_edit) -> Body:
    """The body, if the user may see it (else 404) and is allowed (else 403)."""
    body = get_object_or_404(Body, slug=slug)
    if not rules.can_see_body(request.user, body):
        raise Http404
    if not allowed(request.user, body):
        raise PermissionDenied
    return body


def editable_meeting(request, pk: int) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("body", "host"), pk=pk)
    if not rules.can_see_meeting(request.user, meeting):
        raise Http404
    if not rules.can_edit(request.user, meeting.body):
        raise PermissionDenied
    return meeting
