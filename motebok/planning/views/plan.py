"""The meeting plan page: the secretary's preferences, a proposed year to adjust, and accepting it."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from motebok.access.guards import editable_body
from motebok.meetings.models import Meeting
from motebok.planning import services
from motebok.planning.forms import PlanItemFormSet, PreferencesForm
from motebok.planning.planner import Kind, Proposal
from motebok.registry.models import Organisation
from motebok.registry.services import StaleEdit


def _initial(proposal: Proposal) -> dict:
    start, end = timezone.localtime(proposal.start), timezone.localtime(proposal.end)
    return {
        "keep": True,
        "kind": proposal.kind.value,
        "start_date": start.date(),
        "start_time": start.time(),
        "end_date": end.date(),
        "end_time": end.time(),
        "host": proposal.host.pk if proposal.host else None,
        "overnight": proposal.overnight,
        "committee": ",".join(str(member.pk) for member in proposal.committee),
    }


def _planned(form, hosts_by_id: dict[int, Organisation]) -> services.PlannedMeeting:
    host = form.cleaned_data.get("host")
    committee = ()
    if form.is_gathering and host is not None:
        others = [hosts_by_id[pk] for pk in form.committee_ids() if pk in hosts_by_id and pk != host.pk]
        committee = (host, *others[:2])
    return services.PlannedMeeting(
        kind=Kind(form.cleaned_data["kind"]),
        start=form.start,
        end=form.end,
        host=host if form.is_gathering else None,
        overnight=form.cleaned_data["overnight"],
        committee=committee,
    )


def _proposal(request: HttpRequest, body, year: int, hosts: list[Organisation]) -> PlanItemFormSet:
    """The year proposed from the mandate and preferences, as a formset to adjust; never days already past."""
    today = timezone.localdate()
    not_before = today + dt.timedelta(days=1) if year <= today.year else None
    proposals = services.propose_plan(body, year, not_before=not_before)
    if not proposals:
        messages.info(request, _("Mandatet og innstillingene gir ingen møter å foreslå for dette året."))
    return PlanItemFormSet(initial=[_initial(p) for p in proposals], form_kwargs={"hosts": hosts})


@require_http_methods(["GET", "POST"])
def plan_page(request: HttpRequest, slug: str) -> HttpResponse:
    body = editable_body(request, slug)
    today = timezone.localdate()
    hosts = services.member_municipalities(body, today)
    preferences = services.preferences_for(body)
    form = PreferencesForm(instance=preferences, initial={"year": today.year + 1})
    formset, year = None, today.year + 1
    action = request.POST.get("action")
    if action == "propose":
        form = PreferencesForm(request.POST, instance=preferences)
        if form.is_valid():
            fields = {name: form.cleaned_data[name] for name in PreferencesForm.Meta.fields}
            try:
                services.save_preferences(preferences, loaded_version=form.cleaned_data["version"], **fields)
            except StaleEdit as error:
                form.add_error(None, str(error))
            else:
                year = form.cleaned_data["year"]
                formset = _proposal(request, body, year, hosts)
    elif action == "accept":
        formset = PlanItemFormSet(request.POST, form_kwargs={"hosts": hosts})
        if formset.is_valid():
            hosts_by_id = {host.pk: host for host in hosts}
            kept = [_planned(f, hosts_by_id) for f in formset.forms if f.cleaned_data.get("keep")]
            created = services.accept_plan(body, kept)
            messages.success(
                request, _("Møteplanen er lagret med %(count)s møter.") % {"count": len(created)}
            )
            return redirect(body)
    context = {
        "body": body,
        "mandate": body.current_mandate,
        "form": form,
        "formset": formset,
        "year": year,
        "planned_count": body.meetings.filter(year=year).exclude(status=Meeting.Status.CANCELLED).count(),
        "Kind": Kind,
    }
    return render(request, "planning/plan.html", context)
