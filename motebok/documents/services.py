"""Writes for documents, each in one transaction. Views call these."""

from __future__ import annotations

from django.db import transaction

from motebok.documents.models import Document


@transaction.atomic
def set_access(document: Document, access: str, exemption_basis: str, public_title: str) -> Document:
    """Decide a document's public access; the search index follows through the save."""
    document.access, document.exemption_basis, document.public_title = access, exemption_basis, public_title
    document.save(update_fields=["access", "exemption_basis", "public_title"])
    return document
