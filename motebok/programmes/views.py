"""The programme pages: the secretariat's set-up pages, gatherings, reporting and grants, each participant's
report, and the public programme and municipality pages.

Views parse, ask motebok.access, call motebok.programmes.services and render.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from motebok.access import policies, rules
from motebok.access.guards import editable_body, refuse_unless
from motebok.meetings.models import Meeting
from motebok.programmes import forms, services
from motebok.programmes.models import (
    Contact,
    Gathering,
    Grant,
    Participant,
    Party,
    Programme,
    Project,
    Report,
    ReportingRound,
)
from motebok.registry import services as registry
from motebok.registry.models import Body, Membership, Organisation
from motebok.secretariat.services import invite


def _me(request: HttpRequest):
    return getattr(request.user, "person", None)


def _run(request: HttpRequest, slug: str) -> Programme:
    """The programme, for its secretariat: 404 to whoever may not see it, 403 to the others."""
    body = editable_body(request, slug, allowed=rules.can_edit)
    programme = Programme.objects.filter(body=body).first()
    if programme is None:
        raise Http404
    return programme


def _run_programme_of(request: HttpRequest, programme: Programme) -> None:
    refuse_unless(
        request.user,
        programme.body,
        visible=rules.can_see_body(request.user, programme.body),
        allowed=rules.can_edit,
    )


def _refused(form, error: Exception) -> None:
    """Show a service's refusal on the field it names ("Felt: melding"), else above the form."""
    message = str(error)
    for name, field in form.fields.items():
        label = str(field.label or "")
        if label and message.startswith(f"{label}:"):
            form.add_error(name, message.split(":", 1)[1].strip())
            return
    form.add_error(None, message)


def _page(request, template: str, programme: Programme, **context) -> HttpResponse:
    return render(
        request, f"programmes/{template}", {"programme": programme, "body": programme.body, **context}
    )


@login_required
@require_http_methods(["GET", "POST"])
def new_programme(request: HttpRequest) -> HttpResponse:
    if not rules.can_create_bodies(request.user):
        raise PermissionDenied
    form = forms.ProgrammeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        secretary = registry.find_or_create_person(data["secretary_name"], data["secretary_email"])
        try:
            programme = services.create_programme(
                name=data["name"], start=data["start"], end=data["end"], secretaries=[secretary],
                organisation=tuple(data["organisation"]), is_public=data["is_public"],
                written_standard=data["written_standard"],
            )  # fmt: skip
        except services.ProgrammeError as error:
            _refused(form, error)
        else:
            invite(secretary, programme.body, _me(request))
            messages.success(request, _("Programmet er opprettet."))
            return redirect("programmes:setup", programme.body.slug)
    return render(request, "secretariat/form.html", {"form": form, "heading": _("Nytt utviklingsprogram")})


def programme_page(request: HttpRequest, slug: str) -> HttpResponse:
    """The programme's public page: themes, networks with their participants and projects, gatherings, reports."""
    programme = get_object_or_404(Programme.objects.select_related("body"), body__slug=slug)
    if not policies.programmes.can_see(request.user, programme):
        raise Http404
    participants = programme.participants.select_related("organisation__county", "network__body", "round")
    projects = {
        p.participant_id: p
        for p in policies.programmes.visible_projects(
            request.user, Project.objects.filter(participant__programme=programme)
        ).select_related("theme", "leader")
    }
    networks = []
    for network in programme.networks.select_related("body", "theme", "round"):
        members = [p for p in participants if p.network_id == network.pk]
        networks.append({"network": network, "rows": [(p, projects.get(p.pk)) for p in members]})
    gatherings = policies.meetings.visible(
        request.user, Meeting.objects.filter(gathering__programme=programme)
    ).select_related("body", "gathering", "host")
    reports = policies.reports.visible(
        request.user, Report.objects.filter(reporting_round__programme=programme, is_published=True)
    ).select_related("participant__organisation", "reporting_round")
    context = {
        "themes": programme.themes.all(),
        "rounds": programme.rounds.all(),
        "networks": networks,
        "without_network": [(p, projects.get(p.pk)) for p in participants if p.network_id is None],
        "gatherings": gatherings.order_by("start"),
        "reports": reports,
        "organisation": rules.visible_bodies(request.user).filter(
            parent=programme.body, thematic_network=None
        ),
        "runs": rules.can_run_programme(request.user, programme),
    }
    return _page(request, "programme.html", programme, **context)


