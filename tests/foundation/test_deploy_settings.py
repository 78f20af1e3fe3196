"""Production settings come from the environment, and `motebok check --deploy` is clean when they are set."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import motebok.settings

# The checkout under test, not whichever Møtebok the virtualenv has installed.
REPO = str(Path(motebok.settings.__file__).resolve().parent.parent)

PRODUCTION = {
    "MOTEBOK_HTTPS": "true",
    "MOTEBOK_HSTS_PRELOAD": "true",
    "MOTEBOK_BEHIND_PROXY": "true",
    "MOTEBOK_ALLOWED_HOSTS": "motebok.example.no",
    "MOTEBOK_CSRF_TRUSTED_ORIGINS": "https://motebok.example.no",
}


def _run(args: list[str], env: dict, tmp_path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args],
        env={"MOTEBOK_DATA_DIR": str(tmp_path), "PATH": "/usr/bin", "PYTHONPATH": REPO, **env},
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )


def _check_deploy(env: dict, tmp_path) -> subprocess.CompletedProcess:
    return _run(["-m", "motebok.cli", "check", "--deploy", "--fail-level", "WARNING"], env, tmp_path)


def test_check_deploy_is_clean_with_the_production_settings(tmp_path):
    result = _check_deploy(PRODUCTION, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_names_what_is_missing_without_them(tmp_path):
    result = _check_deploy({}, tmp_path)
    assert result.returncode != 0
    for check in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert check in result.stderr


def test_https_turns_on_redirect_hsts_secure_cookies_and_the_proxy_header(tmp_path):
    names = [
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_PROXY_SSL_HEADER",
        "SESSION_COOKIE_AGE",
    ]
    code = f"import json, motebok.settings as s; print(json.dumps({{n: getattr(s, n, None) for n in {names!r}}}))"
    result = _run(["-c", code], {**PRODUCTION, "MOTEBOK_SESSION_SECONDS": "3600"}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
        "SESSION_COOKIE_AGE": 3600,
    }


def test_without_https_nothing_forces_https_and_no_proxy_header_is_trusted():
    assert motebok.settings.SECURE_SSL_REDIRECT is False
    assert motebok.settings.SECURE_HSTS_SECONDS == 0
    assert not hasattr(motebok.settings, "SECURE_PROXY_SSL_HEADER")
