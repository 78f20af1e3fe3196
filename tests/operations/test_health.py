"""`/helse/` tells a load balancer whether the database answers, how the task queue stands, and how much disk the
data folder has left."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from motebok.tasks import TaskResultStatus
from tests.operations.tasks import fail, note


@pytest.mark.django_db
def test_health_is_200_with_the_database_and_disk_state(client, settings):
    response = client.get("/helse/")
    assert response.status_code == 200
    state = response.json()
    assert state["ok"] is True
    assert state["database"]["ok"] is True
    assert 0 < state["disk"]["free_bytes"] <= state["disk"]["total_bytes"]
    assert "no-cache" in response["Cache-Control"]


def test_health_is_503_when_the_database_is_unreachable(run_django):
    # A PostgreSQL address where nothing listens.
    result = run_django(
        "from django.test import Client; r = Client().get('/helse/'); print(r.status_code); print(r.content.decode())",
        DATABASE_URL="postgres://motebok@127.0.0.1:9/nothing",
    )
    status, body = result.stdout.split("\n", 1)
    assert status == "503", result.stderr
    state = json.loads(body)
    assert state["ok"] is False and state["database"]["ok"] is False
    assert state["disk"]["free_bytes"] > 0


@pytest.mark.django_db
def test_health_shows_the_waiting_running_and_failed_tasks_and_the_oldest_wait(client):
    waiting = note.enqueue("/dev/null", 1)
    DBTaskResult.objects.filter(pk=waiting.id).update(enqueued_at=timezone.now() - dt.timedelta(minutes=10))
    note.using(run_after=timezone.now() + dt.timedelta(hours=1)).enqueue("/dev/null", 2)
    failed = fail.enqueue("/dev/null")
    DBTaskResult.objects.filter(pk=failed.id).update(status=TaskResultStatus.FAILED)

    tasks = client.get("/helse/").json()["tasks"]
    # The deferred task is not waiting yet.
    assert tasks["waiting"] == 1 and tasks["failed"] == 1 and tasks["running"] == 0
    assert 600 <= tasks["oldest_waiting_seconds"] < 660
