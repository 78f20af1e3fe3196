"""Invitation pages for the secretary, the personal answer page, agenda downloads and calendar feeds.

Views parse, ask motebok.access.rules, call a service and render.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.http import conditional_page, require_POST

from motebok.access import policies, rules
from motebok.access.guards import editable_meeting
from motebok.invitations import feeds, services, tasks
from motebok.invitations.agenda import agenda_document, agenda_filename
from motebok.invitations.forms import AnswerForm, MoveForm
from motebok.invitations.members import invited_memberships
from motebok.invitations.models import Answer, FeedToken
from motebok.meetings.models import Meeting
from motebok.publishing import MeetingDocument
from motebok.publishing.stored import rendered
from motebok.registry.models import Body, Membership
from motebok.registry.services import StaleEdit, deputy_for

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _person(request: HttpRequest):
    return getattr(request.user, "person", None) if request.user.is_authenticated else None


def meeting_invitations(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = editable_meeting(request, pk)
    event = getattr(meeting, "calendar_event", None)
    context = {
        "meeting": meeting,
        "body": meeting.body,
        "event": event,
        "answers": meeting.answers.select_related("person", "substitute").order_by("person__name"),
        "dispatches": event.dispatches.select_related("sent_by") if event else [],
        "can_send": meeting.status in services.ANSWERABLE,
        "move_form": MoveForm(initial=MoveForm.initial_for(meeting)),
    }
    return render(request, "invitations/meeting.html", context)


@require_POST
def send(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = editable_meeting(request, pk)
    members = len(invited_memberships(meeting))
    if members > tasks.MANY:
        sender = _person(request)
        tasks.send_invitation.enqueue(meeting.pk, sender.pk if sender else None)
        messages.success(
            request,
            _("Innkallingen sendes nå til %(n)d medlemmer. Utsendingen står i loggen når den er ferdig.")
            % {"n": members},
        )
        return redirect("invitations:meeting", meeting.pk)
    try:
        dispatch = services.send_invitation(meeting, _person(request))
    except services.InvitationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Sendt til %(n)d medlemmer.") % {"n": len(dispatch.recipients)})
    return redirect("invitations:meeting", meeting.pk)


def move(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = editable_meeting(request, pk)
    form = MoveForm(request.POST or None, initial=MoveForm.initial_for(meeting))
    if request.method == "POST" and form.is_valid():
        try:
            services.move_meeting(
                meeting,
                form.cleaned_data["start"],
                form.cleaned_data["end"],
                _person(request),
                loaded_version=form.cleaned_data["version"],
            )
        except (services.InvitationError, StaleEdit) as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Møtet er flyttet."))
            return redirect("invitations:meeting", meeting.pk)
    return render(request, "invitations/move.html", {"meeting": meeting, "body": meeting.body, "form": form})


@require_POST
def cancel(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = editable_meeting(request, pk)
    try:
        services.cancel_meeting(meeting, _person(request))
    except services.InvitationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Møtet er avlyst."))
    return redirect("invitations:meeting", meeting.pk)


def answer(request: HttpRequest, token: str) -> HttpResponse:
    """The personal answer page: the token in the link is the member's only credential."""
    found = services.usable_answer(token)
    if found is None:
        raise Http404
    meeting = found.meeting
    allowed = services.substitutes_allowed(meeting.body)
    # The substitute named before, else the deputy of the member's municipality seat.
    substitute = found.substitute or deputy_for(found.person, meeting.body)
    initial = {
        "response": found.response if found.response != Answer.Response.PENDING else None,
        "substitute_name": substitute.name if substitute else "",
        "substitute_email": substitute.email if substitute else "",
        "comment": found.comment,
    }
    form = AnswerForm(request.POST or None, initial=initial, substitutes_allowed=allowed)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.record_answer(
                found,
                data["response"],
                data.get("substitute_name", ""),
                data.get("substitute_email", ""),
                data.get("comment", ""),
            )
        except services.InvitationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Takk, svaret ditt er registrert."))
            return redirect("invitations:answer", token)
    context = {
        "answer": found,
        "meeting": meeting,
        "body": meeting.body,
        # The link is the member's own credential: the agenda as the public sees it, with the link to the meeting.
        "agenda": agenda_document(meeting, AnonymousUser(), with_link=True),
        "form": form,
        "open": meeting.status in services.ANSWERABLE,
    }
    return render(request, "invitations/answer.html", context)


@login_required
def mine(request: HttpRequest, pk: int) -> HttpResponse:
    """The logged-in member's answer page for a meeting of her body, from her own page or the meeting page."""
    meeting = get_object_or_404(Meeting.objects.select_related("body"), pk=pk)
    person = _person(request)
    if person is None or not rules.is_member(request.user, meeting.body):
        raise Http404
    return redirect(services.answer_for(meeting, person))


