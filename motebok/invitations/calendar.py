"""iCalendar for meetings: invitations (REQUEST/CANCEL) for e-mail, and feeds for subscription.

Nothing exempt goes into a calendar: calendars live outside the body's systems, so cases show by their
public title only.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress, vText

from motebok.invitations.models import site_host
from motebok.meetings.models import Deadline, Meeting
from motebok.registry.models import Person

OSLO = ZoneInfo("Europe/Oslo")
PRODID = "-//Møtebok//Møtebok//NO"
DEFAULT_LENGTH = dt.timedelta(hours=2)


def meeting_summary(meeting: Meeting) -> str:
    return meeting.title or meeting.body.name


def meeting_location(meeting: Meeting) -> str:
    """The address for physical meetings, the online link for digital ones, both for hybrid ones."""
    parts = []
    if meeting.format != Meeting.Format.DIGITAL and meeting.place:
        parts.append(meeting.place)
    if meeting.format != Meeting.Format.PHYSICAL and meeting.online_link:
        parts.append(meeting.online_link)
    return " / ".join(parts)


def meeting_description(meeting: Meeting, agenda_lines: list[str]) -> str:
    lines = []
    if meeting.format != Meeting.Format.PHYSICAL and meeting.online_link:
        lines += [_("Lenke til møtet: %(link)s") % {"link": meeting.online_link}, ""]
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


def _calendar(method: str | None = None) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    return calendar


def _address(person: Person, **params: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    address.params["cn"] = vText(person.name)
    address.params.update(params)
    return address


def _meeting_event(meeting: Meeting, uid: str, sequence: int, cancelled: bool) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("sequence", sequence)
    event.add("dtstamp", timezone.now().astimezone(dt.UTC))
    # Local time with TZID (and a VTIMEZONE) so that the meeting stays at 10:00 in Oslo across DST changes.
    start = meeting.start.astimezone(OSLO)
    event.add("dtstart", start)
    event.add("dtend", (meeting.end or meeting.start + DEFAULT_LENGTH).astimezone(OSLO))
    event.add("summary", meeting_summary(meeting))
    event.add("location", meeting_location(meeting))
    event.add("description", meeting_description(meeting, public_agenda_lines(meeting)))
    if meeting.format != Meeting.Format.PHYSICAL and meeting.online_link:
        event.add("url", meeting.online_link)
    cancelled = cancelled or meeting.status == Meeting.Status.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    return event


def invitation_ics(
    meeting: Meeting,
    uid: str,
    sequence: int,
    organizer: Person,
    attendees: list[Person],
    cancel: bool = False,
) -> bytes:
    """The calendar object sent by e-mail: METHOD:REQUEST for invitations and updates, CANCEL for cancellations."""
    calendar = _calendar("CANCEL" if cancel else "REQUEST")
    event = _meeting_event(meeting, uid, sequence, cancelled=cancel)
    event.add("organizer", _address(organizer))
    for person in attendees:
        event.add(
            "attendee",
            _address(
                person, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE", cutype="INDIVIDUAL"
            ),
        )
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def feed_ics(name: str, meetings: list[tuple[Meeting, str, int]], deadlines: list[Deadline]) -> bytes:
    """A subscribable calendar: meetings (with UID and SEQUENCE) and deadlines as all-day events."""
    calendar = _calendar("PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Oslo")
    for meeting, uid, sequence in meetings:
        calendar.add_component(_meeting_event(meeting, uid, sequence, cancelled=False))
    for deadline in deadlines:
        calendar.add_component(_deadline_event(deadline))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _deadline_event(deadline: Deadline) -> Event:
    event = Event()
    event.add("uid", f"frist-{deadline.pk}@{site_host()}")
    event.add("dtstamp", timezone.now().astimezone(dt.UTC))
    event.add("dtstart", deadline.date)
    event.add("dtend", deadline.date + dt.timedelta(days=1))
    # A deadline tied to an exempt case could name what is exempt; show the case's public title instead.
    what = deadline.case.title_for(False) if deadline.case and deadline.case.is_exempt else deadline.what
    event.add("summary", f"{deadline.get_kind_display()}: {what}")
    event.add("transp", "TRANSPARENT")
    return event
