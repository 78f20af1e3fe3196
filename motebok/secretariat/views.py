"""The secretariat's pages: new bodies and sub-bodies, a body's settings, mandate and members, single meetings.

Views parse, ask motebok.access.rules, call a service and render.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from motebok.access import rules
from motebok.access.guards import editable_body, editable_meeting
from motebok.meetings import services as meeting_services
from motebok.registry import services as registry
from motebok.registry.models import Body, Membership
from motebok.secretariat import forms
from motebok.secretariat.services import invite


def _me(request: HttpRequest):
    return getattr(request.user, "person", None)


def body_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A page of one body for those who may change it: the view gets the body instead of its slug (404 to
    outsiders, 403 to its other members), for GET and POST."""

    @require_http_methods(["GET", "POST"])
    @wraps(view)
    def page(request: HttpRequest, slug: str, **kwargs) -> HttpResponse:
        return view(request, editable_body(request, slug), **kwargs)

    return page


def form_page(request: HttpRequest, form, heading: str, body: Body | None = None, **context) -> HttpResponse:
    """The secretariat's plain form page."""
    context |= {"form": form, "heading": heading, "body": body}
    return render(request, "secretariat/form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def new_body(request: HttpRequest) -> HttpResponse:
    if not rules.can_create_bodies(request.user):
        raise PermissionDenied
    form = forms.NewBodyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        secretaries = [registry.find_or_create_person(data["secretary_name"], data["secretary_email"])]
        if data["second_secretary_name"]:
            secretaries.append(
                registry.find_or_create_person(data["second_secretary_name"], data["second_secretary_email"])
            )
        secretariat = None
        if data["secretariat"]:
            secretariat = registry.find_or_create_organisation(data["secretariat"])
        body = registry.create_body(
            name=data["name"], kind=data["kind"], secretaries=secretaries, secretariat=secretariat
        )
        sent = sum(invite(person, body, _me(request)) for person in secretaries)
        messages.success(request, _("Organet er opprettet. Invitasjoner sendt: %(n)d.") % {"n": sent})
        return redirect(body)
    return form_page(request, form, _("Nytt organ"))


@body_page
def new_sub_body(request: HttpRequest, parent: Body) -> HttpResponse:
    form = forms.SubBodyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if data["secretary_name"]:
            secretary = registry.find_or_create_person(data["secretary_name"], data["secretary_email"])
        elif _me(request) is not None:
            secretary = _me(request)
        else:
            form.add_error("secretary_name", _("Du har ingen person i registeret; skriv inn en sekretær."))
            secretary = None
        if secretary is not None:
            body = registry.create_body(
                name=data["name"],
                kind=data["kind"],
                parent=parent,
                secretaries=[secretary],
                written_standard=parent.written_standard,
                secretariat=parent.secretariat,
                is_public=parent.is_public,
            )
            invite(secretary, body, _me(request))
            messages.success(request, _("%(name)s er opprettet.") % {"name": body.name})
            return redirect(body)
    return form_page(request, form, _("Nytt underorgan"), parent)


@body_page
def edit_body(request: HttpRequest, body: Body) -> HttpResponse:
    form = forms.BodyForm(request.POST or None, instance=Body.objects.get(pk=body.pk))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version, municipalities = data.pop("version"), data.pop("municipalities")
        try:
            body = registry.update_body(body, loaded_version=version, municipalities=municipalities, **data)
        except registry.StaleEdit as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Endringene er lagret."))
            return redirect(body)
    return form_page(request, form, _("Innstillinger"), body)


@body_page
def mandate(request: HttpRequest, body: Body) -> HttpResponse:
    current = body.current_mandate
    initial = {"adopted": timezone.localdate()}
    if current is not None:
        initial |= {
            field: getattr(current, field) for field in forms.MandateForm.Meta.fields if field != "adopted"
        }
    form = forms.MandateForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        registry.adopt_mandate(body, **form.cleaned_data)
        messages.success(request, _("Den nye versjonen av mandatet er lagret."))
        return redirect("secretariat:mandate", body.slug)
    context = {"form": form, "body": body, "versions": body.mandates.order_by("-adopted", "-id")}
    return render(request, "secretariat/mandate.html", context)


@body_page
def members(request: HttpRequest, body: Body) -> HttpResponse:
    form = forms.MemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            person = registry.add_member(
                body, data["name"], data["email"], role=data["role"], organisation=data["organisation"],
                start=data["start"], end=data["end"],
            ).person  # fmt: skip
        except registry.RegistryError as error:
            form.add_error(None, str(error))
        else:
            sent = data["invite"] and invite(person, body, _me(request))
            message = _("%(name)s er lagt til.") % {"name": person.name}
            if sent:
                message += " " + _("Invitasjon til å lage brukerkonto er sendt til %(email)s.") % {
                    "email": person.email
                }
            messages.success(request, message)
            return redirect("secretariat:members", body.slug)
    today = timezone.localdate()
    memberships = body.memberships.select_related("person", "organisation").order_by("role", "person__name")
    seats = registry.seats(body, today)
    context = {
        "body": body,
        "form": form,
        "active": [m for m in memberships if m.is_active(today)],
        "ended": [m for m in memberships if m.end and m.end < today],
        "coming": [m for m in memberships if m.start and m.start > today],
        "seats": seats,
        "empty_seats": [seat["municipality"] for seat in seats if seat["member"] is None],
        "end_form": forms.EndMembershipForm(initial={"end": today}),
    }
    return render(request, "secretariat/members.html", context)


@require_POST
def end_membership(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    body = editable_body(request, slug)
    membership = get_object_or_404(Membership, pk=pk, body=body)
    form = forms.EndMembershipForm(request.POST)
    if form.is_valid():
        try:
            registry.end_membership(membership, form.cleaned_data["end"])
        except registry.RegistryError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("Medlemskapet til %(name)s er avsluttet.") % {"name": membership.person}
            )
    else:
        messages.error(request, _("Sluttdato: skriv en gyldig dato."))
    return redirect("secretariat:members", body.slug)


@body_page
def new_meeting(request: HttpRequest, body: Body) -> HttpResponse:
    form = forms.MeetingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        meeting = meeting_services.create_meeting(
            body,
            start=form.start,
            end=form.end,
            **{
                name: data[name]
                for name in ("kind", "title", "format", "place", "address", "online_link", "host")
            },
            is_published=body.is_public,
        )
        messages.success(request, _("Møtet er opprettet."))
        return redirect(meeting)
    return form_page(request, form, _("Nytt møte"), body)


@require_http_methods(["GET", "POST"])
def edit_meeting(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = editable_meeting(request, pk)
    form = forms.MeetingEditForm(request.POST or None, instance=meeting.__class__.objects.get(pk=meeting.pk))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            meeting_services.update_meeting(meeting, loaded_version=data.pop("version"), **data)
        except registry.StaleEdit as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Endringene er lagret."))
            return redirect(meeting)
    return form_page(request, form, _("Endre møtet"), meeting.body, meeting=meeting)
