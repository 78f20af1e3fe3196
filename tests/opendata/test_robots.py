"""robots.txt points at the sitemap and keeps crawlers off the private pages."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_it_points_at_the_sitemap_and_disallows_the_private_pages(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    for path in ("/konto/", "/admin/", "/planlegging/", "/innkalling/svar/", "/protokoll/mote/*/skriv/"):
        assert f"Disallow: {path}" in lines
    assert not any(line.startswith("Disallow: /organ") or line == "Disallow: /" for line in lines)
