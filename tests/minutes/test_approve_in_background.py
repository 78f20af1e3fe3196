"""A body with many members: approving the minutes queues their sending for `motebok worker`, and the page answers
at once; the worker sends every member the minutes with the PDF and Word attached."""

from __future__ import annotations

import pytest
from django.conf import settings
from django_tasks_db.models import DBTaskResult

from motebok.invitations.tasks import MANY
from motebok.meetings.models import Meeting
from tests.minutes.conftest import editor_data
from tests.operations.members import fill_to_many
from tests.operations.workers import run_queue


@pytest.fixture
def written(world, meeting):
    client = world.client_for(world.secretary)
    client.post(f"/protokoll/mote/{meeting.pk}/skriv/", {"start": ""})
    meeting.minutes.refresh_from_db()
    client.post(f"/protokoll/mote/{meeting.pk}/skriv/", editor_data(meeting.minutes))
    return meeting


def test_the_minutes_of_a_big_body_are_sent_by_the_worker(world, written, smtp, command_env):
    added = fill_to_many(world.network)

    response = world.client_for(world.chair).post(f"/protokoll/mote/{written.pk}/godkjenn/", follow=True)

    assert f"Protokollen er godkjent og sendes nå til {MANY + 1} medlemmer." in response.content.decode()
    written.refresh_from_db()
    assert written.status == Meeting.Status.APPROVED
    assert not smtp.messages
    assert DBTaskResult.objects.get().task_path == "motebok.minutes.tasks.send_minutes"

    run_queue(command_env, smtp_port=settings.EMAIL_PORT)

    assert sorted(m["X-Envelope-To"] for m in smtp.messages) == sorted(
        [*added, "kari@example.no", "mona@example.no", "sara@example.no"]
    )
    message = smtp.to(added[0])[0]
    assert message["Subject"].startswith("Godkjent protokoll: Helseledernettverket ")
    assert sorted(part.get_content_type() for part in message.iter_attachments()) == [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]
    assert DBTaskResult.objects.get().return_value == MANY + 1
