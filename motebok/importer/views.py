"""Upload documents on a body's page, review what was extracted beside the source text, correct and save."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.db import DatabaseError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motebok.access import rules
from motebok.access.guards import editable_body, refuse_unless
from motebok.documents.uploads import READABLE, UploadRefused, check_upload
from motebok.importer.forms import (
    FORMSETS,
    BodyForm,
    MeetingForm,
    ProposalsForm,
    UploadForm,
    initial_data,
    offer_cases,
    record_from,
    with_added_row,
)
from motebok.importer.highlighting import anchor_id, highlighted
from motebok.importer.models import ImportRecord
from motebok.importer.proposals import proposals_for
from motebok.importer.services import UploadRejected, proposed_body, save_review, stage_upload
from motebok.importer.tasks import FEW, batch_tasks, queue_uploads
from motebok.importer.writing import ImportFailure
from motebok.operations import queue
from motebok.registry.services import RegistryError


def upload(request: HttpRequest, slug: str) -> HttpResponse:
    body = editable_body(request, slug)
    # Bound on every POST: a submit without a file (and so with no other field) must say that a file is missing.
    form = UploadForm(request.POST, request.FILES) if request.method == "POST" else UploadForm()
    if form.is_bound and form.is_valid():
        files = form.cleaned_data["files"]
        if len(files) > FEW:
            return _read_in_background(request, body, files)
        staged = []
        for uploaded in files:
            try:
                check_upload(uploaded, READABLE)
                record = stage_upload(body, uploaded.name, uploaded.read(), request.user)
            except (UploadRefused, UploadRejected) as rejected:
                messages.error(request, _("Kunne ikke lese %(reason)s") % {"reason": rejected})
                continue
            if record.status == ImportRecord.Status.IMPORTED:
                messages.info(request, _("%(name)s er importert fra før.") % {"name": record.original_name})
            staged.append(record)
        if len(files) == 1 and staged:
            return redirect("importer:review", pk=staged[0].pk)
        drafts = [r.original_name for r in staged if r.status == ImportRecord.Status.DRAFT]
        if drafts:
            messages.success(request, _("Klare til gjennomgang: %(names)s") % {"names": ", ".join(drafts)})
        return redirect("importer:upload", slug=body.slug)
    records = ImportRecord.objects.filter(body=body).select_related("meeting")[:200]
    batch = request.GET.get("venter", "")
    context = {"body": body, "form": form, "records": records}
    if batch and batch_tasks(batch, body) is not None:
        context["batch"] = batch
    return render(request, "importer/upload.html", context)


def _read_in_background(request: HttpRequest, body, files) -> HttpResponse:
    """Many files: refuse the unreadable at once, queue the rest for `motebok worker`, and show the progress."""
    accepted = []
    for uploaded in files:
        try:
            check_upload(uploaded, READABLE)
        except UploadRefused as rejected:
            messages.error(request, _("Kunne ikke lese %(reason)s") % {"reason": rejected})
        else:
            accepted.append(uploaded)
    if not accepted:
        return redirect("importer:upload", slug=body.slug)
    batch = queue_uploads(body, accepted, request.user)
    return redirect(f"{reverse('importer:upload', args=[body.slug])}?{urlencode({'venter': batch})}")


def upload_progress(request: HttpRequest, slug: str, batch: str) -> HttpResponse:
    """How far the background reading of an upload has come; htmx asks again until every file is read."""
    body = editable_body(request, slug)
    tasks = batch_tasks(batch, body)
    if tasks is None:
        raise Http404
    progress = queue.progress(tasks)
    done = progress["finished"] == progress["total"]
    response = render(
        request, "importer/progress.html", {"body": body, "batch": batch, "progress": progress, "done": done}
    )
    if done:
        # htmx stops polling on 286.
        response.status_code = 286
    return response


def review(request: HttpRequest, pk: int) -> HttpResponse:
    record = get_object_or_404(ImportRecord.objects.select_related("body"), pk=pk)
    if record.body is None:
        # A document for a body nobody has confirmed: only those who may create bodies may see it.
        if not rules.can_create_bodies(request.user):
            raise Http404
    else:
        refuse_unless(request.user, record.body, visible=rules.can_see_body(request.user, record.body))
    meeting_initial, rows, paths = initial_data(record.effective_record())
    data = request.POST if request.method == "POST" else None
    body_form = (
        BodyForm(data, initial={"name": proposed_body(record)}, prefix="body")
        if record.body is None
        else None
    )
    # "Legg til" buttons post the form as it stands and get it back with one more row, saving nothing.
    adding = data.get("add_row") if data is not None else None
    if adding in FORMSETS:
        data = with_added_row(data, adding)
    published = record.document.is_published if record.document else False
    meeting_form = MeetingForm(data, initial=meeting_initial | {"publish": published}, prefix="meeting")
    formsets = {key: formset(data, initial=rows[key], prefix=key) for key, formset in FORMSETS.items()}
    offer_cases(formsets["action_items"], rows["cases"])
    proposals_form = ProposalsForm(data, prefix="proposals", proposals=proposals_for(record, record.body))
    if adding in FORMSETS:
        _focus_last_row(formsets[adding])
    elif (
        data is not None
        and meeting_form.is_valid()
        and all(f.is_valid() for f in formsets.values())
        and (body_form is None or body_form.is_valid())
        and proposals_form.is_valid()
    ):
        try:
            body_name = body_form.cleaned_data["name"] if body_form else ""
            save_review(
                record,
                record_from(meeting_form, formsets),
                body_name=body_name,
                publish=meeting_form.cleaned_data["publish"],
                accepted=proposals_form.accepted(),
            )
        except (ImportFailure, RegistryError, DatabaseError) as error:
            messages.error(request, _("Kunne ikke lagre importen: %(reason)s") % {"reason": error})
        else:
            messages.success(request, _("%(name)s er importert.") % {"name": record.original_name})
            if record.meeting is None:
                # The upload page lists the document with the note on why it is on no meeting.
                return redirect("importer:upload", slug=record.body.slug)
            return redirect(record.meeting)
    sources = record.extracted.get("sources") or {}
    context = {
        "record": record,
        "body": record.body,
        "text": highlighted(record.text, sources),
        "meeting_form": meeting_form,
        "body_form": body_form,
        "proposals_form": proposals_form,
        "meeting_sources": _anchors(
            sources,
            {name: f"meeting.{name}" for name in ("date", "start", "end", "place", "format")}
            | {"chair": "chair", "minute_taker": "minute_taker", "doc_type": "doc_type"},
        ),
        "sections": [_section(key, formsets[key], paths[key], sources) for key in FORMSETS],
    }
    return render(request, "importer/review.html", context)


SECTION_TITLES = {
    "people": (gettext_lazy("Personer"), gettext_lazy("Legg til person")),
    "cases": (gettext_lazy("Saker"), gettext_lazy("Legg til sak")),
    "action_items": (gettext_lazy("Oppfølgingspunkter"), gettext_lazy("Legg til oppfølgingspunkt")),
    "deadlines": (gettext_lazy("Frister"), gettext_lazy("Legg til frist")),
}


def _focus_last_row(formset) -> None:
    """Put the cursor in the row just added, whether the page is reloaded or the section swapped in."""
    if formset.forms:
        form = formset.forms[-1]
        next(iter(form.fields.values())).widget.attrs["autofocus"] = True


def _section(key: str, formset, paths: list[str], sources: dict) -> dict:
    rows = []
    for index, form in enumerate(formset.forms):
        path = paths[index] if index < len(paths) else None
        fields = {name: f"{path}.{name}" for name in form.fields} if path else {}
        if path and key == "people" and not path.startswith(("present", "substitutes")):
            fields["name"] = path
        rows.append({"form": form, "anchors": _anchors(sources, fields)})
    title, add_label = SECTION_TITLES[key]
    return {"key": key, "title": title, "add_label": add_label, "formset": formset, "rows": rows}


def _anchors(sources: dict, fields: dict[str, str]) -> dict[str, str]:
    """For each form field whose record path has a source in the text, the id of that place."""
    return {name: anchor_id(path) for name, path in fields.items() if path in sources}
