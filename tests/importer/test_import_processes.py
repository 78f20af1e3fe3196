"""`motebok import` as real processes: killed with SIGKILL mid-run, and two at once on the same folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from motebok.documents.models import Document
from motebok.importer.models import ImportRecord
from motebok.meetings.models import Case, Meeting
from motebok.registry.models import Body
from motebok.search.models import Entry
from tests.importer.documents import MARCH_SUMMARY

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[2]


def folder_of_summaries(folder: Path, count: int) -> Path:
    """`count` summaries of different meetings, each with two cases of its own."""
    folder.mkdir()
    for n in range(count):
        day = 1 + n % 28
        month = ["januar", "februar", "mars", "april", "mai", "juni", "august", "september", "oktober"][
            n // 28
        ]
        text = (
            MARCH_SUMMARY.replace("Mandag 14. mars 2022", f"{day}. {month} 2022")
            .replace("Sak 14-22", "Sak FIRST")
            .replace("Sak 15-22", f"Sak {2 * n + 2}-22")
            .replace("Sak FIRST", f"Sak {2 * n + 1}-22")
            .replace("KOMMUNEDIREKTØRKOLLEGIET 22-03", "KOMMUNEDIREKTØRKOLLEGIET")
        )
        (folder / f"{n:03}.txt").write_text(text, encoding="utf-8")
    return folder


def database_url() -> str:
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    return f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"


def start_import(folder: Path, media: Path) -> subprocess.Popen:
    environment = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "MOTEBOK_DATA_DIR": str(media),
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "motebok.cli", "import", str(folder), "--body", "Kommunedirektørkollegiet"],
        env=environment,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_until(condition, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the import made no progress"
        time.sleep(0.05)


def unsearchable() -> dict[str, int]:
    """How many cases, meetings and documents have no row in the search index."""
    return {
        "cases": Case.objects.exclude(pk__in=Entry.objects.filter(case__isnull=False).values("case")).count(),
        "meetings": Meeting.objects.exclude(
            pk__in=Entry.objects.filter(meeting__isnull=False).values("meeting")
        ).count(),
        "documents": Document.objects.exclude(
            pk__in=Entry.objects.filter(document__isnull=False).values("document")
        ).count(),
    }


def test_an_import_killed_with_sigkill_leaves_everything_it_wrote_searchable(tmp_path):
    Body.objects.create(name="Kommunedirektørkollegiet", slug="kommunedirektorkollegiet")
    folder = folder_of_summaries(tmp_path / "mappe", 60)
    process = start_import(folder, tmp_path / "data")

    wait_until(lambda: ImportRecord.objects.count() >= 8)
    process.send_signal(signal.SIGKILL)
    process.wait()

    assert 8 <= ImportRecord.objects.count() < 60
    assert Meeting.objects.count() == ImportRecord.objects.count()
    assert unsearchable() == {"cases": 0, "meetings": 0, "documents": 0}


def test_two_imports_of_one_folder_at_once_skip_or_wait_and_say_so_in_words(tmp_path):
    Body.objects.create(name="Kommunedirektørkollegiet", slug="kommunedirektorkollegiet")
    folder = folder_of_summaries(tmp_path / "mappe", 12)

    first, second = start_import(folder, tmp_path / "a"), start_import(folder, tmp_path / "b")
    outputs = [process.communicate(timeout=240) for process in (first, second)]

    assert [first.returncode, second.returncode] == [0, 0], outputs
    assert ImportRecord.objects.filter(status=ImportRecord.Status.IMPORTED).count() == 12
    assert Meeting.objects.count() == 12 and Case.objects.count() == 24
    for out, err in outputs:
        assert "constraint" not in (out + err).casefold() and "integrity" not in (out + err).casefold()
