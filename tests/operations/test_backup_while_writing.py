"""`motebok backup` of a site that is being written to: each backup holds whole transactions only, and restores."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from django.core.management import call_command

from motebok.meetings.models import AgendaItem, Case

# Each transaction writes a meeting, a case and the case's place on the agenda; a torn backup would hold a case
# without its agenda item, or a meeting without its case.
WRITER = """
import django, itertools, datetime as dt
django.setup()
from django.db import transaction
from motebok.meetings import services
from motebok.meetings.models import Case
from motebok.registry.models import Body
body = Body.objects.get(slug="helseledernettverket")
start = dt.datetime(2030, 1, 1, 10, tzinfo=dt.UTC)
for n in itertools.count():
    with transaction.atomic():
        meeting = services.create_meeting(body, start=start + dt.timedelta(days=n), place="Molde")
        services.place_case(Case.objects.create(body=body, title=f"Sak {n}"), meeting)
    print(n, flush=True)
"""

COUNT = (
    "from motebok.meetings.models import AgendaItem, Case, Meeting; "
    "print(Case.objects.count(), AgendaItem.objects.count(), Meeting.objects.count())"
)


def test_backups_taken_while_a_process_writes_hold_whole_transactions(
    world, command_env, fresh_database, run_django, tmp_path
):
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER],
        env={
            **command_env,
            "DJANGO_SETTINGS_MODULE": "motebok.settings",
            "PYTHONPATH": os.pathsep.join(sys.path),
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # Let it get going before the first backup.
        for _ in range(5):
            writer.stdout.readline()
        call_command("backup", str(tmp_path / "kopi"))
        time.sleep(0.5)
    finally:
        writer.terminate()
        _out, errors = writer.communicate(timeout=60)
    assert "Traceback" not in errors, errors
    written_in_the_end = Case.objects.count()

    restored = run_django(
        f"from django.core.management import call_command; call_command('restore', {str(tmp_path / 'kopi')!r})",
        **fresh_database,
    )
    assert restored.returncode == 0, restored.stderr
    cases, items, meetings = map(int, run_django(COUNT, **fresh_database).stdout.split())
    assert cases == items == meetings
    # The backup fell in the middle of the writing: it has some of the writes, not all.
    assert 5 <= cases < written_in_the_end
    assert AgendaItem.objects.count() == written_in_the_end
