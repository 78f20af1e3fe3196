"""`motebok backup DIR` and `motebok restore DIR`: a backup restored into a fresh data folder is the same site,
and restore refuses a partial or damaged backup and a site that already has data."""

from __future__ import annotations

import json

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection

from motebok.documents.models import Document
from motebok.meetings import services
from motebok.meetings.models import Case
from tests.conftest import at
from tests.operations.snapshot import snapshot

WORD = "Fjellvegutbygging"
SEARCH_AND_SNAPSHOT = (
    "import json; from django.test import Client; from django.contrib.auth import get_user_model; "
    "from tests.operations.snapshot import snapshot; state = snapshot(); c = Client(); "
    "c.force_login(get_user_model().objects.get(username='sara')); "
    f"state['search'] = c.get('/sok/?q={WORD}').content.decode(); print(json.dumps(state))"
)


@pytest.fixture
def site(world, command_env):
    """A meeting with a case, an uploaded document, in the test database; committed, for the backup to see."""
    meeting = services.create_meeting(world.network, start=at(2024, 3, 5, 10), place="Kristiansund")
    case = Case.objects.create(body=world.network, title=f"{WORD} langs kysten")
    services.place_case(case, meeting)
    Document.objects.create(
        title="Vedlegg",
        body=world.network,
        meeting=meeting,
        sha256="1" * 64,
        file=ContentFile(b"Vedlegg 1", "v.txt"),
    )
    return world


def test_a_restored_backup_has_every_table_file_and_search_result(
    site, client, fresh_database, run_django, tmp_path
):
    client.force_login(site.secretary.user)
    before = snapshot()
    before_search = client.get(f"/sok/?q={WORD}").content.decode()
    assert f"{WORD} langs kysten" in before_search
    assert before["files"] and before["tables"]["meetings_case"][0] == 1

    call_command("backup", str(tmp_path / "kopi"))
    manifest = json.loads((tmp_path / "kopi" / "manifest.json").read_text())
    assert manifest["database"]["kind"] == connection.vendor
    assert set(manifest["files"]) == set(before["files"])

    restored = run_django(
        "from django.core.management import call_command; "
        f"call_command('restore', {str(tmp_path / 'kopi')!r})",
        **fresh_database,
    )
    assert restored.returncode == 0, restored.stderr
    after = json.loads(run_django(SEARCH_AND_SNAPSHOT, **fresh_database).stdout)
    assert after["tables"] == before["tables"]
    assert after["files"] == before["files"]
    assert f"{WORD} langs kysten" in after["search"]

    again = run_django(
        f"from django.core.management import call_command; call_command('restore', {str(tmp_path / 'kopi')!r})",
        **fresh_database,
    )
    assert "bruk --force" in again.stderr


def test_restore_refuses_a_partial_or_damaged_backup(site, tmp_path):
    call_command("backup", str(tmp_path / "kopi"))
    manifest_path = tmp_path / "kopi" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    document = tmp_path / "kopi" / "files" / next(iter(manifest["files"]))

    document.write_bytes(b"endret")
    with pytest.raises(CommandError, match="skadet: files/.* har feil sjekksum"):
        call_command("restore", str(tmp_path / "kopi"), force=True)
    document.unlink()
    with pytest.raises(CommandError, match="ufullstendig: files/.* mangler"):
        call_command("restore", str(tmp_path / "kopi"), force=True)
    manifest_path.unlink()
    with pytest.raises(CommandError, match="manifest.json mangler"):
        call_command("restore", str(tmp_path / "kopi"), force=True)
    with pytest.raises(CommandError, match="er ikke tom"):
        call_command("backup", str(tmp_path / "kopi"))
