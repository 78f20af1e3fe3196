"""The demo shows the secretariat's year for Helseledernettverk Helgeland."""

from __future__ import annotations

from django.utils import timezone

from motebok.demo.data import load_demo
from motebok.meetings.models import Case, Meeting
from motebok.planning.agenda import open_follow_ups


def test_the_demo_has_a_future_plan_an_agenda_and_a_proposal_waiting(db):
    demo = load_demo()
    body = demo.bodies["helgeland"]
    upcoming = body.meetings.filter(start__gt=timezone.now(), status=Meeting.Status.PLANNED)
    assert upcoming.filter(format=Meeting.Format.DIGITAL).count() >= 11
    assert upcoming.filter(format=Meeting.Format.PHYSICAL, host__isnull=False).count() >= 4
    assert all(m.is_published for m in upcoming)

    next_meeting = demo.meetings["helgeland_next"]
    assert next_meeting == upcoming.order_by("start").first()
    titles = list(next_meeting.agenda.order_by("order").values_list("case__title", flat=True))
    assert titles[0] == "Godkjenning av innkalling og saksliste" and titles[-1] == "Eventuelt"
    assert "Rekruttering av sykepleiere – felles tiltak" in titles and len(titles) == 6
    assert all(item.case.number for item in next_meeting.agenda.select_related("case__body"))
    assert [a.what for a in open_follow_ups(next_meeting)] == [
        "Sende felles innspill til Helsefellesskap Helgeland"
    ]
    assert demo.cases["helgeland_proposed"].status == Case.Status.PROPOSED
