"""Scheduled jobs are defined in the code and queued by the workers, each run once however many workers look."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from motebok.meetings.models import ActionItem
from motebok.operations import schedule
from motebok.operations.models import ScheduledJob
from tests.conftest import at
from tests.operations.workers import running_workers

DIGEST = next(job for job in schedule.SCHEDULE if job.name == "påminnelser")


def test_the_daily_digest_is_due_from_six_in_the_morning_local_time():
    assert DIGEST.slot(at(2026, 3, 10, 7)) == at(2026, 3, 10, 6)
    assert DIGEST.slot(at(2026, 3, 10, 5, 59)) == at(2026, 3, 9, 6)
    # Across the change to summer time, still six o'clock in Oslo.
    assert DIGEST.slot(at(2026, 3, 29, 8)) == at(2026, 3, 29, 6)


@pytest.mark.django_db
def test_a_slot_is_claimed_once_and_the_next_slot_again():
    morning = at(2026, 3, 10, 7)
    assert schedule.claim(DIGEST, morning) is True
    assert schedule.claim(DIGEST, morning + dt.timedelta(hours=5)) is False
    assert schedule.claim(DIGEST, morning + dt.timedelta(days=1)) is True
    job = ScheduledJob.objects.get(name="påminnelser")
    assert job.last_slot == at(2026, 3, 11, 6)
    assert DBTaskResult.objects.filter(task_path="motebok.minutes.tasks.send_reminders").count() == 2
    assert job.last_task_id == str(DBTaskResult.objects.latest("enqueued_at").pk)


@pytest.mark.django_db
def test_the_reply_mailbox_is_read_only_when_there_is_one(settings):
    settings.REPLY_IMAP_URL = ""
    assert "svarpostkasse" not in schedule.tick(timezone.now())
    settings.REPLY_IMAP_URL = "imap://svar%40example.no:pw@127.0.0.1:1/INBOX"
    assert "svarpostkasse" in schedule.tick(timezone.now())


def test_two_workers_send_the_daily_digest_once(world, smtp, command_env, settings):
    ActionItem.objects.create(
        what="Send referatet til kommunene",
        owner_person=world.member,
        body=world.network,
        due=timezone.localdate() - dt.timedelta(days=2),
    )
    env = {
        **command_env,
        "MOTEBOK_EMAIL_HOST": "127.0.0.1",
        "MOTEBOK_EMAIL_PORT": str(settings.EMAIL_PORT),
        "MOTEBOK_SCHEDULER_SECONDS": "1",
    }
    with running_workers(env, 2) as workers:
        deadline = time.monotonic() + 60
        while not smtp.messages and time.monotonic() < deadline:
            time.sleep(0.2)
        # Both workers look at the schedule a few more times.
        time.sleep(4)
    assert all(w.returncode is not None for w in workers)
    assert len(smtp.to(world.member.email)) == 1
    assert len(smtp.messages) == 1
    assert DBTaskResult.objects.filter(task_path="motebok.minutes.tasks.send_reminders").count() == 1
