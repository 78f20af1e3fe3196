"""Demo: approved minutes for the Nordmøre college's held meeting, with its exempt case shown by public title."""

from __future__ import annotations

from motebok.minutes import services


def extend(demo) -> None:
    meeting = demo.meetings["nordmore_held"]
    minutes = services.start_minutes(meeting)
    services.save_minutes(minutes, loaded_revision=minutes.revision, author=meeting.minute_taker, forms=[])
    services.approve_minutes(minutes, by=meeting.chair)
