"""The import service: one document into Møtebok's records in one transaction, the same for command and web."""

from __future__ import annotations

import contextlib
import tempfile
from dataclasses import dataclass, field
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import DatabaseError, IntegrityError, OperationalError, transaction

from motebok.documents.models import Document
from motebok.history.sources import Source, changes_from
from motebok.importer.extracting import sha256_of
from motebok.importer.fieldpaths import differences
from motebok.importer.models import ImportRecord
from motebok.importer.preparing import SUFFIXES, Prepared, prepare, unexpected
from motebok.importer.proposals import Proposal, accept_proposals
from motebok.importer.resolver import Resolver
from motebok.importer.writing import ImportFailure, RecordWriter
from motebok.registry.models import Body
from motebok.registry.naming import with_region
from motebok.search.indexing import deferred as deferred_indexing


class Status:
    IMPORTED = "importert"
    UNCHANGED = "uendret"
    REVIEW = "til gjennomgang"
    SKIPPED = "hoppet over"
    FAILED = "feilet"


class NeedsReview(Exception):
    """A document for a body Møtebok does not know: a person confirms or chooses the body on the review page."""


@dataclass
class Outcome:
    name: str
    status: str
    reason: str = ""
    warnings: list[str] = field(default_factory=list)
    record: ImportRecord | None = None
    attachments: list[Outcome] = field(default_factory=list)

    def all(self) -> list[Outcome]:
        """This outcome and its attachments', in order."""
        return [self, *(found for a in self.attachments for found in a.all())]


def import_prepared(
    prepared: Prepared, resolver: Resolver, body: Body | str | None = None, again: bool = False
) -> Outcome:
    """Import one prepared file: unchanged if its content was imported before (unless `again`).

    Its attachments follow, each a document of its own linked to it, with outcomes of their own.
    """
    outcome = _import_one(prepared, resolver, body, again)
    outcome.attachments = [import_prepared(a, resolver, body, again) for a in prepared.attachments]
    parent = outcome.record.document if outcome.record is not None else None
    if parent is not None and parent.pk:
        linked = [o.record.document_id for o in outcome.attachments if o.record and o.record.document_id]
        Document.objects.filter(pk__in=linked).update(attached_to=parent)
    return outcome


def _import_one(prepared: Prepared, resolver: Resolver, body: Body | str | None, again: bool) -> Outcome:
    name = prepared.name
    if prepared.error:
        return Outcome(name, Status.FAILED, prepared.error)
    try:
        with transaction.atomic():
            # Looked up inside the file's transaction: a concurrent import of the same file either has
            # committed it (unchanged here) or makes this one wait at the record's unique hash, then fail.
            record = ImportRecord.objects.filter(sha256=prepared.sha256).first()
            if record is not None and record.status == ImportRecord.Status.IMPORTED and not again:
                return Outcome(name, Status.UNCHANGED, record=record)
            extraction = prepared.extraction
            if record is None:
                record = ImportRecord(sha256=prepared.sha256, original_name=prepared.path.name)
            record.source_path, record.file_type = name[:500], extraction.file_type
            record.text, record.extracted = extraction.text, extraction.record
            apply_record(record, resolver, body, content=prepared.read)
    except NeedsReview as review:
        _keep_for_review(record, str(review))
        return Outcome(name, Status.REVIEW, str(review), record=record)
    except IntegrityError:
        resolver.forget()
        return Outcome(name, Status.SKIPPED, CONCURRENT)
    except (ImportFailure, DatabaseError, OSError) as error:
        return Outcome(name, Status.FAILED, _reason(error))
    except Exception as error:  # noqa: BLE001 - one file's surprise must not stop the rest of the folder
        resolver.forget()
        return Outcome(name, Status.FAILED, unexpected(error))
    return Outcome(name, Status.IMPORTED, warnings=record.warnings, record=record)


CONCURRENT = "en annen import skrev det samme dokumentet samtidig; kjør importen igjen for å se resultatet"


def _keep_for_review(record: ImportRecord, reason: str) -> None:
    """Keep a document whose body needs a person's word as a draft, with the body the text proposes."""
    record.status, record.body, record.meeting = ImportRecord.Status.DRAFT, None, None
    record.warnings = [reason]
    with contextlib.suppress(IntegrityError):
        record.save()


