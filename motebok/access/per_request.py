"""Who-may-see answered once per request: the user's memberships, the tree of bodies and each "may this user see
that thing" are kept until the request ends.

`PerRequestMiddleware` opens a scope around each request; inside it `recall` keeps what the access rules read, so
that a page asking twenty times whether its user is a member costs one query. Saving or deleting anything forgets
everything kept in the scope of the thread that wrote it, so a request that adds a member or publishes a meeting
and then renders sees its own change (services write through `save`; none changes who may see what with a
queryset `update`). Outside a request (tasks, commands, the shell) nothing is kept, unless the caller opens a scope
with `remembering()` around a short piece of work.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

T = TypeVar("T")

_kept: ContextVar[dict | None] = ContextVar("motebok_access_kept", default=None)


@contextmanager
def remembering() -> Iterator[None]:
    """Keep what the rules read until the block ends."""
    token = _kept.set({})
    try:
        yield
    finally:
        _kept.reset(token)


def recall(key: Hashable, read: Callable[[], T]) -> T:
    """What `read` returns, read once per scope (every time outside one)."""
    kept = _kept.get()
    if kept is None:
        return read()
    if key not in kept:
        kept[key] = read()
    return kept[key]


@receiver([post_save, post_delete, m2m_changed], dispatch_uid="access-forget")
def forget(**kwargs) -> None:
    """Something was written: what was kept may no longer be true."""
    kept = _kept.get()
    if kept is not None:
        kept.clear()


class PerRequestMiddleware:
    """Open a scope for each request; what was kept is dropped with it when the response is made."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with remembering():
            return self.get_response(request)
