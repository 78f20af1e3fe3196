"""The secretariat's links on the body and meeting pages, for those allowed to follow them."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from motebok.access import rules
from motebok.meetings.models import Meeting
from motebok.web.extensions import Link


def body_links(request, body) -> list[Link]:
    if not rules.can_edit(request.user, body):
        return []
    return [
        Link(_("Nytt møte"), reverse("secretariat:new_meeting", args=[body.slug])),
        Link(_("Medlemmer"), reverse("secretariat:members", args=[body.slug])),
        Link(_("Mandat"), reverse("secretariat:mandate", args=[body.slug])),
        Link(_("Innstillinger"), reverse("secretariat:edit_body", args=[body.slug])),
        Link(_("Nytt underorgan"), reverse("secretariat:new_sub_body", args=[body.slug])),
    ]


def meeting_links(request, meeting) -> list[Link]:
    if not rules.can_edit(request.user, meeting.body) or meeting.status == Meeting.Status.CANCELLED:
        return []
    return [Link(_("Endre møtet"), reverse("secretariat:edit_meeting", args=[meeting.pk]))]
