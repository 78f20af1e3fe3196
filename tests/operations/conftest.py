"""Run `motebok` in a subprocess against the test database."""

from __future__ import annotations

import subprocess
import sys
import uuid

import psycopg
import pytest
from django.db import connection


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


@pytest.fixture
def fresh_database(command_env):
    """A new, empty database for the restored site: a PostgreSQL database of its own, or SQLite in a new folder."""
    if connection.vendor == "sqlite":
        env = {**command_env}
        env.pop("DATABASE_URL")
        yield env
        return
    db = connection.settings_dict
    name = f"motebok_restore_{uuid.uuid4().hex[:8]}"
    admin = {
        "host": db["HOST"],
        "port": db["PORT"],
        "user": db["USER"],
        "dbname": "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**admin) as pg:
        pg.execute(f'CREATE DATABASE "{name}"')
    yield {**command_env, "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{name}"}
    with psycopg.connect(**admin) as pg:
        pg.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
