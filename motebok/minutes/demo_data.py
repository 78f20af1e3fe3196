"""Demo: approved minutes for every held demo meeting, drafted from its agenda, so each links its minutes.

Nordmøre's held meeting has an exempt case, shown to the public by its public title.
"""

from __future__ import annotations

from motebok.meetings.models import Meeting
from motebok.minutes import services


def extend(demo) -> None:
    for meeting in Meeting.objects.filter(status=Meeting.Status.APPROVED, minutes__isnull=True):
        minutes = services.start_minutes(meeting)
        services.save_minutes(
            minutes, loaded_revision=minutes.revision, author=meeting.minute_taker, forms=[]
        )
        services.approve_minutes(minutes, by=meeting.chair)
