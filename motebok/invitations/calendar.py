"""iCalendar for meetings: invitations (REQUEST/CANCEL) for e-mail, and feeds for subscription.

Nothing exempt goes into a calendar: calendars live outside the body's systems, so cases show by their
public title only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCalAddress,
    vDuration,
    vText,
)

from motebok.meetings.models import Deadline, Meeting
from motebok.registry.models import Person
from motebok.site import site_domain

OSLO = ZoneInfo("Europe/Oslo")
PRODID = "-//Møtebok//Møtebok//NO"
DEFAULT_LENGTH = dt.timedelta(hours=2)
# How often subscribers should fetch a feed again (RFC 7986 REFRESH-INTERVAL, and Outlook's X-PUBLISHED-TTL).
REFRESH = dt.timedelta(hours=1)
TEAMS_HOSTS = ("teams.microsoft.com", "teams.live.com")


def _observance(component, name: str, hours_from: int, hours_to: int, start: dt.datetime):
    """One half of the yearly rule: from `start` (local time), every year on the last Sunday of its month."""
    observance = component()
    observance.add("tzname", name)
    observance.add("tzoffsetfrom", dt.timedelta(hours=hours_from))
    observance.add("tzoffsetto", dt.timedelta(hours=hours_to))
    observance.add("dtstart", start)
    observance.add("rrule", {"freq": "yearly", "bymonth": start.month, "byday": "-1su"})
    return observance


def oslo_timezone() -> Timezone:
    """Europe/Oslo as the EU's yearly rule: summer time from the last Sunday of March at 02:00 to the last
    Sunday of October at 03:00.

    A block of dated changes without a rule is read by ical.js, vobject and Outlook as +01:00 all year; a
    rule is what every client follows.
    """
    zone = Timezone()
    zone.add("tzid", "Europe/Oslo")
    zone.add_component(_observance(TimezoneDaylight, "CEST", 1, 2, dt.datetime(1970, 3, 29, 2, 0)))
    zone.add_component(_observance(TimezoneStandard, "CET", 2, 1, dt.datetime(1970, 10, 25, 3, 0)))
    return zone


def meeting_summary(meeting: Meeting) -> str:
    """The body's name first, so that a meeting is known in a calendar full of other bodies' meetings."""
    body = meeting.body.name
    title = meeting.title or _("%(format)s møte") % {"format": meeting.get_format_display()}
    return title if body.lower() in title.lower() else f"{body} – {title}"


def meeting_location(meeting: Meeting) -> str:
    """The place and its address, which map clients look up; the online link goes in CONFERENCE, where clients
    show a join button."""
    if meeting.format == Meeting.Format.DIGITAL:
        return ""
    return ", ".join(part for part in (meeting.place, meeting.address) if part)


def joining_link(meeting: Meeting) -> str:
    """The online link, for meetings that have one and still take place."""
    if meeting.format == Meeting.Format.PHYSICAL or meeting.status == Meeting.Status.CANCELLED:
        return ""
    return meeting.online_link


def is_teams(link: str) -> bool:
    return (urlsplit(link).hostname or "") in TEAMS_HOSTS


def meeting_description(meeting: Meeting, agenda_lines: list[str], link: str) -> str:
    lines = []
    if link:
        lines += [_("Lenke til møtet: %(link)s") % {"link": link}, ""]
    if agenda_lines:
        lines += [_("Saksliste:"), *agenda_lines, ""]
    lines.append(settings.SITE_URL + meeting.get_absolute_url())
    return "\n".join(lines)


def public_agenda_lines(meeting: Meeting) -> list[str]:
    """Case numbers and titles as anyone may see them."""
    from motebok.invitations.agenda import case_heading

    return [
        case_heading(item.case, may_see_exempt=False) for item in meeting.agenda.select_related("case__body")
    ]


def _calendar(method: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    calendar.add_component(oslo_timezone())
    return calendar


def _address(person: Person, **params: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    address.params["cn"] = vText(person.name)
    address.params.update(params)
    return address


def organizer_address(organizer: Person) -> vCalAddress:
    """The reply mailbox under the secretary's name where Møtebok reads replies; else the secretary herself."""
    if settings.REPLY_ADDRESS:
        address = vCalAddress(f"mailto:{settings.REPLY_ADDRESS}")
        address.params["cn"] = vText(organizer.name)
        return address
    return _address(organizer)


