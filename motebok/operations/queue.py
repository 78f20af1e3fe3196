"""The task queue as site staff and a load balancer see it, and what becomes of a task that fails: it is tried
again later, `TASK_ATTEMPTS` times in all, and then kept as failed for site staff to see and start again."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Min, Q
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from motebok.tasks import TaskResultStatus


def _waiting():
    """Tasks a worker would take now: ready, and either not deferred or due."""
    return DBTaskResult.objects.filter(status=TaskResultStatus.READY).filter(
        Q(run_after=get_date_max()) | Q(run_after__lte=timezone.now())
    )


def retry_or_keep(sender, task_result, **kwargs) -> None:
    """On `task_finished`: put a failed task back in the queue after a pause that doubles with each try, until it
    has been tried `TASK_ATTEMPTS` times; then it stays failed, and shows on the staff's page."""
    if task_result.status != TaskResultStatus.FAILED or task_result.attempts >= settings.TASK_ATTEMPTS:
        return
    pause = dt.timedelta(seconds=settings.TASK_RETRY_SECONDS * 2 ** (task_result.attempts - 1))
    DBTaskResult.objects.filter(pk=task_result.id, status=TaskResultStatus.FAILED).update(
        status=TaskResultStatus.READY, run_after=timezone.now() + pause, finished_at=None
    )


@transaction.atomic
def start_again(task_id) -> bool:
    """Queue a failed task for one more try at once; False if it is not (or no longer) failed."""
    return bool(
        DBTaskResult.objects.filter(pk=task_id, status=TaskResultStatus.FAILED).update(
            status=TaskResultStatus.READY, run_after=timezone.now(), finished_at=None
        )
    )


def state() -> dict:
    """How many tasks wait, run and have failed for good, and how long the oldest waiting one has waited."""
    counts = dict(
        DBTaskResult.objects.values_list("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    oldest = _waiting().aggregate(oldest=Min("enqueued_at"))["oldest"]
    return {
        "waiting": _waiting().count(),
        "running": counts.get(TaskResultStatus.RUNNING, 0),
        "failed": counts.get(TaskResultStatus.FAILED, 0),
        "oldest_waiting_seconds": round((timezone.now() - oldest).total_seconds()) if oldest else 0,
    }


def progress(task_ids: list[str]) -> dict:
    """How far a group of tasks has come: how many there are, how many have finished (well or for good badly),
    and the return values of those that succeeded, in the group's order."""
    results = {str(r.pk): r for r in DBTaskResult.objects.filter(pk__in=task_ids)}
    finished = [results[i] for i in task_ids if i in results and results[i].finished_at is not None]
    return {
        "total": len(task_ids),
        "finished": len(finished),
        "failed": sum(r.status == TaskResultStatus.FAILED for r in finished),
        "returned": [r.return_value for r in finished if r.status == TaskResultStatus.SUCCESSFUL],
    }


def failed():
    """The tasks that failed every try, newest first."""
    return DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).order_by("-finished_at")
