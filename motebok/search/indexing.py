"""Keep the search index in step with cases, meetings and documents: what everyone may read, and what members may.

Signal receivers (receivers.py) call these after every save; `rebuild` fills the index from scratch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.db.models import Prefetch, Q

from motebok.access import policies, rules
from motebok.documents.models import Document
from motebok.meetings.models import AgendaItem, Case, Meeting
from motebok.registry.models import Body
from motebok.search.models import Entry

# A document's first 100,000 characters are searchable; PostgreSQL's tsvector has a 1 MB ceiling anyway.
MAX_TEXT = 100_000
BATCH = 500
VISITOR = AnonymousUser()


@dataclass
class _Pending:
    cases: set[int] = field(default_factory=set)
    meetings: set[int] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)
    bodies: set[int] = field(default_factory=set)


_pending: ContextVar[_Pending | None] = ContextVar("motebok_search_pending", default=None)


@contextmanager
def deferred() -> Iterator[None]:
    """Inside the block, note what saves touch, and index each thing once when the block ends without error.

    For bulk writers such as the importer, which save the same case several times per document.
    """
    if _pending.get() is not None:
        yield
        return
    pending = _Pending()
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
    _flush(pending)


def _flush(pending: _Pending) -> None:
    _index_bodies(pending.bodies)
    meetings = Meeting.objects.filter(pk__in=pending.meetings)
    for meeting in meetings.select_related("body"):
        _replace({"meeting": meeting}, meeting_entries(meeting))
    cases = pending.cases | set(
        Case.objects.filter(placements__meeting__in=meetings).values_list("pk", flat=True)
    )
    documents = pending.documents | set(
        Document.objects.filter(meeting__in=meetings).values_list("pk", flat=True)
    )
    _index_documents(documents | _index_cases(cases))


@dataclass(frozen=True)
class Reading:
    """What one audience may read of a thing."""

    title: str
    text: str
    dated: dt.datetime


def _join(*parts: str) -> str:
    return "\n".join(part.strip() for part in parts if part and part.strip())[:MAX_TEXT]


def _placements_text(placements: Iterable[AgendaItem]) -> str:
    return _join(*(f"{item.notes}\n{item.conclusion}" for item in placements))


def _case_readings(case: Case, placements: list[AgendaItem]) -> tuple[Reading, Reading]:
    """The case as everyone who may open it reads it (published meetings only), and as its body's members do."""
    published = [item for item in placements if item.meeting.is_published]
    latest = placements[-1].meeting.start if placements else case.created
    latest_published = published[-1].meeting.start if published else case.created
    if case.is_exempt:
        everyone = Reading(case.title_for(False), "", latest_published)
    else:
        everyone = Reading(case.title, _join(case.background, _placements_text(published)), latest_published)
    hidden_title = case.public_title if case.is_exempt else ""
    members = Reading(case.title, _join(hidden_title, case.background, _placements_text(placements)), latest)
    return everyone, members


def _document_readings(document: Document) -> tuple[Reading, Reading]:
    dated = document.meeting.start if document.meeting else document.created
    text = document.extracted_text[:MAX_TEXT]
    if document.is_exempt:
        everyone = Reading(document.title_for(False), "", dated)
        return everyone, Reading(document.title, _join(document.public_title, text), dated)
    reading = Reading(document.title, text, dated)
    return reading, reading


def _entries(
    kind: str, owner: dict, body_id: int | None, label: str, public: bool, readings: tuple[Reading, Reading]
) -> list[Entry]:
    everyone, members = readings
    shared = {"kind": kind, "body_id": body_id, "label": label, "public": public, **owner}
    if everyone == members:
        return [Entry(audience=Entry.Audience.EVERYONE, **shared, **vars(everyone))]
    return [
        Entry(audience=Entry.Audience.EVERYONE, members_see_more=True, **shared, **vars(everyone)),
        Entry(audience=Entry.Audience.MEMBERS, **shared, **vars(members)),
    ]


def case_entries(case: Case, public: bool | None = None) -> list[Entry]:
    """The case's rows; `public` is whether anyone may open it, asked of the rules if not given."""
    placements = sorted(case.placements.all(), key=lambda item: item.meeting.start)
    public = rules.can_see_case(VISITOR, case) if public is None else public
    return _entries(
        Entry.Kind.CASE, {"case": case}, case.body_id, case.label, public, _case_readings(case, placements)
    )


def meeting_entries(meeting: Meeting, public: bool | None = None) -> list[Entry]:
    """The meeting's row; `public` is whether anyone may open it, asked of the rules if not given."""
    reading = Reading(meeting.title, meeting.place, meeting.start)
    label = f"Møte {meeting.display_number}" if meeting.number else ""
    public = rules.can_see_meeting(VISITOR, meeting) if public is None else public
    return _entries(
        Entry.Kind.MEETING, {"meeting": meeting}, meeting.body_id, label, public, (reading, reading)
    )


def document_entries(document: Document, public: bool | None = None) -> list[Entry]:
    """The document's rows; `public` is whether it is listed for anyone, asked of the policy if not given."""
    body_id = document.body_id or (document.meeting.body_id if document.meeting else None)
    label = document.case.label if document.case else ""
    public = _listed_publicly(document) if public is None else public
    return _entries(
        Entry.Kind.DOCUMENT, {"document": document}, body_id, label, public, _document_readings(document)
    )


