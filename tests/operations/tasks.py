"""Tasks for the worker tests: each run leaves a line in a file, so a test can count the runs."""

from __future__ import annotations

import os
import time

from motebok.tasks import task


def _note(path: str, line: str) -> None:
    # O_APPEND: lines written by several processes at once do not overwrite each other.
    with open(path, "a") as runs:
        runs.write(f"{line} {os.getpid()}\n")


@task()
def note(path: str, number: int) -> int:
    time.sleep(0.02)
    _note(path, str(number))
    return number


@task()
def fail(path: str) -> None:
    _note(path, "forsøk")
    raise RuntimeError("Postkassen svarte ikke")
