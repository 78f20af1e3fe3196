"""The site's domain in calendar UIDs and Message-IDs: a real server refuses to start without one."""

from __future__ import annotations

import subprocess
import sys

from django.conf import settings


def _start_wsgi(env: dict, tmp_path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "import motebok.wsgi; print('started')"],
        env={"MOTEBOK_DATA_DIR": str(tmp_path), "PATH": "/usr/bin", **env},
        capture_output=True,
        text=True,
        cwd=settings.REPO_DIR,
    )


def test_it_refuses_to_serve_with_the_default_local_domain(tmp_path):
    result = _start_wsgi({}, tmp_path)

    assert result.returncode != 0
    assert "MOTEBOK_SITE_DOMAIN is '127.0.0.1'" in result.stderr
    assert "started" not in result.stdout


def test_it_serves_with_a_configured_domain_or_one_from_the_site_address(tmp_path):
    assert _start_wsgi({"MOTEBOK_SITE_DOMAIN": "motebok.helgeland.no"}, tmp_path).stdout.strip() == "started"
    from_url = _start_wsgi({"MOTEBOK_SITE_URL": "https://motebok.nordmore.no"}, tmp_path)
    assert from_url.stdout.strip() == "started", from_url.stderr


def test_it_lets_the_demo_serve_on_127_0_0_1(monkeypatch):
    from motebok.site import refuse_local_domain

    monkeypatch.setattr(settings, "DEMO", True)
    monkeypatch.setattr(settings, "SITE_DOMAIN", "127.0.0.1")
    refuse_local_domain()
    monkeypatch.setattr(settings, "DEMO", False)
    try:
        refuse_local_domain()
    except Exception as error:
        assert "MOTEBOK_SITE_DOMAIN" in str(error)
    else:
        raise AssertionError("a local domain was accepted outside the demo")
