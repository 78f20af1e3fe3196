"""A body with many members: the invitation page queues the sending for `motebok worker` and answers at once; the
worker sends every member the invitation and records the dispatch."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from motebok.invitations.models import Dispatch
from motebok.invitations.tasks import MANY
from motebok.meetings.models import Meeting
from tests.operations.members import fill_to_many
from tests.operations.workers import run_queue


def test_the_invitation_to_a_big_body_is_sent_by_the_worker(world, meeting, smtp, command_env):
    added = fill_to_many(world.network)

    response = world.client_for(world.secretary).post(
        reverse("invitations:send", args=[meeting.pk]), follow=True
    )

    assert f"Innkallingen sendes nå til {MANY + 1} medlemmer." in response.content.decode()
    assert not smtp.messages and not Dispatch.objects.exists()
    assert DBTaskResult.objects.get().task_path == "motebok.invitations.tasks.send_invitation"

    run_queue(command_env, smtp_port=settings.EMAIL_PORT)

    # Everyone but Sara, who organizes.
    assert sorted(m["X-Envelope-To"] for m in smtp.messages) == sorted(
        [*added, "kari@example.no", "mona@example.no"]
    )
    dispatch = Dispatch.objects.get()
    assert dispatch.sent_by == world.secretary and len(dispatch.recipients) == MANY
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.INVITED
