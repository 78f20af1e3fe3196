"""A time limit for one document, so that no input can keep the engine busy for ever.

The limit is a SIGALRM timer; Python's regular expression engine and every Python loop notice it, so a rule
that turns out slower than linear on some input stops with a clear error instead of hanging the batch. It
works in a process's main thread (the command line, the importer's worker processes); elsewhere it is off.
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
    """Raise TimeLimitExceeded inside the block once `seconds` have passed (main thread only)."""
    global _active
    if (
        _active
        or threading.current_thread() is not threading.main_thread()
        or not hasattr(signal, "setitimer")
    ):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    _active = True
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        _active = False


@contextmanager
def paused() -> Iterator[None]:
    """Stop the clock inside the block: work with a limit of its own (OCR in a subprocess) is not counted."""
    if not _active:
        yield
        return
    remaining, _ = signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        yield
    finally:
        if _active:
            signal.setitimer(signal.ITIMER_REAL, max(remaining, 0.001))


def _expire(signum: int, frame: object) -> None:
    raise TimeLimitExceeded
