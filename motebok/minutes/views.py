"""Pages for writing, approving, reading and following up minutes. Views parse, check, call services, render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from motebok.access import rules
from motebok.access.guards import editable_body, editable_case, editable_meeting, refuse_unless
from motebok.invitations.members import active_memberships
from motebok.invitations.tasks import MANY
from motebok.meetings.models import ActionItem, Case, Meeting
from motebok.minutes import content, mail, permissions, reminders, services, tasks
from motebok.minutes.forms import MinutesEditor, NextMeetingApprovalForm, PolicyForm
from motebok.minutes.models import Approval, Minutes
from motebok.publishing.stored import rendered


def _meeting(request: HttpRequest, pk: int) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("body", "chair", "minute_taker"), pk=pk)
    if not rules.can_see_meeting(request.user, meeting):
        raise Http404
    return meeting


@login_required
def write(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = editable_meeting(request, pk)
    minutes = Minutes.objects.filter(meeting=meeting).first()
    # Only a POST changes anything: starting drafts the minutes and attendance, or adds sections for new cases.
    if request.method == "POST" and (minutes is None or "start" in request.POST):
        services.start_minutes(meeting)
        return redirect("minutes:write", pk=meeting.pk)
    if minutes is None:
        return render(request, "minutes/start.html", {"meeting": meeting, "body": meeting.body})
    editor = MinutesEditor(minutes, request.POST if request.method == "POST" else None)
    conflict, changes = None, []
    if request.method == "POST" and editor.is_valid():
        try:
            services.save_minutes(
                minutes,
                loaded_revision=editor.loaded_revision,
                author=permissions.person_of(request.user),
                forms=editor.forms,
            )
        except services.StaleMinutes as stale:
            loaded = minutes.revisions.filter(number=stale.loaded_revision).first()
            conflict = stale
            changes = content.changes_between(loaded.content if loaded else None, stale.current.content)
            minutes.refresh_from_db()
        else:
            messages.success(request, _("Protokollen er lagret (versjon %(n)s).") % {"n": minutes.revision})
            return redirect("minutes:write", pk=meeting.pk)
    elif request.method == "POST":
        messages.error(request, _("Protokollen er ikke lagret. Rett feilene som er merket nedenfor."))
    policy = services.policy_for(meeting.body)
    context = {
        "meeting": meeting,
        "body": meeting.body,
        "minutes": minutes,
        "new_cases": meeting.agenda.filter(minutes_section__isnull=True).exists(),
        "editor": editor,
        "conflict": conflict,
        "changes": changes,
        "policy": policy,
        "may_approve": permissions.may_approve(request.user, minutes, policy.approval),
        "approval_form": NextMeetingApprovalForm(meeting=meeting)
        if policy.approval == Approval.NEXT_MEETING
        else None,
    }
    return render(request, "minutes/write.html", context, status=409 if conflict else 200)


@login_required
@require_POST
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    minutes = get_object_or_404(Minutes, meeting=meeting)
    policy = services.policy_for(meeting.body)
    refuse_unless(
        request.user,
        meeting.body,
        visible=True,
        allowed=lambda user, _body: permissions.may_approve(user, minutes, policy.approval),
    )
    at_meeting = None
    if policy.approval == Approval.NEXT_MEETING:
        form = NextMeetingApprovalForm(request.POST, meeting=meeting)
        if not form.is_valid():
            messages.error(request, _("Velg møtet der protokollen ble godkjent."))
            return redirect("minutes:write", pk=meeting.pk)
        at_meeting = form.cleaned_data["at_meeting"]
    try:
        approval = services.approve_minutes(
            minutes, by=permissions.person_of(request.user), at_meeting=at_meeting
        )
    except services.MinutesError as refused:
        messages.error(request, str(refused))
        return redirect("minutes:write", pk=meeting.pk)
    members = len(active_memberships(meeting.body))
    if members > MANY:
        tasks.send_minutes.enqueue(minutes.pk, approval.pk)
        messages.success(
            request, _("Protokollen er godkjent og sendes nå til %(n)s medlemmer.") % {"n": members}
        )
        return redirect("minutes:page", pk=meeting.pk)
    with meeting.body.in_written_standard():
        sent = mail.send_to_members(minutes, content.approval_line(approval))
    messages.success(request, _("Protokollen er godkjent og sendt til %(n)s medlemmer.") % {"n": sent})
    return redirect("minutes:page", pk=meeting.pk)


def _readable(request: HttpRequest, pk: int, *, drafts: bool) -> tuple[Minutes, dict, bool, str]:
    """The minutes this reader may read: the approved version, or for members a draft when none is approved."""
    meeting = _meeting(request, pk)
    minutes = Minutes.objects.filter(meeting=meeting).select_related("meeting__body").first()
    if minutes is None:
        raise Http404
    if permissions.may_read_published(request.user, minutes):
        approval = minutes.approvals.select_related("approved_by", "at_meeting").order_by("-approved").first()
        snapshot = minutes.approved_snapshot()
        with meeting.body.in_written_standard():
            footer = content.approval_line(approval)
    elif drafts and permissions.may_read_draft(request.user, meeting) and minutes.revision:
        with meeting.body.in_written_standard():
            snapshot, footer = minutes.latest_snapshot(), _("Utkast – ikke godkjent")
    else:
        raise Http404
    return minutes, snapshot.content, rules.may_see_exempt(request.user, meeting.body), footer


def _document(minutes: Minutes, snapshot: dict, may_see_exempt: bool, footer: str):
    """The minutes as a document in the body's målform: a nynorsk network gets nynorsk minutes."""
    with minutes.meeting.body.in_written_standard():
        return content.document(snapshot, may_see_exempt, footer)


