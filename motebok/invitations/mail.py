"""The e-mails of an invitation: agenda in the message, PDF and Word attached, and the iCalendar object."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.mime.text import MIMEText

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from motebok.invitations.agenda import agenda_document, agenda_filename, meeting_date, meeting_time
from motebok.invitations.calendar import joining_link, meeting_location
from motebok.invitations.models import Answer, Dispatch
from motebok.meetings.models import Meeting
from motebok.outbox import automatic, named
from motebok.publishing import MeetingDocument
from motebok.publishing.stored import rendered
from motebok.registry.models import Person


class InvitationMessage(EmailMultiAlternatives):
    """An iMIP message (RFC 6047): the calendar object is an alternative of the text, not an attachment.

    Outlook, Teams and Gmail show their accept/decline card for a text/calendar part that sits beside the
    text and HTML bodies; Django's alternatives cannot carry the method parameter, so the part is added here.
    """

    def __init__(self, *args, calendar: MIMEText, **kwargs):
        super().__init__(*args, **kwargs)
        self.calendar = calendar

    def _create_alternatives(self, msg):
        alternatives = super()._create_alternatives(msg)
        alternatives.attach(self.calendar)
        return alternatives


@dataclass
class Mailing:
    """What every recipient of one dispatch shares; only the answer link differs per person."""

    meeting: Meeting
    kind: str
    ics: bytes
    organizer: Person
    agenda: MeetingDocument
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (what, before, now)
    pdf: bytes = b""
    docx: bytes = b""


def particulars(meeting: Meeting) -> dict[str, str]:
    """When and where the meeting is, and how to join it, as an update compares them."""
    return {
        "time": f"{meeting_date(meeting)} {meeting_time(meeting)}",
        "place": meeting_location(meeting) or meeting.get_format_display(),
        "link": joining_link(meeting),
    }


def changes_since(before: dict[str, str], now: dict[str, str]) -> list[tuple[str, str, str]]:
    labels = {"time": _("Tid"), "place": _("Sted"), "link": _("Lenke til møtet")}
    return [
        (labels[key], before.get(key, ""), now[key])
        for key in labels
        if before.get(key) is not None and before.get(key) != now[key]
    ]


def prepare(
    meeting: Meeting, kind: str, ics: bytes, organizer: Person, sent_before: dict[str, str]
) -> Mailing:
    # E-mail leaves the body's systems, so the agenda shows what the public may see, and to the invited members
    # the link to the meeting.
    agenda = agenda_document(meeting, AnonymousUser(), with_link=True)
    mailing = Mailing(meeting, kind, ics, organizer, agenda)
    if kind == Dispatch.Kind.UPDATE:
        mailing.changes = changes_since(sent_before, particulars(meeting))
    if kind != Dispatch.Kind.CANCELLATION:
        mailing.pdf, mailing.docx = rendered(agenda, "pdf"), rendered(agenda, "docx")
    return mailing


def subject(mailing: Mailing) -> str:
    prefix = {
        Dispatch.Kind.INVITATION: _("Innkalling"),
        Dispatch.Kind.UPDATE: _("Endret møte"),
        Dispatch.Kind.CANCELLATION: _("Avlyst"),
    }[mailing.kind]
    return f"{prefix}: {mailing.meeting.body.name} {meeting_date(mailing.meeting)}"


@dataclass
class Recipient:
    """Who is sent a dispatch: a member with her answer link, or the substitute she sent."""

    person: Person
    partstat: str  # her answer, as the calendar object shows it
    answer_path: str = ""
    substitute_for: Person | None = None


def message_for(mailing: Mailing, recipient: Recipient) -> EmailMultiAlternatives:
    """The e-mail to one member (with her personal answer link) or substitute."""
    context = {
        "mailing": mailing,
        "meeting": mailing.meeting,
        "agenda": mailing.agenda,
        "person": recipient.person,
        "substitute_for": recipient.substitute_for,
        "answer_url": settings.SITE_URL + recipient.answer_path if recipient.answer_path else "",
        "meeting_url": settings.SITE_URL + mailing.meeting.get_absolute_url(),
        "cancelled": mailing.kind == Dispatch.Kind.CANCELLATION,
        "changes": mailing.changes,
        "calendar_replies": bool(settings.REPLY_ADDRESS),
    }
    message = InvitationMessage(
        calendar=calendar_part(mailing),
        subject=subject(mailing),
        body=render_to_string("invitations/email/invitation.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[named(recipient.person)],
    )
    automatic(message, reply_to=mailing.organizer)
    message.attach_alternative(render_to_string("invitations/email/invitation.html", context), "text/html")
    if mailing.pdf:
        message.attach(agenda_filename(mailing.meeting, "pdf"), mailing.pdf, "application/pdf")
        message.attach(
            agenda_filename(mailing.meeting, "docx"),
            mailing.docx,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
    return message


def calendar_part(mailing: Mailing) -> MIMEText:
    """text/calendar with the iTIP method in the content type, which Outlook, Teams and Google look for."""
    method = "CANCEL" if mailing.kind == Dispatch.Kind.CANCELLATION else "REQUEST"
    part = MIMEText(mailing.ics.decode("utf-8"), "calendar", "utf-8")
    part.set_param("method", method)
    return part


def substitute_request(answer: Answer, leader: Person, secretary: Person | None) -> EmailMultiAlternatives:
    """Ask the leader to agree to the substitute a member named, as the mandate requires."""
    meeting = answer.meeting
    url = settings.SITE_URL + reverse("invitations:substitute", args=[answer.pk])
    context = {"answer": answer, "meeting": meeting, "date": meeting_date(meeting), "url": url}
    message = EmailMultiAlternatives(
        subject=_("Stedfortreder til godkjenning: %(body)s %(date)s")
        % {"body": meeting.body.name, "date": meeting_date(meeting)},
        body=render_to_string("invitations/email/substitute_request.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[named(leader)],
    )
    return automatic(message, reply_to=secretary)


def substitute_refused(answer: Answer, secretary: Person | None) -> EmailMultiAlternatives:
    """Tell the member that the leader did not agree to her substitute, and how to answer again."""
    meeting = answer.meeting
    context = {
        "answer": answer,
        "meeting": meeting,
        "date": meeting_date(meeting),
        "url": settings.SITE_URL + answer.get_absolute_url(),
    }
    message = EmailMultiAlternatives(
        subject=_("Stedfortreder ikke godkjent: %(body)s %(date)s")
        % {"body": meeting.body.name, "date": meeting_date(meeting)},
        body=render_to_string("invitations/email/substitute_refused.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[named(answer.person)],
    )
    return automatic(message, reply_to=secretary)
