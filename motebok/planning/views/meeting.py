"""Moving or cancelling a single planned meeting, and its programme committee."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from motebok.access.guards import editable_meeting
from motebok.meetings.models import Meeting
from motebok.planning import services
from motebok.planning.forms import MoveForm, ProgrammeCommitteeForm
from motebok.planning.models import ProgrammeCommittee
from motebok.registry.services import StaleEdit


def _move_initial(meeting: Meeting) -> dict:
    start = timezone.localtime(meeting.start)
    end = timezone.localtime(meeting.end) if meeting.end else start
    return {
        "start_date": start.date(),
        "start_time": start.time(),
        "end_date": end.date(),
        "end_time": end.time(),
    }


def _committee_form(meeting: Meeting, data=None) -> ProgrammeCommitteeForm | None:
    if meeting.format == Meeting.Format.DIGITAL:
        return None
    current = ProgrammeCommittee.objects.filter(meeting=meeting).first()
    initial = {"members": list(current.members.all()) if current else [meeting.host] if meeting.host else []}
    municipalities = services.member_municipalities(meeting.body, timezone.localdate())
    return ProgrammeCommitteeForm(data, initial=initial, meeting=meeting, municipalities=municipalities)


@require_http_methods(["GET", "POST"])
def change(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = editable_meeting(request, pk)
    action = request.POST.get("action")
    move_form = MoveForm(
        request.POST if action == "move" else None, meeting=meeting, initial=_move_initial(meeting)
    )
    committee_form = _committee_form(meeting, request.POST if action == "committee" else None)
    if meeting.status == Meeting.Status.CANCELLED and action:
        messages.error(request, _("Møtet er avlyst og kan ikke endres."))
        return redirect(meeting)
    if action == "move" and move_form.is_valid():
        try:
            services.move_meeting(
                meeting, move_form.start, move_form.end, loaded_version=move_form.cleaned_data["version"]
            )
        except StaleEdit as error:
            move_form.add_error(None, str(error))
        else:
            messages.success(request, _("Møtet er flyttet."))
            return redirect(meeting)
    if action == "cancel":
        services.cancel_meeting(meeting)
        messages.success(request, _("Møtet er avlyst."))
        return redirect(meeting)
    if action == "committee" and committee_form is not None and committee_form.is_valid():
        data = committee_form.cleaned_data
        try:
            services.set_programme_committee(meeting, data["members"], loaded_version=data["version"])
        except StaleEdit as error:
            committee_form.add_error(None, str(error))
        else:
            messages.success(request, _("Programkomiteen er lagret."))
            return redirect("planning:change", pk=meeting.pk)
    context = {
        "meeting": meeting,
        "body": meeting.body,
        "move_form": move_form,
        "committee_form": committee_form,
    }
    return render(request, "planning/change.html", context)