@require_http_methods(["GET", "POST"])
def setup(request: HttpRequest, slug: str) -> HttpResponse:
    """Themes and puljer."""
    programme = _run(request, slug)
    theme_form = forms.ThemeForm(request.POST if "theme" in request.POST else None, prefix="theme")
    round_form = forms.RoundForm(request.POST if "round" in request.POST else None, prefix="round")
    for form, add, what in (
        (theme_form, services.add_theme, _("Temaet er lagt til.")),
        (round_form, services.add_round, _("Puljen er lagt til.")),
    ):
        if form.is_bound and form.is_valid():
            try:
                add(programme, **form.cleaned_data)
            except services.ProgrammeError as error:
                _refused(form, error)
            else:
                messages.success(request, what)
                return redirect("programmes:setup", slug)
    return _page(request, "setup.html", programme, theme_form=theme_form, round_form=round_form)


@require_http_methods(["GET", "POST"])
def new_network(request: HttpRequest, slug: str) -> HttpResponse:
    programme = _run(request, slug)
    form = forms.NetworkForm(request.POST or None, programme=programme)
    if request.method == "POST" and form.is_valid():
        secretary = _me(request)
        secretaries = [secretary] if secretary is not None else []
        network = services.create_network(programme, secretaries=secretaries, **form.cleaned_data)
        messages.success(request, _("%(name)s er opprettet.") % {"name": network.body.name})
        return redirect("programmes:participants", slug)
    return render(
        request,
        "secretariat/form.html",
        {"form": form, "body": programme.body, "heading": _("Nytt temanettverk")},
    )


@require_http_methods(["GET", "POST"])
def participants(request: HttpRequest, slug: str) -> HttpResponse:
    programme = _run(request, slug)
    form = forms.ParticipantForm(request.POST or None, programme=programme)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            participant = services.admit(
                programme,
                data["organisation"],
                admitted=data["admitted"],
                round=data["round"],
                network=data["network"],
            )
        except services.ProgrammeError as error:
            _refused(form, error)
        else:
            messages.success(
                request, _("%(name)s er med i programmet.") % {"name": participant.organisation.name}
            )
            return redirect("programmes:participant", participant.pk)
    rows = programme.participants.select_related(
        "organisation__county", "round", "network__body", "project__theme", "project__leader"
    ).prefetch_related("project__contacts")
    by_theme, by_round = services.overview(programme)
    return _page(
        request, "participants.html", programme, form=form, rows=rows, by_theme=by_theme, by_round=by_round
    )


