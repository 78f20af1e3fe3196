"""Where a change came from: a page, the admin, an import or a command, kept on every history row."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Source(models.TextChoices):
    PAGE = "page", _("side")
    ADMIN = "admin", _("administrasjon")
    IMPORT = "import", _("import")
    COMMAND = "command", _("kommando")


class ChangeSource(models.Model):
    """What every history row adds to django-simple-history's who and when: where the change was made."""

    history_source = models.CharField(
        _("kilde"), max_length=10, choices=Source.choices, default=Source.COMMAND
    )

    class Meta:
        abstract = True


def recorded(**options) -> HistoricalRecords:
    """History for a model, each row with who, when, where from, and the whole row as it then was."""
    return HistoricalRecords(bases=[ChangeSource], **options)


_source: ContextVar[str | None] = ContextVar("motebok_change_source", default=None)


@contextmanager
def changes_from(source: str) -> Iterator[None]:
    """Mark the changes made inside as coming from `source` (an import), whoever or whatever runs it."""
    token = _source.set(source)
    try:
        yield
    finally:
        _source.reset(token)


def note_source(sender, history_instance, **kwargs) -> None:
    """Fill a history row's source: named by the code that runs, else from the request, else a command."""
    request = getattr(HistoricalRecords.context, "request", None)
    if _source.get() is not None:
        history_instance.history_source = _source.get()
    elif request is None:
        # No request: the change runs in a management command or a shell (motebok demo, send-reminders, …).
        history_instance.history_source = Source.COMMAND
    elif request.path.startswith(reverse("admin:index")):
        history_instance.history_source = Source.ADMIN
    else:
        history_instance.history_source = Source.PAGE
