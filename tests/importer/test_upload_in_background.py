"""An upload of more than a few files is read by `motebok worker` in the background: the upload page answers at
once and shows how far the reading has come, file by file, until every file waits for review."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from motebok.importer.models import ImportRecord
from motebok.importer.tasks import FEW
from tests.importer.documents import APRIL_SUMMARY, MARCH_SUMMARY
from tests.operations.workers import run_queue


@pytest.fixture(autouse=True)
def _media_shared_with_the_worker(settings, tmp_path):
    """The folder the worker process keeps its files in (its MOTEBOK_DATA_DIR is tmp_path/data)."""
    settings.MEDIA_ROOT = tmp_path / "data" / "files"


def _files(count: int) -> list:
    texts = [MARCH_SUMMARY, APRIL_SUMMARY]
    return [
        SimpleUploadedFile(f"referat-{n}.txt", f"{texts[n % 2]}\nSide {n}\n".encode()) for n in range(count)
    ] + [SimpleUploadedFile("tom.txt", b"")]


def test_many_files_are_read_in_the_background_and_the_page_shows_the_progress(world, command_env, tmp_path):
    client = world.client_for(world.secretary)
    upload_page = reverse("importer:upload", args=[world.network.slug])

    response = client.post(upload_page, {"files": _files(FEW + 1)})

    assert response.status_code == 302 and response.url.startswith(f"{upload_page}?venter=")
    # Nothing read yet: every file waits in the queue, and the empty one was refused at once.
    assert not ImportRecord.objects.exists()
    assert DBTaskResult.objects.count() == FEW + 1
    page = client.get(response.url).text
    assert "Kunne ikke lese tom.txt: filen er tom" in page
    progress_url = re.search(r'hx-get="([^"]+)"', page).group(1)
    waiting = client.get(progress_url)
    assert waiting.status_code == 200 and f"0 av {FEW + 1} filer er lest." in waiting.text
    assert 'hx-trigger="every 1s"' in waiting.text

    run_queue(command_env)

    done = client.get(progress_url)
    # 286 tells htmx to stop asking.
    assert done.status_code == 286
    assert f"{FEW + 1} av {FEW + 1} filer er lest." in done.text
    records = ImportRecord.objects.filter(body=world.network, status=ImportRecord.Status.DRAFT)
    assert sorted(r.original_name for r in records) == sorted(f"referat-{n}.txt" for n in range(FEW + 1))
    for record in records:
        assert reverse("importer:review", args=[record.pk]) in done.text
    # The kept copies are gone once read.
    assert not list((tmp_path / "data" / "files" / "imports" / "venter").rglob("*.txt"))


def test_only_the_bodys_editors_follow_an_upload_and_a_forged_batch_is_not_found(world):
    client = world.client_for(world.secretary)
    response = client.post(reverse("importer:upload", args=[world.network.slug]), {"files": _files(FEW + 1)})
    progress_url = re.search(r'hx-get="([^"]+)"', client.get(response.url).text).group(1)

    assert world.client_for(world.outsider).get(progress_url).status_code == 404
    assert world.client_for(world.member).get(progress_url).status_code == 403
    forged = progress_url.replace("/fremdrift/", "/fremdrift/x")
    assert client.get(forged).status_code == 404