@require_http_methods(["GET", "POST"])
def participant(request: HttpRequest, pk: int) -> HttpResponse:
    """One participant: its place in the programme, its local project and the project's contact people."""
    participant = get_object_or_404(
        Participant.objects.select_related("programme__body", "organisation"), pk=pk
    )
    programme = participant.programme
    _run_programme_of(request, programme)
    project = getattr(participant, "project", None)
    posted = request.POST.get("form") if request.method == "POST" else None
    place_initial = {"admitted": participant.admitted, "round": participant.round, "network": participant.network,
                     "left": participant.left}  # fmt: skip
    place_form = forms.PlaceForm(
        request.POST if posted == "place" else None,
        programme=programme,
        initial=place_initial,
        prefix="place",
    )
    project_initial = (
        {"title": project.title, "theme": project.theme, "status": project.status, "start": project.start,
         "end": project.end, "description": project.description,
         "leader_name": project.leader.name if project.leader else "",
         "leader_email": project.leader.email if project.leader else ""}
        if project else {"status": Project.Status.PLANNED}
    )  # fmt: skip
    project_form = forms.ProjectForm(
        request.POST if posted == "project" else None,
        programme=programme,
        initial=project_initial,
        prefix="project",
    )
    contact_form = forms.ContactForm(request.POST if posted == "contact" else None, prefix="contact")
    if posted == "place" and place_form.is_valid():
        try:
            services.update_participant(participant, **place_form.cleaned_data)
        except services.ProgrammeError as error:
            _refused(place_form, error)
        else:
            messages.success(request, _("Endringene er lagret."))
            return redirect("programmes:participant", pk)
    if posted == "project" and project_form.is_valid():
        data = dict(project_form.cleaned_data)
        name, email, send = data.pop("leader_name"), data.pop("leader_email"), data.pop("invite")
        leader = registry.find_or_create_person(name, email, participant.organisation) if name else None
        try:
            services.save_project(participant, leader=leader, **data)
        except services.ProgrammeError as error:
            _refused(project_form, error)
        else:
            messages.success(request, _("Prosjektet er lagret."))
            # The project leader fills in the reports from her own page: she needs an account.
            if leader is not None and send and invite(leader, programme.body, _me(request)):
                messages.success(
                    request,
                    _("Invitasjon til å lage brukerkonto er sendt til %(email)s.") % {"email": leader.email},
                )
            return redirect("programmes:participant", pk)
    if posted == "contact" and project is not None and contact_form.is_valid():
        data = contact_form.cleaned_data
        person = registry.find_or_create_person(data["name"], data["email"], participant.organisation)
        try:
            services.add_contact(project, person, data["party"])
        except services.ProgrammeError as error:
            _refused(contact_form, error)
        else:
            messages.success(request, _("%(name)s er lagt til.") % {"name": person.name})
            return redirect("programmes:participant", pk)
    context = {
        "participant": participant,
        "project": project,
        "contacts": project.contacts.select_related("person") if project else [],
        "missing": [Party(p).label for p in project.missing_parties()] if project else [],
        "place_form": place_form,
        "project_form": project_form,
        "contact_form": contact_form,
        "grants": project.grants.select_related("reporting_round") if project else [],
    }
    return _page(request, "participant.html", programme, **context)


@require_POST
def remove_contact(request: HttpRequest, pk: int) -> HttpResponse:
    contact = get_object_or_404(
        Contact.objects.select_related("project__participant__programme__body"), pk=pk
    )
    participant = contact.project.participant
    _run_programme_of(request, participant.programme)
    services.remove_contact(contact)
    messages.success(request, _("%(name)s er fjernet som kontaktperson.") % {"name": contact.person.name})
    return redirect("programmes:participant", participant.pk)


# Gatherings


@require_http_methods(["GET", "POST"])
def gatherings(request: HttpRequest, slug: str) -> HttpResponse:
    programme = _run(request, slug)
    form = forms.GatheringForm(request.POST or None, programme=programme)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            gathering = services.create_gathering(
                programme, data["body"], kind=data["kind"], start=form.start, end=form.end, title=data["title"],
                place=data["place"], host=data["host"], mandatory=data["mandatory"], political=data["political"],
                administration=data["administration"], union=data["union"],
            )  # fmt: skip
        except services.ProgrammeError as error:
            _refused(form, error)
        else:
            messages.success(request, _("Samlingen er opprettet."))
            return redirect(gathering)
    planned = programme.gatherings.select_related("meeting__body", "meeting__host").order_by("meeting__start")
    context = {"form": form, "planned": planned, "plans": services.gathering_plans(programme),
               "mandatory": services.MANDATORY_GATHERINGS}  # fmt: skip
    return _page(request, "gatherings.html", programme, **context)


