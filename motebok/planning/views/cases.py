"""Proposing a case (members) and deciding on proposals (secretary and chair)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from motebok.access import rules
from motebok.access.guards import editable_body, editable_case
from motebok.meetings.models import Meeting
from motebok.planning import cases
from motebok.planning.forms import DecisionForm, ProposalForm


def _upcoming(body):
    return (
        body.meetings.filter(start__gte=timezone.now())
        .exclude(status=Meeting.Status.CANCELLED)
        .order_by("start")
    )


@require_http_methods(["GET", "POST"])
def propose(request: HttpRequest, slug: str) -> HttpResponse:
    body = editable_body(request, slug, allowed=rules.can_propose)
    form = ProposalForm(request.POST or None, request.FILES or None, meetings=_upcoming(body))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        cases.propose_case(
            body,
            getattr(request.user, "person", None),
            title=data["title"],
            background=data["background"],
            kind=data["kind"],
            wished_meeting=data["wished_meeting"],
            attachments=data["attachments"],
        )
        messages.success(request, _("Saksforslaget er sendt til sekretariatet."))
        return redirect(body)
    return render(request, "planning/propose.html", {"body": body, "form": form})


def proposals(request: HttpRequest, slug: str) -> HttpResponse:
    body = editable_body(request, slug)
    context = {
        "body": body,
        "cases": cases.proposals_for(body),
        "decisions": DecisionForm().fields["decision"].choices,
    }
    return render(request, "planning/proposals.html", context)


@require_POST
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    case = editable_case(request, pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Velg om saken skal aksepteres, utsettes eller avvises."))
    elif case.status not in cases.WAITING:
        messages.error(request, _("Saken står allerede på en saksliste."))
    else:
        cases.decide_case(case, form.cleaned_data["decision"])
        messages.success(
            request,
            _("«%(title)s» er %(status)s.")
            % {"title": case.title, "status": case.get_status_display().lower()},
        )
    return redirect("planning:proposals", slug=case.body.slug)
