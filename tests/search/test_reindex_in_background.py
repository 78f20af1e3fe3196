"""`motebok reindex --in-background` leaves the rebuild to `motebok worker` and returns at once."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from motebok.search.models import Entry
from tests.operations.workers import run_queue
from tests.search.conftest import found


def test_reindex_in_background_queues_the_rebuild_for_the_worker(archive, command_env):
    Entry.objects.all().delete()
    out = StringIO()

    call_command("reindex", in_background=True, stdout=out)

    assert "bygges på nytt i bakgrunnen" in out.getvalue()
    assert found(None, "plansamarbeidet") == []
    run_queue(command_env)
    assert found(None, "plansamarbeidet") == ["Bærekraftig samarbeid etter plansamarbeidet"]
    assert DBTaskResult.objects.get().return_value == Entry.objects.count() > 0
