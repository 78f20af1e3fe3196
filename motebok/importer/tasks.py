"""Reading uploaded documents in the background: an upload of more than `FEW` files is kept in storage and read by
`motebok worker`, one task per file, while the upload page shows how far it has come."""

from __future__ import annotations

import uuid
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.signing import BadSignature, dumps, loads
from django.db import transaction

from motebok.importer.services import UploadRejected, stage_upload
from motebok.registry.models import Body
from motebok.tasks import task

# Up to this many files are read in the request, and the secretary goes straight to the review.
FEW = 5
WAITING = "imports/venter"
BATCH_SALT = "motebok.importer.batch"


@task()
def stage_kept_upload(body_id: int, user_id: int | None, kept: str, name: str) -> dict:
    """Read an upload kept in storage, stage it for review as the request would have, and drop the kept copy.

    A file that cannot be read is an answer, not a failure: it is reported by name and not tried again.
    """
    body = Body.objects.get(pk=body_id)
    user = get_user_model().objects.filter(pk=user_id).first()
    with default_storage.open(kept) as stream:
        content = stream.read()
    try:
        record = stage_upload(body, name, content, user)
    except UploadRejected as rejected:
        outcome = {"name": name, "error": str(rejected)}
    else:
        outcome = {"name": record.original_name, "record": record.pk, "status": record.status}
    default_storage.delete(kept)
    return outcome


@transaction.atomic
def queue_uploads(body: Body, files, user) -> str:
    """Keep each uploaded file and queue it to be read; return the batch's token for the upload page to poll."""
    ids = []
    for uploaded in files:
        name = Path(uploaded.name).name or "dokument"
        kept = default_storage.save(f"{WAITING}/{uuid.uuid4().hex}/{name}", uploaded)
        ids.append(str(stage_kept_upload.enqueue(body.pk, user.pk, kept, name).id))
    return dumps({"body": body.pk, "tasks": ids}, salt=BATCH_SALT)


def batch_tasks(token: str, body: Body) -> list[str] | None:
    """The task ids of a batch token made for this body; None for a token that is forged or for another body."""
    try:
        batch = loads(token, salt=BATCH_SALT)
    except BadSignature:
        return None
    return batch["tasks"] if batch.get("body") == body.pk else None