@dataclass(frozen=True)
class FeedEvent:
    """A meeting as a feed shows it: its UID and SEQUENCE as invitations have them, its organizer (the body's
    secretary), its agenda as anyone may see it, and when any of that last changed."""

    meeting: Meeting
    uid: str
    sequence: int
    organizer: Person | None
    agenda_lines: list[str]
    changed: dt.datetime


def _meeting_event(
    meeting: Meeting,
    uid: str,
    sequence: int,
    organizer: Person | None,
    cancelled: bool,
    with_link: bool,
    agenda_lines: list[str],
    stamp: dt.datetime,
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("sequence", sequence)
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    # Local time with TZID and the rule-based VTIMEZONE, so that a 10:00 meeting stays at 10:00 in Oslo.
    event.add("dtstart", meeting.start.astimezone(OSLO))
    event.add("dtend", (meeting.end or meeting.start + DEFAULT_LENGTH).astimezone(OSLO))
    event.add("summary", meeting_summary(meeting))
    if meeting_location(meeting):
        event.add("location", meeting_location(meeting))
    cancelled = cancelled or meeting.status == Meeting.Status.CANCELLED
    # The link is for the invited and the body's members; in a public feed only where the body publishes it.
    link = "" if cancelled or not with_link else joining_link(meeting)
    event.add("description", meeting_description(meeting, agenda_lines, link))
    if link:
        event.add(
            "conference",
            link,
            parameters={"VALUE": "URI", "FEATURE": ["AUDIO", "VIDEO"], "LABEL": _("Bli med i møtet")},
        )
        event.add("url", link)
        if is_teams(link):
            event.add("x-microsoft-skypeteamsmeetingurl", link)
    if organizer is not None and organizer.email:
        event.add("organizer", organizer_address(organizer))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    return event


def invitation_ics(
    meeting: Meeting,
    uid: str,
    sequence: int,
    organizer: Person,
    attendees: list[tuple[Person, str]],
    cancel: bool = False,
) -> bytes:
    """The calendar object sent by e-mail: METHOD:REQUEST for invitations and updates, CANCEL for cancellations.

    Replies are asked for only where Møtebok reads them: with a reply mailbox configured.
    """
    calendar = _calendar("CANCEL" if cancel else "REQUEST")
    # A message is stamped when it is sent (RFC 5546).
    event = _meeting_event(
        meeting,
        uid,
        sequence,
        organizer,
        cancelled=cancel,
        with_link=True,
        agenda_lines=public_agenda_lines(meeting),
        stamp=timezone.now(),
    )
    rsvp = "TRUE" if settings.REPLY_ADDRESS else "FALSE"
    for person, partstat in attendees:
        event.add(
            "attendee",
            _address(person, role="REQ-PARTICIPANT", partstat=partstat, rsvp=rsvp, cutype="INDIVIDUAL"),
        )
    calendar.add_component(event)
    return calendar.to_ical()


def feed_ics(name: str, events: list[FeedEvent], deadlines: list[Deadline], with_links: bool) -> bytes:
    """A subscribable calendar: meetings (with UID, SEQUENCE, organizer, and their online links `with_links`)
    and deadlines as all-day events.

    Each event is stamped (DTSTAMP) with when its data last changed, not with the time of the request, so that
    the same data gives the same feed, byte for byte, and a client's ETag still matches.
    """
    calendar = _calendar("PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Oslo")
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))
    for e in events:
        calendar.add_component(
            _meeting_event(
                e.meeting,
                e.uid,
                e.sequence,
                e.organizer,
                cancelled=False,
                with_link=with_links,
                agenda_lines=e.agenda_lines,
                stamp=e.changed,
            )
        )
    for deadline in deadlines:
        calendar.add_component(_deadline_event(deadline))
    return calendar.to_ical()


def _deadline_event(deadline: Deadline) -> Event:
    event = Event()
    event.add("uid", f"frist-{deadline.pk}@{site_domain()}")
    event.add("dtstamp", deadline_changed(deadline).astimezone(dt.UTC))
    event.add("dtstart", deadline.date)
    event.add("dtend", deadline.date + dt.timedelta(days=1))
    # A deadline tied to an exempt case could name what is exempt; show the case's public title instead.
    what = deadline.case.title_for(False) if deadline.case and deadline.case.is_exempt else deadline.what
    event.add("summary", f"{deadline.get_kind_display()}: {what}")
    event.add("transp", "TRANSPARENT")
    return event


def deadline_changed(deadline: Deadline) -> dt.datetime:
    """When the deadline, or the case whose title it may show, last changed."""
    return max(deadline.updated, deadline.case.updated) if deadline.case else deadline.updated
