"""Case proposals from members and the secretariat's decisions on them. Each write runs in one transaction."""

from __future__ import annotations

import hashlib
from pathlib import Path

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from motebok.documents.models import Document
from motebok.meetings.models import Case, Meeting
from motebok.registry.models import Body, Person

DECISIONS = (Case.Status.ACCEPTED, Case.Status.POSTPONED, Case.Status.DECLINED)
WAITING = (Case.Status.PROPOSED, Case.Status.POSTPONED, Case.Status.ACCEPTED)


def _sha256(upload: UploadedFile) -> str:
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


@transaction.atomic
def attach_document(case: Case, upload: UploadedFile, title: str = "") -> Document:
    """Store a file as an attachment to a case, with its SHA-256."""
    return Document.objects.create(
        title=title or Path(upload.name).stem,
        file=upload,
        original_name=upload.name,
        sha256=_sha256(upload),
        kind=Document.Kind.ATTACHMENT,
        file_type=Path(upload.name).suffix.lstrip(".").lower(),
        body=case.body,
        case=case,
    )


@transaction.atomic
def propose_case(
    body: Body,
    proposed_by: Person | None,
    title: str,
    background: str = "",
    kind: str = Case.Kind.ORIENTATION,
    wished_meeting: Meeting | None = None,
    attachments: list[UploadedFile] = (),
) -> Case:
    """Register a member's case proposal with its attachments; the secretariat decides on it later."""
    if wished_meeting is not None and wished_meeting.body_id != body.pk:
        raise ValueError("The wished meeting must belong to the same body.")
    case = Case.objects.create(
        body=body,
        proposed_by=proposed_by,
        title=title,
        background=background,
        kind=kind,
        wished_meeting=wished_meeting,
        status=Case.Status.PROPOSED,
    )
    for upload in attachments:
        attach_document(case, upload)
    return case


@transaction.atomic
def decide_case(case: Case, decision: str) -> Case:
    """Accept, postpone or decline a proposed or postponed case."""
    if decision not in DECISIONS:
        raise ValueError(f"Unknown decision {decision!r}.")
    if case.status not in WAITING:
        raise ValueError("Only cases not yet on an agenda can be decided on.")
    case.status = decision
    case.save(update_fields=["status"])
    return case


def proposals_for(body: Body):
    """Cases waiting for a decision or for an agenda, oldest first."""
    return (
        Case.objects.filter(body=body, status__in=WAITING)
        .select_related("proposed_by", "wished_meeting")
        .prefetch_related("documents")
        .order_by("created", "id")
    )
