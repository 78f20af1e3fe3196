"""The agenda builder: standing items, accepted cases in order, documents, and moving items up and down."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from motebok.access.guards import editable_meeting
from motebok.meetings.models import AgendaItem, Case, Meeting
from motebok.planning import agenda, cases
from motebok.planning.forms import AttachmentForm
from motebok.planning.models import StandingItem


@dataclass(frozen=True)
class BuilderRow:
    item: AgendaItem
    role: str | None
    documents: list
    follow_ups: list
    deadlines: list


def _rows(meeting: Meeting) -> list[BuilderRow]:
    roles = agenda.standing_roles(meeting)
    items = (
        meeting.agenda.select_related("case__body")
        .prefetch_related("case__documents")
        .order_by("order", "id")
    )
    follow_ups = list(agenda.open_follow_ups(meeting))
    deadlines = list(agenda.coming_deadlines(meeting))
    return [
        BuilderRow(
            item=item,
            role=roles.get(item.case_id),
            documents=list(item.case.documents.all()),
            follow_ups=follow_ups if roles.get(item.case_id) == StandingItem.Role.FOLLOW_UPS else [],
            deadlines=deadlines if roles.get(item.case_id) == StandingItem.Role.FOLLOW_UPS else [],
        )
        for item in items
    ]


def _case_from_post(request: HttpRequest, queryset) -> Case | None:
    case_id = request.POST.get("case", "")
    return queryset.filter(pk=case_id).first() if case_id.isdigit() else None


def _apply(request: HttpRequest, meeting: Meeting, action: str) -> None:
    ready = agenda.cases_ready_for(meeting)
    on_agenda = Case.objects.filter(placements__meeting=meeting)
    if action == "set_up":
        chosen = {int(pk) for pk in request.POST.getlist("cases") if pk.isdigit()}
        agenda.set_up_agenda(meeting, [case for case in ready if case.pk in chosen])
        messages.success(request, _("Sakslisten er satt opp."))
    elif action == "add" and (case := _case_from_post(request, ready)):
        agenda.add_to_agenda(meeting, case)
        messages.success(request, _("Sak %(number)s er satt på sakslisten.") % {"number": case.number})
    elif action in ("up", "down") and (case := _case_from_post(request, on_agenda)):
        agenda.move_on_agenda(meeting, case, -1 if action == "up" else 1)
    elif action == "remove" and (case := _case_from_post(request, on_agenda)):
        agenda.remove_from_agenda(meeting, case)
        messages.success(request, _("Saken er tatt av sakslisten og beholder nummeret sitt."))
    else:
        messages.error(request, _("Saken finnes ikke på dette møtet."))


@require_http_methods(["GET", "POST"])
def builder(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = editable_meeting(request, pk)
    on_agenda = Case.objects.filter(placements__meeting=meeting).order_by("placements__order")
    attachment_form = AttachmentForm(cases=on_agenda)
    action = request.POST.get("action", "")
    if action == "attach":
        attachment_form = AttachmentForm(request.POST, request.FILES, cases=on_agenda)
        if attachment_form.is_valid():
            data = attachment_form.cleaned_data
            cases.attach_document(data["case"], data["file"], data["title"])
            messages.success(request, _("Dokumentet er lagt ved saken."))
            return redirect("planning:agenda", pk=meeting.pk)
    elif action:
        try:
            _apply(request, meeting, action)
        except ValueError:
            messages.error(request, _("Faste saker kan ikke flyttes eller fjernes."))
        return redirect("planning:agenda", pk=meeting.pk)
    context = {
        "meeting": meeting,
        "body": meeting.body,
        "rows": _rows(meeting),
        "ready": agenda.cases_ready_for(meeting),
        "attachment_form": attachment_form,
    }
    return render(request, "planning/agenda.html", context)
