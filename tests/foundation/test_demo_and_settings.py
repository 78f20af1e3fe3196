from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from motebok.meetings.models import Meeting
from motebok.registry.models import Body


@pytest.mark.django_db
def test_the_demo_loads_once_and_lists_its_public_bodies(client, capsys, settings):
    call_command("demo", no_serve=True)
    call_command("demo", no_serve=True)
    output = capsys.readouterr().out
    assert "sekretaer" in output and "motebok-demo" in output
    assert Body.objects.filter(slug="kdk-nordmore").count() == 1
    assert Meeting.objects.filter(status=Meeting.Status.APPROVED).exists()
    front = client.get(reverse("front")).content.decode()
    assert "Kommunedirektørkollegiet Nordmøre" in front
    assert "Styringsgruppe VÅG" not in front
    client.post(reverse("login"), {"username": "styring", "password": "motebok-demo"})
    assert "Styringsgruppe VÅG" in client.get(reverse("front")).content.decode()
    assert get_user_model().objects.get(username="admin").is_staff


def _settings_with(env: dict, tmp_path) -> subprocess.CompletedProcess:
    code = "import motebok.settings as s; print(s.SECRET_KEY)"
    return subprocess.run(
        [sys.executable, "-c", code],
        env={"MOTEBOK_DATA_DIR": str(tmp_path), "PATH": "/usr/bin", **env},
        capture_output=True,
        text=True,
    )


def test_a_secret_key_is_generated_on_first_run_and_kept(tmp_path):
    first = _settings_with({}, tmp_path)
    second = _settings_with({}, tmp_path)
    assert first.returncode == 0, first.stderr
    assert len(first.stdout.strip()) > 40
    assert first.stdout == second.stdout
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_a_bad_boolean_setting_fails_loudly(tmp_path):
    result = _settings_with({"MOTEBOK_DEBUG": "kanskje"}, tmp_path)
    assert result.returncode != 0
    assert "MOTEBOK_DEBUG must be true or false" in result.stderr


@pytest.mark.django_db
def test_staff_can_open_the_admin_in_norwegian(admin_client):
    for name in (
        "registry/organisation",
        "registry/body",
        "meetings/meeting",
        "meetings/case",
        "documents/document",
    ):
        response = admin_client.get(f"/admin/{name}/")
        assert response.status_code == 200, name
    assert "Organisasjoner" in admin_client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_sqlite_runs_in_wal_mode():
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("this run uses PostgreSQL")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"


def test_the_demo_starts_without_a_mail_server_and_keeps_its_mail_as_files(tmp_path):
    # Nothing listens for SMTP on a fresh machine; the demo data's own e-mail must not stop `motebok demo`.
    demo = subprocess.run(
        [sys.executable, "-c", "from motebok.cli import main; main()", "demo", "--no-serve"],
        env={
            "MOTEBOK_DATA_DIR": str(tmp_path),
            "MOTEBOK_EMAIL_PORT": "9",  # the discard port: a refused connection wherever the test runs
            "PATH": "/usr/bin",
            "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        },
        capture_output=True,
        text=True,
    )
    assert demo.returncode == 0, demo.stderr[-2000:]
    assert "Demodata er lastet." in demo.stdout
    assert list((tmp_path / "sendt-epost").iterdir())
