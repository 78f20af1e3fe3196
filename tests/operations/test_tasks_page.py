"""`/drift/oppgaver/`: site staff see the queue, the scheduled jobs and each task that failed every try, and
start a failed one again; no one else sees the page."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django_tasks_db.models import DBTaskResult

from motebok.operations import schedule
from motebok.tasks import TaskResultStatus
from tests.conftest import at
from tests.operations.tasks import fail, note


@pytest.fixture
def staff(db) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.create_user("drift", "drift@example.no", "pw", is_staff=True))
    return client


@pytest.fixture
def failed_task(db):
    result = fail.enqueue("/dev/null")
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.FAILED,
        worker_ids=["a", "b", "c"],
        exception_class_path="builtins.RuntimeError",
        traceback="Traceback (most recent call last):\n  ...\nRuntimeError: Postkassen svarte ikke\n",
    )
    return result


def test_staff_see_the_failed_task_with_its_error_the_queue_and_the_schedule(staff, failed_task):
    note.enqueue("/dev/null", 1)
    schedule.claim(schedule.SCHEDULE[0], at(2026, 3, 10, 7))
    page = staff.get("/drift/oppgaver/").content.decode()
    assert "tests.operations.tasks.fail" in page
    assert "RuntimeError: Postkassen svarte ikke" in page
    assert '<dd id="failed">1</dd>' in page
    # The waiting note and the digest the schedule queued.
    assert '<dd id="waiting">2 (' in page
    assert "påminnelser" in page and "10.3.2026 06:00" in page


def test_staff_start_a_failed_task_again(staff, failed_task):
    response = staff.post(f"/drift/oppgaver/{failed_task.id}/start-igjen/")
    assert response.status_code == 302
    assert DBTaskResult.objects.get(pk=failed_task.id).status == TaskResultStatus.READY
    again = staff.post(f"/drift/oppgaver/{failed_task.id}/start-igjen/", follow=True)
    assert "ikke lenger feilet" in again.content.decode()
    assert staff.post("/drift/oppgaver/ikke-en-oppgave/start-igjen/").status_code == 404


def test_no_one_but_staff_sees_the_page_or_starts_a_task(world, failed_task, client):
    secretary = world.client_for(world.secretary)
    assert secretary.get("/drift/oppgaver/").status_code == 404
    assert secretary.post(f"/drift/oppgaver/{failed_task.id}/start-igjen/").status_code == 404
    assert client.get("/drift/oppgaver/").status_code == 302
    assert client.post(f"/drift/oppgaver/{failed_task.id}/start-igjen/").status_code == 302
    assert DBTaskResult.objects.get(pk=failed_task.id).status == TaskResultStatus.FAILED
