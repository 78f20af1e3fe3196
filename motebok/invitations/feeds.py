"""What each calendar feed holds: a body's meetings for its members, a person's bodies' meetings, and the
published meetings of a public body. Deadlines come along as all-day events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from motebok.access import policies
from motebok.invitations import calendar
from motebok.invitations.agenda import case_heading
from motebok.invitations.members import active_memberships, organizers
from motebok.invitations.models import CalendarEvent, FeedToken, meeting_uid
from motebok.meetings.models import Deadline, Meeting
from motebok.registry.models import Body, Membership
from motebok.web.presenting import agenda_items

# Subscribers want what is coming and a little history; a feed of every meeting ever grows without end.
HISTORY = dt.timedelta(days=365)


@dataclass(frozen=True)
class Feed:
    """A calendar feed and when what it is made of last changed (its Last-Modified)."""

    content: bytes
    changed: dt.datetime


def _identified(meetings: QuerySet[Meeting]) -> list[calendar.FeedEvent]:
    """Each meeting with its UID, SEQUENCE and organizer (the body's secretary), as invitations have them, and its
    agenda as anyone may see it: four queries, however many meetings."""
    since = timezone.now() - HISTORY
    selected = list(meetings.filter(start__gte=since).select_related("body").order_by("start"))
    events = {e.meeting_id: e for e in CalendarEvent.objects.filter(meeting__in=selected)}
    organizing = organizers({m.body for m in selected})
    agenda = agenda_items(selected)
    identified = []
    for m in selected:
        event, organizer, items = events.get(m.pk), organizing.get(m.body_id), agenda.get(m.pk, [])
        stamps = [m.updated, m.body.updated, *(i.updated for i in items), *(i.case.updated for i in items)]
        if organizer is not None:
            stamps += [organizer.updated, organizer.person.updated]
        identified.append(
            calendar.FeedEvent(
                meeting=m,
                uid=event.uid if event else meeting_uid(m),
                sequence=event.sequence if event else 0,
                organizer=organizer.person if organizer else None,
                agenda_lines=[case_heading(i.case, may_see_exempt=False) for i in items],
                changed=max(stamps),
            )
        )
    return identified


def _deadlines(deadlines: QuerySet[Deadline]) -> list[Deadline]:
    since = (timezone.now() - HISTORY).date()
    return list(deadlines.filter(date__gte=since).select_related("case__body"))


def _feed(name: str, meetings: QuerySet[Meeting], deadlines: QuerySet[Deadline], with_links: bool, *since):
    """The feed, and the latest of when its events changed and the given stamps (the body's, the person's)."""
    events, shown = _identified(meetings), _deadlines(deadlines)
    changed = max([*since, *(e.changed for e in events), *(calendar.deadline_changed(d) for d in shown)])
    return Feed(calendar.feed_ics(name, events, shown, with_links), changed)


def body_members_feed(body: Body) -> Feed:
    return _feed(body.name, body.meetings.all(), body.deadlines.all(), True, body.updated)


def person_feed(token: FeedToken) -> Feed:
    person = token.person
    memberships = list(Membership.objects.filter(person=person).select_related("body"))
    bodies = [m.body for m in memberships if m.is_active()]
    return _feed(
        f"Møtebok – {person.name}",
        Meeting.objects.filter(body__in=bodies),
        Deadline.objects.filter(body__in=bodies),
        True,
        person.updated,
        *(m.updated for m in memberships),
        *(b.updated for b in bodies),
    )


def public_feed(body: Body) -> Feed:
    """What anyone may see of a public body: its published meetings and the deadlines they may see."""
    visitor = AnonymousUser()
    return _feed(
        body.name,
        policies.meetings.visible(visitor, body.meetings.all()),
        policies.deadlines.visible(visitor, body.deadlines.all()),
        body.publish_online_link,
        body.updated,
    )


def usable_token(token: str, for_body: bool) -> FeedToken | None:
    """An unrevoked token whose owner is still an active member of the feed's body."""
    found = (
        FeedToken.objects.filter(token=token, revoked__isnull=True, body__isnull=not for_body)
        .select_related("person", "body")
        .first()
    )
    if found is None or found.body is None:
        return found
    members = {m.person_id for m in active_memberships(found.body)}
    return found if found.person_id in members else None


def subscription_links(url: str, name: str) -> list[tuple[str, str]]:
    """Ways to subscribe to the feed at `url` (absolute https/http) beside the plain download.

    webcal:// opens the device's own calendar; Outlook on the web and Google Calendar take the address in
    their "add from web" pages.
    """
    webcal = "webcal://" + url.split("://", 1)[1]
    return [
        (_("Abonner i kalenderen din (webcal)"), webcal),
        (
            _("Legg til i Outlook"),
            "https://outlook.office.com/calendar/0/addfromweb?" + urlencode({"url": url, "name": name}),
        ),
        (
            _("Legg til i Google Kalender"),
            "https://calendar.google.com/calendar/render?" + urlencode({"cid": webcal}),
        ),
    ]
