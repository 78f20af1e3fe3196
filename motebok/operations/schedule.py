"""Jobs that run on a schedule, defined here rather than in cron: every `motebok worker` looks at them every
`SCHEDULER_SECONDS`, and queues a job whose time has come by moving its `ScheduledJob.last_slot` forward, an update
only one worker can win, so that two workers never queue the same run twice."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from motebok.invitations.tasks import read_replies
from motebok.minutes.tasks import send_reminders
from motebok.operations.models import ScheduledJob

logger = logging.getLogger(__name__)

NEVER = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Job:
    """A task to queue once a day at a local time (`daily_at`) or once in every period (`every`)."""

    name: str
    task: object
    daily_at: dt.time | None = None
    every: dt.timedelta | None = None
    wanted: Callable[[], bool] = lambda: True

    def slot(self, now: dt.datetime) -> dt.datetime:
        """The start of the newest run that has come due by `now`."""
        if self.every is not None:
            seconds = self.every.total_seconds()
            return dt.datetime.fromtimestamp(now.timestamp() // seconds * seconds, dt.UTC)
        today = timezone.localdate(now)
        slot = timezone.make_aware(dt.datetime.combine(today, self.daily_at))
        return (
            slot
            if slot <= now
            else timezone.make_aware(dt.datetime.combine(today - dt.timedelta(1), self.daily_at))
        )


SCHEDULE = [
    # The daily reminder digest (motebok.minutes.reminders): follow-ups and deadlines, early in the morning.
    Job("påminnelser", send_reminders, daily_at=dt.time(6, 0)),
    # Calendar replies in the reply mailbox, when there is one.
    Job(
        "svarpostkasse",
        read_replies,
        every=dt.timedelta(minutes=5),
        wanted=lambda: bool(settings.REPLY_IMAP_URL),
    ),
]


@transaction.atomic
def claim(job: Job, now: dt.datetime) -> bool:
    """Queue the job's run that is due at `now` unless some worker already did; True if this call queued it."""
    slot = job.slot(now)
    ScheduledJob.objects.get_or_create(name=job.name, defaults={"last_slot": NEVER})
    if not ScheduledJob.objects.filter(name=job.name, last_slot__lt=slot).update(last_slot=slot):
        return False
    result = job.task.enqueue()
    ScheduledJob.objects.filter(name=job.name).update(last_task_id=str(result.id))
    return True


def tick(now: dt.datetime) -> list[str]:
    """Queue every wanted job that has come due; return the names of those this call queued."""
    return [job.name for job in SCHEDULE if job.wanted() and claim(job, now)]


class Scheduler(threading.Thread):
    """Beside a worker's loop: look for due jobs every `SCHEDULER_SECONDS` for as long as the worker runs."""

    def __init__(self) -> None:
        super().__init__(name="motebok-scheduler", daemon=True)

    def run(self) -> None:
        while True:
            try:
                for name in tick(timezone.now()):
                    logger.info("Scheduled job %s queued", name)
            except Exception:
                # A database that is away for a moment must not stop the schedule for good.
                logger.exception("Could not look at the schedule")
            finally:
                connection.close()
            time.sleep(settings.SCHEDULER_SECONDS)
