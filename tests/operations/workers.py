"""Start `motebok worker` processes against the test database, and stop them."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys


def start_worker(env: dict, *options: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "motebok.cli", "worker", "--interval", "0.2", "--no-startup-delay", *options],
        env={**env, "PYTHONPATH": os.pathsep.join(sys.path)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


@contextlib.contextmanager
def running_workers(env: dict, count: int, *options: str):
    """`count` workers that run until the block ends; then each is stopped with SIGTERM and its output kept."""
    workers = [start_worker(env, *options) for _ in range(count)]
    try:
        yield workers
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.output = worker.communicate(timeout=60)[0]


def run_queue(env: dict, smtp_port: int | None = None) -> str:
    """Run one worker until the queue is empty (without the schedule) and return its output; it must succeed.
    With `smtp_port`, its e-mail goes to the test's SMTP server on loopback."""
    if smtp_port is not None:
        env = {**env, "MOTEBOK_EMAIL_HOST": "127.0.0.1", "MOTEBOK_EMAIL_PORT": str(smtp_port)}
    worker = start_worker(env, "--batch", "--without-schedule")
    output = worker.communicate(timeout=180)[0]
    assert worker.returncode == 0, output
    return output
