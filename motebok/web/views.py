"""The pages everyone sees: the front page, a body, a meeting, a case, and document downloads.

Views parse, ask motebok.access.rules, and render; they never decide visibility themselves.
"""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from motebok.access import policies, rules
from motebok.access.guards import refuse_unless
from motebok.documents.forms import DocumentAccessForm
from motebok.documents.models import Document
from motebok.documents.services import set_access
from motebok.invitations.calendar import joining_link
from motebok.meetings.models import ActionItem, Case, Deadline, Meeting
from motebok.registry.models import Body, Membership
from motebok.registry.services import seats
from motebok.web import extensions
from motebok.web.meeting_overview import meeting_overview
from motebok.web.presenting import agenda_for, agenda_row, case_view, documents_for

ROLE_ORDER = list(Membership.Role.values)


def front(request: HttpRequest) -> HttpResponse:
    bodies = rules.visible_bodies(request.user).select_related("parent").order_by("name")
    return render(request, "web/front.html", {"bodies": bodies})


def accessibility(request: HttpRequest) -> HttpResponse:
    """The accessibility statement (tilgjengelighetserklæring): open to everyone, as the law asks."""
    return render(request, "web/accessibility.html")


def body_page(request: HttpRequest, slug: str) -> HttpResponse:
    body = get_object_or_404(Body.objects.select_related("parent"), slug=slug)
    if not rules.can_see_body(request.user, body):
        raise Http404
    is_member = rules.is_member(request.user, body)
    manages = rules.can_edit(request.user, body)
    meetings = rules.visible_meetings(request.user, body.meetings.all())
    now = timezone.now()
    today = timezone.localdate()
    memberships = list(
        body.memberships.select_related("person", "organisation").order_by("role", "person__name")
    )
    children = list(rules.visible_bodies(request.user).filter(parent=body))
    body_seats = seats(body, today)
    if is_member or manages:
        # A working group without an active chair shows "mangler leder" to those who can do something about it.
        led = set(
            Membership.objects.filter(body__in=children, role=Membership.Role.CHAIR)
            .filter(Q(start__isnull=True) | Q(start__lte=today), Q(end__isnull=True) | Q(end__gte=today))
            .values_list("body_id", flat=True)
        )
        for child in children:
            child.lacks_leader = child.pk not in led
    context = {
        "body": body,
        "mandate": body.current_mandate,
        "memberships": [m for m in memberships if m.is_active(today)],
        "ended_memberships": [m for m in memberships if m.end and m.end < today] if manages else [],
        "seats": body_seats,
        "empty_seats": [seat["municipality"] for seat in body_seats if seat["member"] is None]
        if manages
        else [],
        "meetings": meeting_overview(meetings, request.GET, now),
        "children": children,
        "deadlines": policies.deadlines.visible(request.user, body.deadlines.filter(date__gte=now.date())),
        "open_actions": ActionItem.objects.filter(body=body, status=ActionItem.Status.OPEN).select_related(
            "owner_person", "owner_organisation"
        )
        if is_member
        else [],
        "is_member": is_member,
        "can_edit": manages,
        "links": extensions.body_links(request, body),
    }
    return render(request, "web/body.html", context)


