"""The minutes' background tasks."""

from __future__ import annotations

from django.utils import timezone

from motebok.minutes.reminders import people_to_remind, send_digest
from motebok.tasks import task


@task()
def send_reminders() -> int:
    """Send today's reminder digests; each person gets at most one a day, however often this runs."""
    today = timezone.localdate()
    return sum(send_digest(person, today) for person in people_to_remind(today))
