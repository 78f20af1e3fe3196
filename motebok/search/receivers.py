"""Signal receivers that re-index whatever a save or delete changed. Deleted things lose their rows by cascade."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save

from motebok.documents.models import Document
from motebok.meetings.models import AgendaItem, Case, Meeting
from motebok.registry.models import Body
from motebok.search import indexing


def _case_saved(sender, instance: Case, raw: bool = False, **kwargs) -> None:
    if not raw:
        indexing.index_case(instance)


def _placement_changed(sender, instance: AgendaItem, raw: bool = False, **kwargs) -> None:
    if not raw:
        indexing.index_case(Case(pk=instance.case_id))


def _meeting_saved(sender, instance: Meeting, raw: bool = False, **kwargs) -> None:
    if not raw:
        indexing.index_meeting(instance)


def _meeting_deleting(sender, instance: Meeting, **kwargs) -> None:
    # The delete sets the documents' meeting to NULL without saving them; remember them to re-index after.
    instance._search_document_ids = list(instance.documents.values_list("pk", flat=True))


def _meeting_deleted(sender, instance: Meeting, **kwargs) -> None:
    for document in Document.objects.filter(pk__in=getattr(instance, "_search_document_ids", [])):
        indexing.index_document(document)


def _document_saved(sender, instance: Document, raw: bool = False, **kwargs) -> None:
    if not raw:
        indexing.index_document(instance)


# What the index keeps of a body: who may open its things, and its case numbers in the rows' labels.
# Its name is read from the body itself whenever results are shown.
INDEXED_BODY_FIELDS = ("is_public", "case_number_format")


def _body_saving(sender, instance: Body, raw: bool = False, update_fields=None, **kwargs) -> None:
    fields = [f for f in INDEXED_BODY_FIELDS if update_fields is None or f in update_fields]
    before = Body.objects.filter(pk=instance.pk).values(*fields).first() if fields else None
    instance._search_index_stale = before is not None and any(
        before[f] != getattr(instance, f) for f in fields
    )


def _body_saved(sender, instance: Body, raw: bool = False, **kwargs) -> None:
    # Runs in the saving transaction (the admin wraps every change in one), so rows and body change together.
    if getattr(instance, "_search_index_stale", False) and not raw:
        indexing.index_body(instance)


def connect() -> None:
    uid = "motebok.search"
    post_save.connect(_case_saved, sender=Case, dispatch_uid=f"{uid}.case")
    post_save.connect(_placement_changed, sender=AgendaItem, dispatch_uid=f"{uid}.placement_saved")
    post_delete.connect(_placement_changed, sender=AgendaItem, dispatch_uid=f"{uid}.placement_deleted")
    post_save.connect(_meeting_saved, sender=Meeting, dispatch_uid=f"{uid}.meeting")
    pre_delete.connect(_meeting_deleting, sender=Meeting, dispatch_uid=f"{uid}.meeting_deleting")
    post_delete.connect(_meeting_deleted, sender=Meeting, dispatch_uid=f"{uid}.meeting_deleted")
    post_save.connect(_document_saved, sender=Document, dispatch_uid=f"{uid}.document")
    pre_save.connect(_body_saving, sender=Body, dispatch_uid=f"{uid}.body_saving")
    post_save.connect(_body_saved, sender=Body, dispatch_uid=f"{uid}.body_saved")
