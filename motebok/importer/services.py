"""The import service: one document into Møtebok's records in one transaction, the same for command and web."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import DatabaseError, transaction

from motebok.documents.models import Document
from motebok.importer.extracting import sha256_of
from motebok.importer.fieldpaths import differences
from motebok.importer.models import ImportRecord
from motebok.importer.preparing import SUFFIXES, Prepared, prepare
from motebok.importer.resolver import Resolver
from motebok.importer.writing import ImportFailure, RecordWriter
from motebok.registry.models import Body
from motebok.search.indexing import deferred as deferred_indexing


class Status:
    IMPORTED = "importert"
    UNCHANGED = "uendret"
    FAILED = "feilet"


@dataclass
class Outcome:
    name: str
    status: str
    reason: str = ""
    warnings: list[str] = field(default_factory=list)
    record: ImportRecord | None = None


def import_prepared(
    prepared: Prepared, resolver: Resolver, body: Body | str | None = None, again: bool = False
) -> Outcome:
    """Import one prepared file: unchanged if its content was imported before (unless `again`)."""
    name = str(prepared.path)
    if prepared.error:
        return Outcome(name, Status.FAILED, prepared.error)
    record = ImportRecord.objects.filter(sha256=prepared.sha256).first()
    if record is not None and record.status == ImportRecord.Status.IMPORTED and not again:
        return Outcome(name, Status.UNCHANGED, record=record)
    extraction = prepared.extraction
    if record is None:
        record = ImportRecord(sha256=prepared.sha256, original_name=prepared.path.name)
    record.source_path, record.file_type = name[:500], extraction.file_type
    record.text, record.extracted = extraction.text, extraction.record
    try:
        apply_record(record, resolver, body, content=lambda: prepared.path.read_bytes())
    except (ImportFailure, DatabaseError, OSError) as error:
        return Outcome(name, Status.FAILED, _reason(error))
    return Outcome(name, Status.IMPORTED, warnings=record.warnings, record=record)


def apply_record(
    record: ImportRecord, resolver: Resolver, body: Body | str | None = None, content=None
) -> None:
    """Write the record (with its corrections) into meetings, cases and the document, all or nothing."""
    stored: list[str] = []
    try:
        # The search index is written once per document, inside its transaction, not on every save.
        with transaction.atomic(), deferred_indexing():
            _apply(record, resolver, body, content, stored)
    except BaseException:
        resolver.forget()
        for name in stored:
            Document.file.field.storage.delete(name)
        raise


def save_review(record: ImportRecord, corrected: dict, resolver: Resolver | None = None) -> None:
    """Keep what a person changed in the review as corrections, and import the record with them."""
    record.corrections = {**record.corrections, **differences(record.extracted, corrected)}
    apply_record(record, resolver or Resolver(), record.body, content=_upload_content(record))


def _apply(record: ImportRecord, resolver: Resolver, body, content, stored: list[str]) -> None:
    data = record.effective_record()
    body = _body(body, data, resolver)
    writer = RecordWriter(data, body, resolver, record.corrections, record.applied)
    meeting = writer.write()
    document = record.document or Document(
        sha256=record.sha256, original_name=record.original_name, source=record.source_path
    )
    document.title = _title(data, body, record)[:300]
    document.kind = (
        data.get("doc_type") if data.get("doc_type") in Document.Kind.values else Document.Kind.OTHER
    )
    document.file_type, document.extracted_text = record.file_type, record.text
    document.body, document.meeting = body, meeting
    if document.kind == Document.Kind.CASE_PRESENTATION and len(writer.cases) == 1:
        document.case = writer.cases[0]
    if not document.file and content is not None:
        document.file.save(record.original_name, ContentFile(content()), save=False)
        stored.append(document.file.name)
    document.save()
    record.status = ImportRecord.Status.IMPORTED
    record.body, record.meeting, record.document = body, meeting, document
    record.applied, record.warnings = writer.applied, writer.warnings
    record.save()


def _body(body: Body | str | None, data: dict, resolver: Resolver) -> Body:
    if isinstance(body, Body):
        return body
    name = body or data.get("body")
    if not name:
        raise ImportFailure("dokumentet nevner ikke hvilket organ det gjelder; oppgi organet med --body")
    return resolver.body(name)


def _title(data: dict, body: Body, record: ImportRecord) -> str:
    kind = Document.Kind(data.get("doc_type")).label if data.get("doc_type") in Document.Kind.values else ""
    date = (data.get("meeting") or {}).get("date")
    if not kind:
        return record.original_name
    return " ".join(part for part in (str(kind), body.name, _norwegian_date(date)) if part)


def _norwegian_date(iso: str | None) -> str:
    return ".".join(reversed(iso.split("-"))) if iso else ""


def _upload_content(record: ImportRecord):
    if not record.upload:
        return None

    def read() -> bytes:
        with record.upload.open("rb") as handle:
            return handle.read()

    return read


def _reason(error: Exception) -> str:
    if isinstance(error, ImportFailure):
        return str(error)
    if isinstance(error, OSError):
        return f"kunne ikke lagre filen: {error.strerror or error}"
    return f"databasen avviste dokumentet: {' '.join(str(error).split())[:200]}"


class UploadRejected(Exception):
    """An uploaded file that cannot be imported, with a Norwegian reason naming the file."""


def stage_upload(body: Body, name: str, content: bytes, user) -> ImportRecord:
    """Read an uploaded file and keep it, with what was extracted, for a person to review before import."""
    name = Path(name).name or "dokument"
    if Path(name).suffix.casefold() not in SUFFIXES:
        raise UploadRejected(
            f"{name}: denne filtypen støttes ikke. Bruk tekst, HTML, Word, OpenDocument, PDF eller bilder."
        )
    sha256 = sha256_of(content)
    existing = ImportRecord.objects.filter(sha256=sha256).first()
    if existing is not None and existing.status == ImportRecord.Status.IMPORTED:
        return existing
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        prepared = prepare(path)
    if prepared.error:
        raise UploadRejected(f"{name}: {prepared.error}")
    record = existing or ImportRecord(sha256=sha256)
    record.original_name, record.source_path = name, f"opplastet: {name}"
    record.body, record.uploaded_by, record.status = body, user, ImportRecord.Status.DRAFT
    record.file_type, record.text = prepared.extraction.file_type, prepared.extraction.text
    record.extracted = prepared.extraction.record
    stored = None
    try:
        with transaction.atomic():
            if not record.upload:
                record.upload.save(name, ContentFile(content), save=False)
                stored = record.upload.name
            record.save()
    except (DatabaseError, OSError) as error:
        # Nothing half-kept: a file without its record would never be reviewed or removed.
        if stored:
            record.upload.storage.delete(stored)
        raise UploadRejected(f"{name}: {_reason(error)}") from None
    return record
