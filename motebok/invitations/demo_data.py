"""Demo: Helseledernettverk Helgeland publishes its next meeting, whose agenda and calendar its public page links."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from motebok.demo.data import Demo
from motebok.invitations import services
from motebok.invitations.models import Answer
from motebok.meetings.models import Case, Deadline, Meeting
from motebok.meetings.services import create_meeting
from motebok.planning.agenda import set_up_agenda

TEAMS = "https://teams.microsoft.com/l/meetup-join/demo-helgeland"


def extend(demo: Demo) -> None:
    body = demo.bodies["helgeland"]
    meeting = demo.meetings.get("helgeland_next") or _new_meeting(demo)
    demo.meetings["helgeland_next"] = meeting
    meeting.is_published = True
    meeting.save(update_fields=["is_published"])
    if not meeting.agenda.exists():
        set_up_agenda(meeting, _cases(meeting))
    Deadline.objects.create(
        body=body,
        what="Innspill til utviklingsplan for Helgelandssykehuset",
        date=demo.today + dt.timedelta(days=45),
        kind=Deadline.Kind.CONSULTATION,
        source="Helse Nord RHF",
    )
    _answers(demo, meeting)
    services.feed_token(demo.people["Ellen Engdahl"], None)


def _new_meeting(demo: Demo) -> Meeting:
    """A digital meeting in about two weeks, for when the planning app's demo has not made the next meeting."""
    body = demo.bodies["helgeland"]
    day = demo.today + dt.timedelta(days=14)
    day += dt.timedelta(days=(2 - day.weekday()) % 7)  # networks meet mid-week
    start = timezone.make_aware(dt.datetime(day.year, day.month, day.day, 9, 0))
    return create_meeting(
        body,
        start=start,
        end=start + dt.timedelta(hours=2),
        format=Meeting.Format.DIGITAL,
        online_link=TEAMS,
        place="Teams",
        chair=demo.people["Hanne Sørvik"],
    )


def _cases(meeting: Meeting) -> list[Case]:
    titles = [
        ("Felles kompetanseplan for helse og omsorg 2026–2029", Case.Kind.DISCUSSION),
        ("Rekruttering av sykepleiere: status fra kommunene", Case.Kind.ORIENTATION),
    ]
    return [
        Case.objects.create(body=meeting.body, title=title, kind=kind, status=Case.Status.ACCEPTED)
        for title, kind in titles
    ]


def _answers(demo: Demo, meeting: Meeting) -> None:
    """A few members have answered, so that the secretary's page and the draft attendance show something."""
    replies = [
        ("Hanne Sørvik", Answer.Response.ATTENDING, ""),
        ("Marit Vollan", Answer.Response.ABSENT, ""),
        ("Tor Edvin Lind", Answer.Response.SUBSTITUTE, "Kristin Hauknes"),
    ]
    for name, response, substitute in replies:
        answer, _created = Answer.objects.get_or_create(meeting=meeting, person=demo.people[name])
        services.record_answer(answer, response, substitute_name=substitute)
