"""A time limit for one document, so that no input can keep the engine busy for ever.

The limit counts the process's CPU time (ITIMER_PROF, SIGPROF), so a busy machine does not cut a large
document short; Python's regular expression engine and every Python loop notice the signal, so a rule that
turns out slower than linear on some input stops with a clear error instead of hanging the batch. It works
in a process's main thread (the command line, the importer's worker processes); elsewhere it is off.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

SECONDS_ENV = "MOTEBOK_SECONDS_PER_DOCUMENT"
# Reading and parsing a document takes milliseconds per page; these bounds leave room for a slow machine.
DEFAULT_BASE_SECONDS = 20.0
SECONDS_PER_MEGABYTE = 10.0

_active = False


class TimeLimitExceeded(BaseException):  # noqa: N818
    """The document's time ran out.

    A BaseException, like KeyboardInterrupt, so that no rule's or library's `except Exception` can swallow it.
    """


def seconds_for(size_bytes: int) -> float:
    """Return the time one document of this size may take: MOTEBOK_SECONDS_PER_DOCUMENT, or a size-based bound."""
    raw = os.environ.get(SECONDS_ENV, "").strip()
    if raw:
        try:
            value = float(raw)
        except ValueError:
            value = -1.0
        if value <= 0:
            raise ValueError(f"{SECONDS_ENV} må være et positivt antall sekunder, ikke {raw!r}")
        return value
    return DEFAULT_BASE_SECONDS + SECONDS_PER_MEGABYTE * size_bytes / (1024 * 1024)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeLimitExceeded inside the block once it has used `seconds` of CPU time (main thread only)."""
    global _active
    if (
        _active
        or threading.current_thread() is not threading.main_thread()
        or not hasattr(signal, "setitimer")
    ):
        yield
        return
    previous = signal.signal(signal.SIGPROF, _expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    _active = True
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        _active = False


def _expire(signum: int, frame: object) -> None:
    raise TimeLimitExceeded