def _listed_publicly(document: Document) -> bool:
    """An exempt document is listed, by its public title, wherever the same document, open, could be downloaded."""
    return policies.documents.listed(VISITOR, Document.objects.filter(pk=document.pk)).exists()


@transaction.atomic
def _replace(owner: dict, entries: list[Entry]) -> None:
    Entry.objects.filter(**owner).delete()
    Entry.objects.bulk_create(entries)


def index_case(case: Case) -> None:
    """Write a case's rows anew, from its own fields and its placements' notes and conclusions."""
    if (pending := _pending.get()) is not None:
        pending.cases.add(case.pk)
        return
    _index_documents(_index_cases({case.pk}))


def _index_cases(case_ids: set[int]) -> set[int]:
    """Write these cases' rows anew in one pass; return the documents filed under them, to index next."""
    if not case_ids:
        return set()
    chosen = Case.objects.filter(pk__in=case_ids)
    public_ids = set(rules.visible_cases(VISITOR, chosen).values_list("pk", flat=True))
    cases = chosen.select_related("body").prefetch_related(_placements())
    with transaction.atomic():
        Entry.objects.filter(case_id__in=case_ids).delete()
        Entry.objects.bulk_create([e for case in cases for e in case_entries(case, case.pk in public_ids)])
    # Documents under a case carry its number, and one filed only under a case is seen where the case is.
    return set(Document.objects.filter(case_id__in=case_ids).values_list("pk", flat=True))


def index_meeting(meeting: Meeting) -> None:
    """Write a meeting's row anew, and those of its cases and documents, whose dates and visibility follow it."""
    if (pending := _pending.get()) is not None:
        pending.meetings.add(meeting.pk)
        return
    _replace({"meeting": meeting}, meeting_entries(meeting))
    for case in Case.objects.filter(placements__meeting=meeting).distinct():
        index_case(case)
    for document in meeting.documents.all():
        index_document(document)


def index_document(document: Document) -> None:
    if (pending := _pending.get()) is not None:
        pending.documents.add(document.pk)
        return
    _index_documents({document.pk})


def _index_documents(document_ids: set[int]) -> None:
    if not document_ids:
        return
    chosen = Document.objects.filter(pk__in=document_ids)
    listed_ids = set(policies.documents.listed(VISITOR, chosen).values_list("pk", flat=True))
    documents = chosen.select_related("body", "meeting__body", "case__body")
    with transaction.atomic():
        Entry.objects.filter(document_id__in=document_ids).delete()
        Entry.objects.bulk_create(
            [e for document in documents for e in document_entries(document, document.pk in listed_ids)]
        )


def index_body(body: Body) -> None:
    """Write a body's rows anew, after it began or stopped publishing or changed how its cases are numbered."""
    if (pending := _pending.get()) is not None:
        pending.bodies.add(body.pk)
        return
    _index_bodies({body.pk})


@transaction.atomic
def _index_bodies(body_ids: set[int]) -> None:
    if not body_ids:
        return
    meetings = Meeting.objects.filter(body_id__in=body_ids).select_related("body")
    Entry.objects.filter(meeting__body_id__in=body_ids).delete()
    Entry.objects.bulk_create([entry for meeting in meetings for entry in meeting_entries(meeting)])
    cases = Case.objects.filter(body_id__in=body_ids).values_list("pk", flat=True)
    documents = set(
        Document.objects.filter(
            Q(body_id__in=body_ids) | Q(body__isnull=True, meeting__body_id__in=body_ids)
        ).values_list("pk", flat=True)
    )
    for chunk in _chunks(cases):
        documents |= _index_cases(chunk)
    for chunk in _chunks(documents):
        _index_documents(chunk)


def _chunks(ids: Iterable[int]) -> Iterator[set[int]]:
    """The ids in sets of at most BATCH, so that no query carries more parameters than a database allows."""
    ordered = sorted(ids)
    for start in range(0, len(ordered), BATCH):
        yield set(ordered[start : start + BATCH])


def _placements() -> Prefetch:
    return Prefetch("placements", queryset=AgendaItem.objects.select_related("meeting"))


@transaction.atomic
def rebuild() -> int:
    """Empty the index and fill it from every case, meeting and document; return the number of rows.

    Cases and documents go in chunks of BATCH, asking the access rules once per chunk rather than once per row.
    """
    Entry.objects.all().delete()
    public_ids = set(rules.visible_meetings(VISITOR).values_list("pk", flat=True))
    meetings = Meeting.objects.select_related("body").order_by("pk")
    batch: list[Entry] = []
    for meeting in meetings.iterator(chunk_size=BATCH):
        batch.extend(meeting_entries(meeting, meeting.pk in public_ids))
        if len(batch) >= BATCH:
            Entry.objects.bulk_create(batch)
            batch = []
    Entry.objects.bulk_create(batch)
    for chunk in _chunks(Case.objects.values_list("pk", flat=True)):
        _index_cases(chunk)
    for chunk in _chunks(Document.objects.values_list("pk", flat=True)):
        _index_documents(chunk)
    return Entry.objects.count()
