"""The secretary's choice of a document's public access: as its case, open, or exempt with a legal basis."""

from __future__ import annotations

from django import forms

from motebok.documents.models import Document


class DocumentAccessForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = ["access", "exemption_basis", "public_title"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix=f"dokument-{kwargs['instance'].pk}", **kwargs)
