"""Links from the meeting and body pages to the minutes, checked against who may follow them."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from motebok.access import rules
from motebok.minutes import permissions
from motebok.minutes.models import Minutes
from motebok.web.extensions import Link


def meeting_links(request, meeting) -> list[Link]:
    links = []
    if permissions.may_write(request.user, meeting):
        links.append(Link(_("Skriv protokoll"), reverse("minutes:write", args=[meeting.pk]), primary=True))
    minutes = Minutes.objects.filter(meeting=meeting).first()
    if minutes is None:
        return links
    if permissions.may_read_published(request.user, minutes):
        links += [
            Link(_("Protokoll"), reverse("minutes:page", args=[meeting.pk])),
            Link(_("Protokoll (PDF)"), reverse("minutes:pdf", args=[meeting.pk])),
            Link(_("Protokoll (Word)"), reverse("minutes:docx", args=[meeting.pk])),
        ]
    elif minutes.revision and permissions.may_read_draft(request.user, meeting):
        links.append(Link(_("Protokoll (utkast)"), reverse("minutes:page", args=[meeting.pk])))
    return links


def body_links(request, body) -> list[Link]:
    links = []
    if rules.is_member(request.user, body):
        links.append(Link(_("Mine oppfølgingspunkter"), reverse("minutes:mine")))
    if rules.can_edit(request.user, body):
        links += [
            Link(_("Godkjenning av protokoll"), reverse("minutes:policy", args=[body.slug])),
            Link(_("Koble saker på tvers av organer"), reverse("minutes:body_cases", args=[body.slug])),
        ]
    return links
