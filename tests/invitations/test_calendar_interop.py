"""Three independent iCalendar parsers (icalendar, ical.js under node, vobject) read every invitation and every
feed as the same instants, on both sides of the spring and autumn clock changes."""

from __future__ import annotations

import calendar as months
import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import vobject
from django.conf import settings
from django.urls import reverse
from icalendar import Calendar

from motebok.invitations import services
from motebok.invitations.models import CalendarEvent
from motebok.meetings.models import Deadline, Meeting
from motebok.meetings.services import create_meeting
from tests.conftest import OSLO

pytestmark = pytest.mark.django_db

ICAL_JS = Path(settings.REPO_DIR) / "node_modules" / "ical.js"
SCRIPT = Path(__file__).with_name("ical_instants.mjs")


def last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month, months.monthrange(year, month)[1])
    return day - dt.timedelta(days=(day.weekday() - 6) % 7)


def next_clock_changes() -> list[dt.date]:
    today = dt.date.today()
    changes = [last_sunday(year, month) for year in (today.year, today.year + 1) for month in (3, 10)]
    return sorted(day for day in changes if day > today + dt.timedelta(days=3))[:2]


def at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, 0, tzinfo=OSLO)


def instant(value) -> object:
    """Seconds since 1970 for a timed value, the ISO date for an all-day one."""
    if isinstance(value, dt.datetime):
        assert value.tzinfo is not None, "a floating time is no instant"
        return int(value.timestamp())
    return value.isoformat()


def by_icalendar(path: Path) -> list[tuple]:
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    return [(str(e["UID"]), instant(e.decoded("DTSTART")), instant(e.decoded("DTEND"))) for e in events]


def by_vobject(path: Path) -> list[tuple]:
    parsed = vobject.readOne(path.read_text(encoding="utf-8"))
    return [
        (e.uid.value, instant(e.dtstart.value), instant(e.dtend.value))
        for e in parsed.contents.get("vevent", [])
    ]


def by_ical_js(paths: list[Path]) -> dict[Path, list[tuple]]:
    if not ICAL_JS.is_dir() or shutil.which("node") is None:
        if os.environ.get("CI"):
            pytest.fail("ical.js is not installed: run scripts/install.sh --test (npm ci installs it)")
        pytest.skip("ical.js is not installed here (npm ci installs it)")
    output = subprocess.run(
        ["node", str(SCRIPT), *map(str, paths)],
        capture_output=True,
        text=True,
        check=True,
        cwd=settings.REPO_DIR,
    ).stdout
    return {
        Path(file): [(e["uid"], e["start"], e["end"]) for e in events]
        for file, events in json.loads(output).items()
    }


@pytest.fixture
def year_of_meetings(world):
    """Digital 10:00 meetings just before and after each coming clock change, one on the change day, and one
    in deep winter and high summer; a deadline on each change day."""
    meetings = []
    for change in next_clock_changes():
        for day, hour in (
            (change - dt.timedelta(days=2), 10),
            (change, 12),
            (change + dt.timedelta(days=1), 10),
        ):
            meetings.append(
                create_meeting(
                    world.network,
                    start=at(day, hour),
                    end=at(day, hour + 2),
                    format=Meeting.Format.DIGITAL,
                    online_link="https://teams.microsoft.com/l/meetup-join/19%3ameeting_x",
                    is_published=True,
                )
            )
        Deadline.objects.create(body=world.network, what="Høringsfrist", date=change)
    return meetings


def test_three_parsers_read_every_invitation_and_feed_as_the_same_instants(
    world, year_of_meetings, smtp, client, tmp_path
):
    for meeting in year_of_meetings:
        services.send_invitation(meeting, sent_by=world.secretary)
    # Move the Friday meeting before the first change over it to the Monday after, and cancel another.
    first, *_rest, last = year_of_meetings
    services.move_meeting(first, first.start + dt.timedelta(days=3), first.end + dt.timedelta(days=3), None)
    services.cancel_meeting(last, None)

    files = []
    for number, message in enumerate(smtp.messages):
        part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
        files.append(tmp_path / f"message-{number}.ics")
        files[-1].write_bytes(part.get_payload(decode=True))
    feeds = [
        services.feed_token(world.member, world.network).get_absolute_url(),
        services.feed_token(world.member, None).get_absolute_url(),
        reverse("invitations:public_feed", args=[world.network.slug]),
    ]
    for number, url in enumerate(feeds):
        response = client.get(url)
        assert response.status_code == 200
        files.append(tmp_path / f"feed-{number}.ics")
        files[-1].write_bytes(response.content)

    read_by_node = by_ical_js(files)
    for path in files:
        python = by_icalendar(path)
        assert python, path.name
        assert by_vobject(path) == python, path.name
        assert read_by_node[path] == python, path.name

    # And the instants are the meetings' own: the feeds hold each meeting where it is now.
    expected = {
        CalendarEvent.objects.get(meeting=m).uid: (instant(m.start), instant(m.end))
        for m in Meeting.objects.filter(body=world.network)
    }
    for path in files[-3:]:
        timed = {uid: (start, end) for uid, start, end in by_icalendar(path) if uid in expected}
        assert timed == expected, path.name
    # Across the change: 10:00 in Oslo is 08:00 UTC in summer and 09:00 UTC in winter.
    hours = {dt.datetime.fromtimestamp(start, dt.UTC).hour for start, _end in expected.values()}
    assert {8, 9} <= hours