def meeting_page(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(
        Meeting.objects.select_related("body", "host", "chair", "minute_taker"), pk=pk
    )
    if not rules.can_see_meeting(request.user, meeting):
        raise Http404
    may_see_exempt = rules.may_see_exempt(request.user, meeting.body)
    can_edit = rules.can_edit(request.user, meeting.body)
    context = {
        "meeting": meeting,
        "body": meeting.body,
        "agenda": agenda_for(meeting, may_see_exempt),
        "attendance": meeting.attendance.select_related("person", "substitute_for", "organisation"),
        "documents": documents_for(request.user, meeting.documents.all(), can_edit),
        "can_edit": can_edit,
        "is_member": rules.is_member(request.user, meeting.body),
        # For members, and for everyone where the body publishes it; never for a cancelled meeting.
        "online_link": joining_link(meeting)
        if policies.meetings.shows_online_link(request.user, meeting)
        else "",
        "links": extensions.meeting_links(request, meeting),
    }
    return render(request, "web/meeting.html", context)


def case_page(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_object_or_404(Case.objects.select_related("body"), pk=pk)
    if not rules.can_see_case(request.user, case):
        raise Http404
    may_see_exempt = rules.may_see_exempt(request.user, case.body)
    placements = [
        agenda_row(item, may_see_exempt)
        for item in policies.agenda_items.visible(
            request.user, case.placements.select_related("meeting__body", "case__body")
        ).order_by("meeting__start")
    ]
    related = [c for c in rules.visible_cases(request.user, case.related_cases.select_related("body"))]
    context = {
        "case": case_view(case, may_see_exempt),
        "body": case.body,
        "placements": placements,
        "actions": policies.follow_ups.visible(request.user, case.action_items.all()),
        "deadlines": policies.deadlines.visible(request.user, case.deadline_set.order_by("date")),
        "related": [case_view(c, rules.may_see_exempt(request.user, c.body)) for c in related],
        "documents": documents_for(
            request.user, case.documents.all(), rules.can_edit(request.user, case.body)
        ),
        "links": extensions.case_links(request, case),
    }
    return render(request, "web/case.html", context)


def document_download(request: HttpRequest, pk: int) -> FileResponse:
    document = get_object_or_404(Document.objects.select_related("body", "meeting__body", "case"), pk=pk)
    if not rules.can_download_document(request.user, document) or not document.file:
        raise Http404
    return FileResponse(document.file.open("rb"), as_attachment=True, filename=document.original_name or None)


@require_POST
def document_access(request: HttpRequest, pk: int) -> HttpResponse:
    """The secretary marks a document as its case, open, or exempt with its legal basis."""
    document = get_object_or_404(
        Document.objects.select_related("body", "meeting__body", "case__body"), pk=pk
    )
    body = document.owner_body
    if body is None or not policies.documents.can_see(request.user, document):
        raise Http404
    refuse_unless(request.user, body, visible=True)
    form = DocumentAccessForm(request.POST, instance=document)
    if form.is_valid():
        data = form.cleaned_data
        set_access(document, data["access"], data["exemption_basis"], data["public_title"])
        messages.success(request, _("Offentligheten for «%(title)s» er lagret.") % {"title": document.title})
    else:
        for field, errors in form.errors.items():
            named = form.fields[field].label.capitalize() if field in form.fields else document.title
            messages.error(request, f"{named}: {' '.join(errors)}")
    return redirect(document.case or document.meeting or body)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "web/error.html", {"status": 404}, status=404)


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "web/error.html", {"status": 403}, status=403)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    # Also what a form with too many files or too much text gets (DATA_UPLOAD_MAX_NUMBER_FILES and _MEMORY_SIZE).
    return render(request, "web/error.html", {"status": 400}, status=400)


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors: the error may have come from them or from the database.
    from django.template.loader import get_template

    return HttpResponse(get_template("web/error.html").render({"status": 500}), status=500)


@login_required
def my_page(request: HttpRequest) -> HttpResponse:
    """The user's own overview: coming meetings with their answer, follow-ups, proposals and deadlines."""
    from motebok.invitations.models import Answer

    person = getattr(request.user, "person", None)
    body_ids = rules.member_body_ids(request.user)
    now = timezone.now()
    upcoming = list(
        Meeting.objects.filter(body__in=body_ids, start__gte=now - dt.timedelta(hours=12))
        .exclude(status=Meeting.Status.CANCELLED)
        .select_related("body", "host")
        .order_by("start")[:20]
    )
    answers = (
        {a.meeting_id: a for a in Answer.objects.filter(person=person, meeting__in=upcoming)}
        if person
        else {}
    )
    for meeting in upcoming:
        meeting.my_answer = answers.get(meeting.pk)
    context = {
        "person": person,
        "meetings": upcoming,
        "follow_ups": ActionItem.objects.filter(owner_person=person, status=ActionItem.Status.OPEN)
        .select_related("body")
        .order_by("due")
        if person
        else [],
        "proposals": [
            case_view(case, rules.may_see_exempt(request.user, case.body))
            for case in rules.visible_cases(
                request.user, Case.objects.filter(proposed_by=person)
            ).select_related("body")
        ]
        if person
        else [],
        "deadlines": policies.deadlines.visible(
            request.user, Deadline.objects.filter(body__in=body_ids, date__gte=now.date())
        ).select_related("body")[:20],
        "managed": rules.editable_bodies(request.user).order_by("name"),
        "can_create_bodies": rules.can_create_bodies(request.user),
        "can_watch_the_service": rules.can_watch_the_service(request.user),
        "links": extensions.my_page_links(request),
    }
    return render(request, "web/my_page.html", context)
