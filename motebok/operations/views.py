"""The staff's page of the background tasks: the queue, the scheduled jobs, and the tasks that failed every try."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from motebok.access import rules
from motebok.operations import queue
from motebok.operations.models import ScheduledJob


def _staff_only(request: HttpRequest) -> None:
    # Not found, rather than forbidden, as for every page outside one's own.
    if not rules.can_watch_the_service(request.user):
        raise Http404


@login_required
@require_GET
def tasks(request: HttpRequest) -> HttpResponse:
    _staff_only(request)
    failed = [
        {"result": result, "error": (result.traceback.strip().splitlines() or [""])[-1]}
        for result in queue.failed()[:100]
    ]
    return render(
        request,
        "operations/tasks.html",
        {"state": queue.state(), "failed": failed, "jobs": ScheduledJob.objects.order_by("name")},
    )


@login_required
@require_POST
def start_again(request: HttpRequest, task_id: str) -> HttpResponse:
    _staff_only(request)
    try:
        task_id = str(uuid.UUID(task_id))
    except ValueError:
        raise Http404 from None
    if queue.start_again(task_id):
        messages.success(request, _("Oppgaven er lagt i køen igjen."))
    else:
        messages.error(request, _("Oppgaven er ikke lenger feilet, og ble ikke lagt i køen igjen."))
    return redirect("operations:tasks")
