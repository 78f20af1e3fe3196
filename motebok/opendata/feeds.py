"""Atom feeds of approved, published minutes: one per body and one for the whole site.

Entries are the minutes the visitor may read (motebok.access.rules.visible_meetings); case titles and conclusions
come through motebok.web.presenting, so an exempt case shows only its public title to whoever may not see more.
"""

from __future__ import annotations

import datetime as dt
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
from motebok.web.presenting import AgendaRow, agenda_items, agenda_row

ENTRIES = 50
# What a feed without entries says it was last updated: nothing was ever published in it.
NEVER = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class MinutesAtom(Atom1Feed):
    content_type = "application/atom+xml; charset=utf-8"

    def latest_post_date(self) -> dt.datetime:
        """The newest entry's time; without entries, the feed's own stamp, never the time of the request, so that
        the same data gives the same feed and a client's ETag still matches."""
        return super().latest_post_date() if self.items else self.feed["quiet_since"]


@dataclass(frozen=True)
class Audience:
    user: object
    body: Body | None


@dataclass(frozen=True)
class Entry:
    """Approved minutes as the reader may see them, with when they were approved and when any of it changed."""

    minutes: Minutes
    approved: dt.datetime
    changed: dt.datetime
    rows: list[AgendaRow]


class SiteMinutesFeed(Feed):
    """Entries are built in `items` with a fixed number of queries, whatever their number."""

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
        minutes = list(
            Minutes.objects.filter(approved_revision__isnull=False, meeting__in=meetings)
            .select_related("meeting__body")
            .prefetch_related("approvals")
            .order_by("-meeting__start")[:ENTRIES]
        )
        agendas = agenda_items([m.meeting for m in minutes])
        entries = []
        for m in minutes:
            items = agendas.get(m.meeting_id, [])
            approvals = list(m.approvals.all())  # oldest first
            approved = approvals[-1].approved if approvals else m.meeting.start
            stamps = [approved, m.meeting.updated, m.meeting.body.updated]
            stamps += [i.updated for i in items] + [i.case.updated for i in items]
            # Each entry's text is shaped for its reader.
            may_see_exempt = rules.may_see_exempt(audience.user, m.meeting.body)
            entries.append(Entry(m, approved, max(stamps), [agenda_row(i, may_see_exempt) for i in items]))
        return entries

    def feed_extra_kwargs(self, audience: Audience) -> dict:
        return {"quiet_since": audience.body.updated if audience.body else NEVER}

    def item_title(self, item: Entry) -> str:
        meeting = item.minutes.meeting
        return _("Protokoll: %(body)s, møte %(date)s") % {
            "body": meeting.body.name,
            "date": f"{timezone.localtime(meeting.start):%d.%m.%Y}",
        }

    def item_link(self, item: Entry) -> str:
        return reverse("minutes:page", args=[item.minutes.meeting_id])

    def item_pubdate(self, item: Entry) -> dt.datetime:
        return item.approved

    def item_updateddate(self, item: Entry) -> dt.datetime:
        return item.changed

    def item_description(self, item: Entry) -> str:
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>{} {}{}</li>",
                ((r.case.label, r.case.title, _conclusion(r.conclusion)) for r in item.rows),
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
