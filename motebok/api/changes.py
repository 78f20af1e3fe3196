"""Keep each row's `updated` true for the API's `updated_since` filter.

Django's `auto_now` sets the field on every save, but a save with `update_fields` that leaves it out (as most
service functions do) does not write it; this receiver writes it then. A queryset's `update()` bypasses both.
"""

from __future__ import annotations

from django.db.models.signals import post_save
from django.utils import timezone

from motebok.documents.models import Document
from motebok.meetings.models import ActionItem, AgendaItem, Case, Deadline, Meeting
from motebok.registry.models import Body, Mandate, Membership, Person

STAMPED = (Body, Mandate, Membership, Person, Meeting, Case, AgendaItem, ActionItem, Deadline, Document)


def stamp(sender, instance, update_fields=None, raw=False, **kwargs) -> None:
    if raw or update_fields is None or "updated" in update_fields:
        return
    sender.objects.filter(pk=instance.pk).update(updated=timezone.now())


def connect() -> None:
    for model in STAMPED:
        post_save.connect(stamp, sender=model, dispatch_uid=f"api-stamp-{model._meta.label}")
