"""`/helse/` tells a load balancer whether the database answers, and how much disk the data folder has left."""

from __future__ import annotations

import json

import pytest


@pytest.mark.django_db
def test_health_is_200_with_the_database_and_disk_state(client, settings):
    response = client.get("/helse/")
    assert response.status_code == 200
    state = response.json()
    assert state["ok"] is True
    assert state["database"]["ok"] is True
    assert 0 < state["disk"]["free_bytes"] <= state["disk"]["total_bytes"]
    assert "no-cache" in response["Cache-Control"]


def test_health_is_503_when_the_database_is_unreachable(run_django):
    # A PostgreSQL address where nothing listens.
    result = run_django(
        "from django.test import Client; r = Client().get('/helse/'); print(r.status_code); print(r.content.decode())",
        DATABASE_URL="postgres://motebok@127.0.0.1:9/nothing",
    )
    status, body = result.stdout.split("\n", 1)
    assert status == "503", result.stderr
    state = json.loads(body)
    assert state["ok"] is False and state["database"]["ok"] is False
    assert state["disk"]["free_bytes"] > 0