@require_http_methods(["GET", "POST"])
def gathering(request: HttpRequest, pk: int) -> HttpResponse:
    """The representation each municipality had to send, who registered and who came; the secretariat records
    attendance here."""
    gathering = get_object_or_404(
        Gathering.objects.select_related("meeting__body", "meeting__host", "programme__body"), pk=pk
    )
    _run_programme_of(request, gathering.programme)
    rows = services.representation(gathering)
    people = {person.pk: person for row in rows for person, _party in row.delegates}
    present = set(
        gathering.meeting.attendance.filter(status__in=["present", "substitute"]).values_list(
            "person_id", flat=True
        )
    )
    form = forms.AttendanceForm(
        request.POST or None, people=people.values(), initial={"present": [str(pk) for pk in present]}
    )
    if request.method == "POST" and form.is_valid():
        services.record_attendance(gathering, {int(pk) for pk in form.cleaned_data["present"]})
        messages.success(request, _("Oppmøtet er lagret."))
        return redirect(gathering)
    context = {
        "gathering": gathering,
        "meeting": gathering.meeting,
        "rows": rows,
        "form": form,
        "present": present,
    }
    return _page(request, "gathering.html", gathering.programme, **context)


# Reporting


@require_http_methods(["GET", "POST"])
def reporting(request: HttpRequest, slug: str) -> HttpResponse:
    programme = _run(request, slug)
    form = forms.ReportingRoundForm(request.POST or None, programme=programme, prefix="round")
    questions = forms.QuestionFormSet(request.POST or None, prefix="question")
    if request.method == "POST" and form.is_valid() and questions.is_valid():
        asked = [q for q in (f.as_question() for f in questions) if q is not None]
        try:
            reporting_round = services.open_reporting_round(programme, questions=asked, **form.cleaned_data)
        except services.ProgrammeError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Rapporteringsrunden er åpnet."))
            return redirect(reporting_round)
    rounds = programme.reporting_rounds.all()
    return _page(request, "reporting.html", programme, form=form, questions=questions, rounds=rounds)


def _reporting_round(request: HttpRequest, pk: int) -> ReportingRound:
    reporting_round = get_object_or_404(ReportingRound.objects.select_related("programme__body"), pk=pk)
    _run_programme_of(request, reporting_round.programme)
    return reporting_round


def reporting_round(request: HttpRequest, pk: int) -> HttpResponse:
    """Who has delivered, who is late and who has not yet, and the chart of it by thematic network."""
    reporting_round = _reporting_round(request, pk)
    lines = services.report_lines(reporting_round)
    chart = services.standing_by_network(lines)
    context = {
        "reporting_round": reporting_round,
        "lines": lines,
        "chart": _bars(chart),
        "chart_height": 30 * len(chart) + 10,
        "legend": [(label, CHART_FILL[standing]) for standing, label in services.STANDING_LABELS.items()],
    }
    return _page(request, "reporting_round.html", reporting_round.programme, **context)


CHART_LABEL_WIDTH, CHART_BAR_WIDTH, CHART_ROW = 220, 360, 30
# Colours with at least 4.5:1 contrast against white, told apart by the legend's words as well.
CHART_FILL = {
    services.Standing.DELIVERED: "#1a7f37",
    services.Standing.LATE: "#b3261e",
    services.Standing.MISSING: "#6b6b6b",
}


def _bars(chart: list[dict]) -> list[dict]:
    """Each network's stacked bar as SVG rectangles (attributes, not inline style, which the CSP forbids)."""
    top = max([sum(row[s] for s in services.STANDING_LABELS) for row in chart] or [1]) or 1
    rows = []
    for index, row in enumerate(chart):
        x, bars = CHART_LABEL_WIDTH, []
        for standing, label in services.STANDING_LABELS.items():
            width = round(CHART_BAR_WIDTH * row[standing] / top)
            if row[standing]:
                bars.append(
                    {
                        "label": label,
                        "count": row[standing],
                        "x": x,
                        "width": width,
                        "fill": CHART_FILL[standing],
                    }
                )
            x += width
        rows.append({"network": row["network"], "y": index * CHART_ROW + 5, "bars": bars, "end": x + 6})
    return rows


def export_answers(request: HttpRequest, pk: int, format: str) -> HttpResponse:
    from motebok.programmes import exports

    reporting_round = _reporting_round(request, pk)
    return exports.answers_response(reporting_round, format)


