"""Run `motebok` in a subprocess against the test database."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.db import connection


@pytest.fixture
def command_env(django_db_serialized_rollback, transactional_db, tmp_path) -> dict:
    """The environment for a `motebok` subprocess that sees this test's (committed) database. Serialized rollback
    keeps the content types as they were, for the transactional tests that come after."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        url = f"sqlite:///{db['NAME']}"
    else:
        url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    return {
        **os.environ,
        "DATABASE_URL": url,
        "MOTEBOK_DATA_DIR": str(tmp_path / "data"),
        "MOTEBOK_SITE_URL": "https://motebok.example.no",
    }


@pytest.fixture
def run_django(tmp_path):
    """Run Python code after django.setup() in a fresh process with the given settings; return the result."""

    def run(code: str, **settings_env: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-c", f"import django; django.setup(); {code}"],
            env={
                "PATH": "/usr/bin",
                "DJANGO_SETTINGS_MODULE": "motebok.settings",
                "MOTEBOK_DATA_DIR": str(tmp_path / "fresh"),
                "PYTHONPATH": ":".join(sys.path),
                "MOTEBOK_ALLOWED_HOSTS": "testserver",
                **settings_env,
            },
            capture_output=True,
            text=True,
            timeout=60,
        )

    return run
