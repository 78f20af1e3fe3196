"""`motebok demo --port N` makes the links it sends and cites point at the port it serves on."""

from __future__ import annotations

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_links_follow_the_demo_port_unless_a_site_url_is_configured(settings, monkeypatch):
    monkeypatch.delenv("MOTEBOK_SITE_URL", raising=False)
    call_command("demo", port=8765, no_serve=True)
    assert settings.SITE_URL == "http://127.0.0.1:8765"

    monkeypatch.setenv("MOTEBOK_SITE_URL", "https://motebok.example.no")
    settings.SITE_URL = "https://motebok.example.no"
    call_command("demo", port=8766, no_serve=True)
    assert settings.SITE_URL == "https://motebok.example.no"