@require_http_methods(["GET", "POST"])
def report(request: HttpRequest, pk: int) -> HttpResponse:
    """A participant's report: its people fill it in, save a draft and submit; the secretariat reads and
    publishes it; once published, everyone who sees the programme may read it."""
    report = get_object_or_404(
        Report.objects.select_related("reporting_round__programme__body", "participant__organisation"), pk=pk
    )
    if not policies.reports.can_see(request.user, report):
        raise Http404
    programme = report.reporting_round.programme
    writes = rules.speaks_for(request.user, report.participant) and report.status == Report.Status.DRAFT
    runs = rules.can_run_programme(request.user, programme)
    questions = list(report.reporting_round.questions.all())
    initial = {f"q{q.pk}": report.answers.get(str(q.pk), "") for q in questions}
    form = forms.ReportForm(request.POST if writes and request.method == "POST" else None, questions=questions,
                            initial=initial)  # fmt: skip
    if request.method == "POST":
        if "publish" in request.POST and runs:
            try:
                services.publish_report(report, request.POST["publish"] == "1")
            except services.ProgrammeError as error:
                messages.error(request, str(error))
            return redirect(report)
        if not writes:
            raise PermissionDenied
        if form.is_valid():
            submit = "submit" in request.POST
            try:
                services.save_report(report, form.answers(), by=_me(request), submit=submit)
            except services.ProgrammeError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Rapporten er levert.") if submit else _("Utkastet er lagret."))
                return redirect(report)
    answers = [(q, report.answers.get(str(q.pk), "")) for q in questions]
    context = {"report": report, "form": form, "writes": writes, "runs": runs, "answers": answers}
    return _page(request, "report.html", programme, **context)


# Grants


@require_http_methods(["GET", "POST"])
def grants(request: HttpRequest, slug: str) -> HttpResponse:
    programme = _run(request, slug)
    form = forms.GrantForm(request.POST or None, programme=programme)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            services.set_grant(data.pop("project"), **data)
        except services.ProgrammeError as error:
            _refused(form, error)
        else:
            messages.success(request, _("Tilskuddet er lagret."))
            return redirect("programmes:grants", slug)
    rows = policies.grants.visible(
        request.user, Grant.objects.filter(project__participant__programme=programme)
    ).select_related("project__participant__organisation", "reporting_round")
    totals = {
        "granted": sum(g.granted for g in rows),
        "paid": sum(g.paid for g in rows),
        "used": sum(g.used or 0 for g in rows),
    }
    return _page(request, "grants.html", programme, form=form, rows=rows, totals=totals)


# Across programmes


def organisation_page(request: HttpRequest, pk: int) -> HttpResponse:
    """Which programmes, thematic networks and other networks and bodies a municipality or organisation takes
    part in, across Møtebok."""
    organisation = get_object_or_404(Organisation.objects.select_related("county"), pk=pk)
    places = (
        Participant.objects.filter(
            organisation=organisation, programme__in=policies.programmes.visible(request.user)
        )
        .select_related("programme__body", "network__body", "round", "project__theme")
        .order_by("-programme__start")
    )
    # The other bodies it has a seat in, for those who may see the seat; thematic networks are listed above.
    seats = (
        policies.memberships.visible(request.user, Membership.objects.filter(rules.active()))
        .filter(organisation=organisation, body__thematic_network__isnull=True)
        .select_related("body", "person")
        .order_by("body__name", "person__name")
    )
    bodies: dict[Body, list[Membership]] = {}
    for seat in seats:
        bodies.setdefault(seat.body, []).append(seat)
    if not places and not bodies:
        raise Http404
    return render(
        request,
        "programmes/organisation.html",
        {"organisation": organisation, "places": places, "bodies": bodies.items()},
    )


@login_required
def my_reports(request: HttpRequest) -> HttpResponse:
    """The reports the user fills in for her municipality: as project leader or contact person."""
    person = _me(request)
    reports = (
        Report.objects.filter(participant__project__leader=person)
        | Report.objects.filter(participant__project__contacts__person=person)
        if person
        else Report.objects.none()
    )
    reports = reports.distinct().select_related(
        "reporting_round__programme__body", "participant__organisation"
    )
    return render(
        request, "programmes/my_reports.html", {"reports": reports.order_by("reporting_round__deadline")}
    )
