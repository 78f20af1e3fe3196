"""What the operations room keeps: the last slot each scheduled job was queued for."""

from __future__ import annotations

from django.db import models


class ScheduledJob(models.Model):
    """One row per job of `schedule.SCHEDULE`; a worker queues the job by moving `last_slot` forward, which only
    one worker can do for a slot (`schedule.claim`)."""

    name = models.CharField(max_length=64, unique=True)
    last_slot = models.DateTimeField()
    # The task queued for the last slot, to show on the staff's page.
    last_task_id = models.CharField(max_length=64, blank=True)

    def __str__(self) -> str:
        return self.name
