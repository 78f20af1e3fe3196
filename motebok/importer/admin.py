from __future__ import annotations

from django.contrib import admin
from django.db import models

from motebok.documents.uploads import UploadField
from motebok.importer.models import ImportRecord, WaitingConclusion


@admin.register(ImportRecord)
class ImportRecordAdmin(admin.ModelAdmin):
    # A file uploaded here is checked like one uploaded on a page.
    formfield_overrides = {models.FileField: {"form_class": UploadField}}
    list_display = ["original_name", "status", "body", "meeting", "created"]
    list_filter = ["status", "body"]
    search_fields = ["original_name", "sha256"]
    readonly_fields = ["sha256", "extracted", "applied", "text", "document", "created", "updated"]


@admin.register(WaitingConclusion)
class WaitingConclusionAdmin(admin.ModelAdmin):
    list_display = ["case", "text", "agenda_item"]
    raw_id_fields = ["case", "agenda_item"]
