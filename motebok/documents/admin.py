from django.contrib import admin

from motebok.documents.models import Document


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "file_type", "body", "meeting", "access", "created"]
    list_filter = ["kind", "access", "body"]
    search_fields = ["title", "original_name", "sha256"]
    raw_id_fields = ["meeting", "case"]
    readonly_fields = ["sha256", "created"]
