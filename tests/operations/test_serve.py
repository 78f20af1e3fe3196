"""`motebok serve` runs gunicorn with the bind address and workers from the environment and serves static files."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.operations.tasks import note


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, waited_for: float = 30) -> tuple[int, bytes, str]:
    deadline = time.monotonic() + waited_for
    while True:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                return response.status, response.read(), response.headers["Content-Type"]
        except (ConnectionError, urllib.error.URLError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_serve_answers_the_front_page_and_a_static_file_on_the_configured_address(command_env):
    port = _free_port()
    env = {**command_env, "MOTEBOK_BIND": f"127.0.0.1:{port}", "MOTEBOK_WORKERS": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "motebok.cli", "serve"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        status, body, _ = _get(f"http://127.0.0.1:{port}/")
        assert status == 200
        assert "Møtebok" in body.decode()
        status, body, content_type = _get(f"http://127.0.0.1:{port}/static/web/motebok.css")
        assert status == 200 and content_type.startswith("text/css") and body
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0].decode()
    assert "gunicorn" in output.lower() or "Listening at" in output


def test_serve_refuses_to_start_without_the_sites_own_domain(command_env):
    env = {
        **command_env,
        "MOTEBOK_SITE_URL": "http://127.0.0.1:8000",
        "MOTEBOK_BIND": f"127.0.0.1:{_free_port()}",
    }
    result = subprocess.run(
        [sys.executable, "-m", "motebok.cli", "serve"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "MOTEBOK_SITE_DOMAIN" in result.stdout + result.stderr


def test_serve_with_worker_runs_queued_tasks_and_stops_the_worker_with_the_server(command_env, tmp_path):
    runs = tmp_path / "runs.txt"
    note.enqueue(str(runs), 7)
    port = _free_port()
    env = {
        **command_env,
        "MOTEBOK_BIND": f"127.0.0.1:{port}",
        "MOTEBOK_WORKERS": "1",
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "motebok.cli", "serve", "--with-worker"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        assert _get(f"http://127.0.0.1:{port}/helse/")[0] == 200
        deadline = time.monotonic() + 30
        while not runs.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert runs.read_text().split()[0] == "7"
        children = subprocess.run(
            ["pgrep", "-P", str(server.pid)], capture_output=True, text=True
        ).stdout.split()
        assert len(children) == 2  # the gunicorn worker and the task worker
    finally:
        server.terminate()
        output = server.communicate(timeout=60)[0].decode()
    assert "Traceback" not in output and "exited with code" not in output, output
    for child in children:
        with pytest.raises(ProcessLookupError):
            os.kill(int(child), 0)
