"""`motebok worker` runs the queued tasks in processes of its own: several workers run each task exactly once
(SKIP LOCKED on PostgreSQL, an exclusive claim on SQLite), and a failed task is tried again and then kept."""

from __future__ import annotations

import collections

from django_tasks_db.models import DBTaskResult

from motebok.tasks import TaskResultStatus
from tests.operations.tasks import fail, note
from tests.operations.workers import run_queue, start_worker


def test_two_workers_run_every_task_exactly_once(command_env, tmp_path):
    runs = tmp_path / "runs.txt"
    for number in range(150):
        note.enqueue(str(runs), number)

    workers = [start_worker(command_env, "--batch", "--without-schedule") for _ in range(2)]
    for worker in workers:
        output = worker.communicate(timeout=120)[0]
        assert worker.returncode == 0, output

    lines = [line.split() for line in runs.read_text().splitlines()]
    per_task = collections.Counter(number for number, _pid in lines)
    assert sorted(per_task) == sorted(str(n) for n in range(150))
    assert set(per_task.values()) == {1}
    # Both took part.
    assert {pid for _number, pid in lines} == {str(w.pid) for w in workers}
    results = DBTaskResult.objects.all()
    assert {r.status for r in results} == {TaskResultStatus.SUCCESSFUL}
    assert {len(r.worker_ids) for r in results} == {1}


def test_a_failing_task_is_tried_again_and_then_kept_as_failed(command_env, tmp_path):
    runs = tmp_path / "runs.txt"
    result = fail.enqueue(str(runs))

    run_queue({**command_env, "MOTEBOK_TASK_ATTEMPTS": "3", "MOTEBOK_TASK_RETRY_SECONDS": "0"})

    assert len(runs.read_text().splitlines()) == 3
    kept = DBTaskResult.objects.get(pk=result.id)
    assert kept.status == TaskResultStatus.FAILED
    assert len(kept.worker_ids) == 3
    assert kept.exception_class_path == "builtins.RuntimeError"
    assert "Postkassen svarte ikke" in kept.traceback
