"""Links on the body and meeting pages: invitations and answers, agenda downloads and calendar feeds."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from motebok.access import rules
from motebok.invitations.feeds import subscription_links
from motebok.invitations.services import ANSWERABLE
from motebok.meetings.models import Meeting
from motebok.web.extensions import Link


def _agenda_links(meeting: Meeting, prefix: str) -> list[Link]:
    return [
        Link(f"{prefix} (PDF)", reverse("invitations:agenda_pdf", args=[meeting.pk])),
        Link(f"{prefix} (Word)", reverse("invitations:agenda_docx", args=[meeting.pk])),
    ]


def meeting_links(request, meeting: Meeting) -> list[Link]:
    if not rules.can_see_meeting(request.user, meeting):
        return []
    links = []
    person = getattr(request.user, "person", None) if request.user.is_authenticated else None
    if person is not None and rules.is_member(request.user, meeting.body) and meeting.status in ANSWERABLE:
        links.append(Link(_("Svar på innkallingen"), reverse("invitations:mine", args=[meeting.pk]), True))
    if rules.can_edit(request.user, meeting.body):
        primary = meeting.status == Meeting.Status.PLANNED
        links.append(
            Link(_("Innkalling og svar"), reverse("invitations:meeting", args=[meeting.pk]), primary)
        )
    return links + _agenda_links(meeting, _("Saksliste"))


def body_links(request, body) -> list[Link]:
    if not rules.can_see_body(request.user, body):
        return []
    links = []
    upcoming = rules.visible_meetings(request.user, body.meetings.filter(start__gte=timezone.now()))
    next_meeting = upcoming.exclude(status=Meeting.Status.CANCELLED).order_by("start").first()
    if next_meeting:
        links += _agenda_links(next_meeting, _("Neste saksliste"))
    if body.is_public:
        feed = reverse("invitations:public_feed", args=[body.slug])
        links.append(Link(_("Kalender (iCal)"), feed, feed_type="text/calendar"))
        links += [
            Link(label, href)
            for label, href in subscription_links(request.build_absolute_uri(feed), body.name)
        ]
    if (
        request.user.is_authenticated
        and rules.is_member(request.user, body)
        and hasattr(request.user, "person")
    ):
        links.append(Link(_("Abonner på møtekalenderen"), reverse("invitations:feeds")))
    return links
