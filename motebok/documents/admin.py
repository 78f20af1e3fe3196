from django.contrib import admin
from django.db import models

from motebok.documents.models import Document
from motebok.documents.uploads import UploadField


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    # A file uploaded here is checked like one uploaded on a page.
    formfield_overrides = {models.FileField: {"form_class": UploadField}}
    list_display = ["title", "kind", "file_type", "body", "meeting", "access", "created"]
    list_filter = ["kind", "access", "body"]
    search_fields = ["title", "original_name", "sha256"]
    raw_id_fields = ["meeting", "case"]
    readonly_fields = ["sha256", "created"]
