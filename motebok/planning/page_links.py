"""The planning links on the body and meeting pages, for those allowed to follow them."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from motebok.access import rules
from motebok.meetings.models import Meeting
from motebok.web.extensions import Link


def body_links(request, body) -> list[Link]:
    links = []
    if rules.can_edit(request.user, body):
        links.append(Link(_("Møteplan"), reverse("planning:plan", args=[body.slug])))
    if rules.can_propose(request.user, body):
        links.append(Link(_("Foreslå sak"), reverse("planning:propose", args=[body.slug])))
    if rules.can_edit(request.user, body):
        links.append(Link(_("Saksforslag"), reverse("planning:proposals", args=[body.slug])))
    return links


def meeting_links(request, meeting) -> list[Link]:
    if not rules.can_edit(request.user, meeting.body) or meeting.status == Meeting.Status.CANCELLED:
        return []
    return [
        Link(_("Bygg saksliste"), reverse("planning:agenda", args=[meeting.pk]), primary=True),
        Link(_("Flytt / avlys"), reverse("planning:change", args=[meeting.pk])),
    ]
