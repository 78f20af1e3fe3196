"""Agendas and minutes as PDF and Word, each version rendered once and kept in Django's file storage.

A file is named by a hash of the document exactly as its reader gets it (exempt content already removed, in the
body's written standard) and of the code and libraries that render it. Whatever changes the document — new
minutes, a moved meeting, a case made exempt or given a new public title, a publication — changes the name, so a
stored file is never served for data it was not made from, and nothing needs to be cleared by hand.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from functools import cache
from importlib.metadata import version
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from motebok.publishing.document import MeetingDocument
from motebok.publishing.docx import to_docx
from motebok.publishing.html import to_pdf

FOLDER = "rendered"
RENDERERS = {"pdf": to_pdf, "docx": to_docx}


@cache
def _renderer() -> bytes:
    """What else the file depends on: this package's code and templates, and the versions of the libraries."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".html", ".css"}:
            digest.update(path.read_bytes())
    for library in ("weasyprint", "python-docx", "pydyf"):
        digest.update(version(library).encode())
    return digest.digest()


def stored_name(doc: MeetingDocument, extension: str) -> str:
    """The storage name of the document rendered as `extension` ("pdf" or "docx")."""
    digest = hashlib.sha256(_renderer())
    digest.update(extension.encode())
    digest.update(json.dumps(dataclasses.asdict(doc), sort_keys=True, ensure_ascii=False).encode())
    key = digest.hexdigest()
    return f"{FOLDER}/{key[:2]}/{key}.{extension}"


def rendered(doc: MeetingDocument, extension: str) -> bytes:
    """The file's bytes: from storage when this version was rendered before, else rendered now and stored."""
    name = stored_name(doc, extension)
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as file:
            return file.read()
    content = RENDERERS[extension](doc)
    saved = default_storage.save(name, ContentFile(content))
    if saved != name:
        # Another process stored the same version meanwhile: keep one copy.
        default_storage.delete(saved)
    return content
