"""Atom feeds of approved, published minutes: one per body and one for the whole site.

Entries are the minutes the visitor may read (motebok.access.rules.visible_meetings); case titles and conclusions
come through motebok.web.presenting, so an exempt case shows only its public title to whoever may not see more.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from motebok.access import rules
from motebok.meetings.models import Meeting
from motebok.minutes.models import Minutes
from motebok.registry.models import Body
from motebok.web.presenting import agenda_for

ENTRIES = 50


class MinutesAtom(Atom1Feed):
    content_type = "application/atom+xml; charset=utf-8"


@dataclass(frozen=True)
class Audience:
    user: object
    body: Body | None


class SiteMinutesFeed(Feed):
    feed_type = MinutesAtom

    def get_object(self, request, *args, **kwargs) -> Audience:
        return Audience(request.user, None)

    def title(self, audience: Audience) -> str:
        return _("Møtebok: godkjente protokoller")

    def link(self, audience: Audience) -> str:
        return reverse("front")

    def subtitle(self, audience: Audience) -> str:
        return _("Protokoller som er godkjent og publisert.")

    def items(self, audience: Audience):
        meetings = Meeting.objects.all() if audience.body is None else audience.body.meetings.all()
        meetings = rules.visible_meetings(audience.user, meetings).filter(is_published=True)
        minutes = Minutes.objects.filter(approved_revision__isnull=False, meeting__in=meetings)
        # Each entry carries who it is for, so that its text is shaped for that reader.
        return [
            (audience.user, m)
            for m in minutes.select_related("meeting__body").order_by("-meeting__start")[:ENTRIES]
        ]

    def item_title(self, item) -> str:
        meeting = item[1].meeting
        return _("Protokoll: %(body)s, møte %(date)s") % {
            "body": meeting.body.name,
            "date": f"{timezone.localtime(meeting.start):%d.%m.%Y}",
        }

    def item_link(self, item) -> str:
        return reverse("minutes:page", args=[item[1].meeting_id])

    def item_pubdate(self, item):
        approval = item[1].approvals.order_by("-approved").first()
        return approval.approved if approval else item[1].meeting.start

    def item_updateddate(self, item):
        return self.item_pubdate(item)

    def item_description(self, item) -> str:
        user, minutes = item
        meeting = minutes.meeting
        rows = agenda_for(meeting, rules.may_see_exempt(user, meeting.body))
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>{} {}{}</li>",
                ((r.case.label, r.case.title, _conclusion(r.conclusion)) for r in rows),
            ),
        )


def _conclusion(text: str) -> str:
    return format_html(": {}", text) if text else ""


class BodyMinutesFeed(SiteMinutesFeed):
    def get_object(self, request, slug: str) -> Audience:
        body = get_object_or_404(Body, slug=slug)
        if not rules.can_see_body(request.user, body):
            raise Http404
        return Audience(request.user, body)

    def title(self, audience: Audience) -> str:
        return _("%(body)s: godkjente protokoller") % {"body": audience.body.name}

    def link(self, audience: Audience) -> str:
        return audience.body.get_absolute_url()
