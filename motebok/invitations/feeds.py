"""What each calendar feed holds: a body's meetings for its members, a person's bodies' meetings, and the
published meetings of a public body. Deadlines come along as all-day events."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from motebok.access import policies
from motebok.invitations import calendar
from motebok.invitations.members import active_memberships, secretary_of
from motebok.invitations.models import CalendarEvent, FeedToken, meeting_uid
from motebok.meetings.models import Deadline, Meeting
from motebok.registry.models import Body, Membership, Person

# Subscribers want what is coming and a little history; a feed of every meeting ever grows without end.
HISTORY = dt.timedelta(days=365)


def _identified(meetings: QuerySet[Meeting]) -> list[tuple[Meeting, str, int, Person | None]]:
    """Each meeting with its UID, SEQUENCE and organizer (the body's secretary), as invitations have them."""
    since = timezone.now() - HISTORY
    selected = list(meetings.filter(start__gte=since).select_related("body").order_by("start"))
    events = {e.meeting_id: e for e in CalendarEvent.objects.filter(meeting__in=selected)}
    organizers = {body: secretary_of(body) for body in {m.body for m in selected}}
    return [
        (m, events[m.pk].uid, events[m.pk].sequence, organizers[m.body])
        if m.pk in events
        else (m, meeting_uid(m), 0, organizers[m.body])
        for m in selected
    ]


def _deadlines(deadlines: QuerySet[Deadline]) -> list[Deadline]:
    since = (timezone.now() - HISTORY).date()
    return list(deadlines.filter(date__gte=since).select_related("case__body"))


def body_members_feed(body: Body) -> bytes:
    return calendar.feed_ics(
        body.name, _identified(body.meetings.all()), _deadlines(body.deadlines.all()), with_links=True
    )


def person_feed(token: FeedToken) -> bytes:
    person = token.person
    memberships = Membership.objects.filter(person=person).select_related("body")
    bodies = [m.body for m in memberships if m.is_active()]
    return calendar.feed_ics(
        f"Møtebok – {person.name}",
        _identified(Meeting.objects.filter(body__in=bodies)),
        _deadlines(Deadline.objects.filter(body__in=bodies)),
        with_links=True,
    )


def public_feed(body: Body) -> bytes:
    """What anyone may see of a public body: its published meetings and the deadlines they may see."""
    visitor = AnonymousUser()
    return calendar.feed_ics(
        body.name,
        _identified(policies.meetings.visible(visitor, body.meetings.all())),
        _deadlines(policies.deadlines.visible(visitor, body.deadlines.all())),
        with_links=body.publish_online_link,
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