def apply_record(
    record: ImportRecord,
    resolver: Resolver,
    body: Body | str | None = None,
    content=None,
    confirmed: bool = False,
    publish: bool | None = None,
) -> None:
    """Write the record (with its corrections) into meetings, cases and the document, all or nothing."""
    stored: list[str] = []
    try:
        # The search index is written once per document, inside its transaction, not on every save; every
        # history row written says that the change came from an import.
        with transaction.atomic(), deferred_indexing(), changes_from(Source.IMPORT):
            _apply(record, resolver, body, content, stored, confirmed, publish)
    except BaseException:
        resolver.forget()
        for name in stored:
            Document.file.field.storage.delete(name)
        raise


def save_review(
    record: ImportRecord,
    corrected: dict,
    resolver: Resolver | None = None,
    body_name: str = "",
    publish: bool | None = None,
    accepted: list[Proposal] = (),
) -> None:
    """Keep what a person changed in the review as corrections, and import the record with them.

    A record on no body yet goes to the body the person named: an existing one, or a new one they confirmed.
    `publish` says whether the document may be seen outside the body; imported documents start unpublished.
    `accepted` are the proposals (members, mandate, sub-bodies, meetings, cases) the person ticked, written in
    the same transaction.
    """
    record.corrections = {**record.corrections, **differences(record.extracted, corrected)}
    resolver = resolver or Resolver()
    with transaction.atomic():
        body = record.body
        if body is None:
            if not body_name.strip():
                raise ImportFailure("oppgi hvilket organ dokumentet gjelder")
            body = resolver.body(body_name)
        apply_record(record, resolver, body, content=_upload_content(record), confirmed=True, publish=publish)
        accept_proposals(record, record.body, list(accepted), resolver)


def _apply(
    record: ImportRecord,
    resolver: Resolver,
    body,
    content,
    stored: list[str],
    confirmed: bool,
    publish: bool | None = None,
) -> None:
    data = record.effective_record()
    body = _body(body, data, resolver, record.text)
    writer = RecordWriter(
        data, body, resolver, record.corrections, record.applied, text=record.text, confirmed=confirmed
    )
    meeting = writer.write()
    document = record.document or Document(
        sha256=record.sha256,
        original_name=record.original_name,
        source=record.source_path,
        is_published=False,
    )
    if publish is not None:
        document.is_published = publish
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


def _body(body: Body | str | None, data: dict, resolver: Resolver, text: str) -> Body:
    """The body a person named, or the existing body the document names; never a new body nobody confirmed."""
    if isinstance(body, Body):
        return body
    if body:
        return resolver.body(body)
    named = _decoded(data.get("body") or "")
    if not named:
        raise NeedsReview(
            "dokumentet nevner ikke hvilket organ det gjelder; oppgi det i gjennomgangen eller med --body"
        )
    proposed = with_region(named, text)
    found = resolver.find_body(proposed) or resolver.find_body(named)
    if found is None:
        raise NeedsReview(
            f"organet «{proposed}» finnes ikke; bekreft det eller velg et annet i gjennomgangen"
        )
    return found


def proposed_body(record: ImportRecord) -> str:
    """The body the record's text names, with its region, for the review page to propose."""
    named = _decoded(record.effective_record().get("body") or "")
    return with_region(named, record.text) if named else ""


def _decoded(name: str) -> str:
    """A name as people write it in a heading ("Styringsgruppe VÅG"), also when it came from an e-mail subject
    in RFC 2047 ("=?utf-8?q?m=C3=B8te?=")."""
    if "=?" in name:
        with contextlib.suppress(HeaderParseError, LookupError, UnicodeDecodeError):
            name = str(make_header(decode_header(name)))
    name = name.strip()
    return name[:1].upper() + name[1:]


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
    if isinstance(error, OperationalError) and "locked" in str(error):
        return "databasen var opptatt med en annen import for lenge; kjør importen igjen"
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
    if existing is not None and existing.body_id not in (None, body.pk):
        # Drafts belong to their body: another body's text and corrections are never handed over, nor shown.
        raise UploadRejected(
            f"{name}: den samme filen er allerede lastet opp for et annet organ og kan ikke importeres her"
        )
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
