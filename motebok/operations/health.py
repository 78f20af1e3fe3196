"""`/helse/`: the state of the database, the task queue and the data folder's disk, for a load balancer or a
monitor."""

from __future__ import annotations

import shutil

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from motebok.operations import queue


def _database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return {"ok": False, "vendor": connection.vendor, "error": error.__class__.__name__}
    return {"ok": True, "vendor": connection.vendor}


def _disk() -> dict:
    usage = shutil.disk_usage(settings.DATA_DIR)
    return {"free_bytes": usage.free, "total_bytes": usage.total}


@never_cache
@require_GET
def health(request):
    """200 when the database answers, 503 when it does not. Shows no data, so anyone may ask."""
    database = _database()
    state = {"ok": database["ok"], "database": database, "disk": _disk()}
    if database["ok"]:
        state["tasks"] = queue.state()
    return JsonResponse(state, status=200 if database["ok"] else 503)