def _visible_meeting(request: HttpRequest, pk: int) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("body", "host", "chair"), pk=pk)
    if not policies.meetings.can_see(request.user, meeting):
        raise Http404
    return meeting


def _agenda_for(request: HttpRequest, pk: int) -> tuple[Meeting, MeetingDocument]:
    meeting = _visible_meeting(request, pk)
    with_link = policies.meetings.shows_online_link(request.user, meeting)
    return meeting, agenda_document(meeting, request.user, with_link=with_link)


def agenda_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    meeting, document = _agenda_for(request, pk)
    return _download(rendered(document, "pdf"), "application/pdf", agenda_filename(meeting, "pdf"))


def agenda_docx(request: HttpRequest, pk: int) -> HttpResponse:
    meeting, document = _agenda_for(request, pk)
    return _download(rendered(document, "docx"), DOCX, agenda_filename(meeting, "docx"))


def _download(content: bytes, content_type: str, filename: str, inline: bool = False) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'{"inline" if inline else "attachment"}; filename="{filename}"'
    return response


def _calendar_response(feed: feeds.Feed, name: str) -> HttpResponse:
    response = _download(feed.content, "text/calendar; charset=utf-8", f"{name}.ics", inline=True)
    # Calendar clients poll; a short cache spares the server without hiding a moved meeting for long. The feed is
    # the same bytes while its data is the same, so `conditional_page` answers a client that has it with 304 (by
    # its ETag, the content's hash, or its Last-Modified, when its data last changed).
    response["Cache-Control"] = "private, max-age=900"
    response["Last-Modified"] = http_date(feed.changed.timestamp())
    return response


@conditional_page
def body_feed(request: HttpRequest, token: str) -> HttpResponse:
    found = feeds.usable_token(token, for_body=True)
    if found is None:
        raise Http404
    return _calendar_response(feeds.body_members_feed(found.body), found.body.slug)


@conditional_page
def person_feed(request: HttpRequest, token: str) -> HttpResponse:
    found = feeds.usable_token(token, for_body=False)
    if found is None:
        raise Http404
    return _calendar_response(feeds.person_feed(found), "motebok")


@conditional_page
def public_feed(request: HttpRequest, slug: str) -> HttpResponse:
    body = get_object_or_404(Body, slug=slug, is_public=True)
    return _calendar_response(feeds.public_feed(body), body.slug)


@login_required
def my_feeds(request: HttpRequest) -> HttpResponse:
    person = _person(request)
    if person is None:
        raise Http404
    bodies = [
        m.body for m in Membership.objects.filter(person=person).select_related("body") if m.is_active()
    ]
    tokens = FeedToken.objects.filter(person=person, revoked__isnull=True).select_related("body")
    by_body = {token.body_id: token for token in tokens}

    def row(name: str, token: FeedToken | None) -> dict:
        url = request.build_absolute_uri(token.get_absolute_url()) if token else ""
        links = feeds.subscription_links(url, name) if token else []
        return {"name": name, "token": token, "url": url, "links": links}

    context = {
        "person_row": row(_("Møtebok – %(name)s") % {"name": person.name}, by_body.get(None)),
        "rows": [(body, row(body.name, by_body.get(body.pk))) for body in dict.fromkeys(bodies)],
    }
    return render(request, "invitations/feeds.html", context)


@login_required
@require_POST
def create_feed(request: HttpRequest) -> HttpResponse:
    person = _person(request)
    if person is None:
        raise Http404
    body = None
    if request.POST.get("body"):
        body = get_object_or_404(Body, pk=request.POST["body"])
        if body.pk not in {m.body_id for m in person.memberships.all() if m.is_active()}:
            raise Http404
    services.feed_token(person, body)
    return redirect("invitations:feeds")


@login_required
@require_POST
def revoke_feed(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(FeedToken, pk=pk, person=_person(request), revoked__isnull=True)
    services.revoke_feed_token(token)
    messages.success(request, _("Kalenderadressen er trukket tilbake og virker ikke lenger."))
    return redirect("invitations:feeds")


@login_required
def substitute(request: HttpRequest, pk: int) -> HttpResponse:
    """The leader agrees to (or refuses) a substitute a member named, where the mandate asks for it."""
    found = get_object_or_404(
        Answer.objects.select_related("meeting__body", "person", "substitute"),
        pk=pk,
        substitute__isnull=False,
    )
    meeting = found.meeting
    if not rules.can_approve_substitutes(request.user, meeting.body):
        raise Http404
    if request.method == "POST":
        try:
            services.decide_substitute(found, approved=request.POST.get("decision") == "approve")
        except services.InvitationError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Svaret er registrert."))
        return redirect("invitations:substitute", found.pk)
    return render(
        request, "invitations/substitute.html", {"answer": found, "meeting": meeting, "body": meeting.body}
    )