def page(request: HttpRequest, pk: int) -> HttpResponse:
    minutes, snapshot, may_see_exempt, footer = _readable(request, pk, drafts=True)
    context = {
        "minutes": minutes,
        "meeting": minutes.meeting,
        "body": minutes.meeting.body,
        "doc": _document(minutes, snapshot, may_see_exempt, footer),
        "is_member": permissions.may_read_draft(request.user, minutes.meeting),
        "can_write": permissions.may_write(request.user, minutes.meeting),
    }
    return render(request, "minutes/page.html", context)


def _download(request: HttpRequest, pk: int, extension: str, content_type: str) -> HttpResponse:
    minutes, snapshot, may_see_exempt, footer = _readable(request, pk, drafts=False)
    response = HttpResponse(
        rendered(_document(minutes, snapshot, may_see_exempt, footer), extension), content_type=content_type
    )
    response["Content-Disposition"] = f'attachment; filename="{mail.file_name(minutes, extension)}"'
    return response


def pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return _download(request, pk, "pdf", "application/pdf")


def docx(request: HttpRequest, pk: int) -> HttpResponse:
    return _download(
        request, pk, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )


@login_required
def history(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    if not permissions.may_read_draft(request.user, meeting):
        raise Http404
    minutes = get_object_or_404(Minutes, meeting=meeting)
    approvals = {a.revision: a for a in minutes.approvals.select_related("approved_by", "at_meeting")}
    revisions, previous = [], None
    for revision in minutes.revisions.select_related("author").order_by("number"):
        revisions.append(
            {
                "revision": revision,
                "approval": content.approval_line(approvals[revision.number])
                if revision.number in approvals
                else "",
                "changes": content.changes_between(previous, revision.content),
            }
        )
        previous = revision.content
    context = {"meeting": meeting, "body": meeting.body, "minutes": minutes, "revisions": revisions[::-1]}
    return render(request, "minutes/history.html", context)


@login_required
def my_follow_ups(request: HttpRequest) -> HttpResponse:
    person = permissions.person_of(request.user)
    items = (
        ActionItem.objects.filter(owner_person=person, status=ActionItem.Status.OPEN).select_related(
            "body", "case__body", "meeting"
        )
        if person
        else ActionItem.objects.none()
    )
    rows = [
        {
            "item": item,
            "case_title": item.case.title_for(rules.may_see_exempt(request.user, item.body))
            if item.case
            else "",
        }
        for item in items.order_by("due", "id")
    ]
    return render(request, "minutes/my_follow_ups.html", {"rows": rows})


@login_required
@require_POST
def mark_done(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(ActionItem.objects.select_related("body"), pk=pk)
    person = permissions.person_of(request.user)
    is_owner = person is not None and item.owner_person_id == person.pk
    if not (is_owner or rules.can_edit(request.user, item.body)):
        raise Http404
    services.mark_done(item)
    messages.success(request, _("«%(what)s» er merket som utført.") % {"what": item.what})
    target = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return redirect(target if safe else "minutes:mine")


@login_required
def policy(request: HttpRequest, slug: str) -> HttpResponse:
    body = editable_body(request, slug)
    form = PolicyForm(request.POST or None, instance=services.policy_for(body))
    if request.method == "POST" and form.is_valid():
        services.set_policy(body, form.cleaned_data["approval"])
        messages.success(request, _("Innstillingen for godkjenning er lagret."))
        return redirect("minutes:policy", slug=body.slug)
    return render(request, "minutes/policy.html", {"body": body, "form": form})


@login_required
def body_cases(request: HttpRequest, slug: str) -> HttpResponse:
    body = editable_body(request, slug)
    cases = (
        body.cases.filter(sequence__isnull=False)
        .prefetch_related("related_cases__body")
        .order_by("-year", "-sequence")
    )
    return render(request, "minutes/body_cases.html", {"body": body, "cases": cases})


@login_required
def case_links(request: HttpRequest, pk: int) -> HttpResponse:
    case = editable_case(request, pk)
    body = case.body
    candidates = (
        rules.visible_cases(request.user)
        .exclude(body=body)
        .select_related("body")
        .order_by("body__name", "-year", "-sequence")
    )
    if request.method == "POST":
        other = candidates.filter(pk=request.POST.get("other")).first()
        if other is None:
            messages.error(request, _("Velg en sak fra et annet organ."))
        elif request.POST.get("action") == "unlink":
            services.unlink_cases(case, other)
            messages.success(request, _("Koblingen er fjernet."))
        else:
            services.link_cases(case, other)
            messages.success(request, _("Sakene er koblet."))
        return redirect("minutes:case_links", pk=case.pk)
    linked = list(rules.visible_cases(request.user, case.related_cases.select_related("body")))
    context = {
        "case": case,
        "body": body,
        "linked": _titled(request.user, linked),
        "candidates": _titled(request.user, candidates.exclude(pk__in=[c.pk for c in linked])),
    }
    return render(request, "minutes/case_links.html", context)


def _titled(user, cases) -> list[tuple[Case, str]]:
    """Pair each case with the title this user may see."""
    allowed: dict[int, bool] = {}
    rows = []
    for case in cases:
        if case.body_id not in allowed:
            allowed[case.body_id] = rules.may_see_exempt(user, case.body)
        rows.append((case, case.title_for(allowed[case.body_id])))
    return rows


@csrf_exempt  # Mail clients send the one-click POST (RFC 8058) without a page, so without a CSRF token.
def stop_reminders(request: HttpRequest, token: str) -> HttpResponse:
    """Turn off a person's reminder e-mails: the signed token in the reminder is the only credential.

    A GET asks first, because link checkers in mail systems follow links in e-mails without a person.
    """
    person = reminders.person_for_stop_token(token)
    if person is None:
        raise Http404
    if request.method == "POST":
        reminders.stop_reminders(person)
    stopped = reminders.ReminderStop.objects.filter(person=person).exists()
    return render(request, "minutes/stop_reminders.html", {"person": person, "stopped": stopped})
