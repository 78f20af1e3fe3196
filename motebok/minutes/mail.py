"""E-mail to the body's members when minutes are approved."""

from __future__ import annotations

from dataclasses import replace

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext as _

from motebok.invitations.members import secretary_of
from motebok.minutes.content import as_text, document
from motebok.minutes.models import Minutes
from motebok.outbox import automatic, named
from motebok.publishing import MeetingDocument
from motebok.publishing.stored import rendered


def file_name(minutes: Minutes, extension: str) -> str:
    meeting = minutes.meeting
    return f"protokoll-{meeting.body.slug}-{timezone.localtime(meeting.start):%Y-%m-%d}.{extension}"


def _with_reading_link(doc: MeetingDocument, content: dict, url: str) -> MeetingDocument:
    """Under each exempt case, where to read the rest after logging in."""
    exempt = {f"{s['number']} {s['public_title']}".strip() for s in content["sections"] if s["exempt"]}
    line = _("Les hele saken etter innlogging: %(url)s") % {"url": url}
    sections = [
        replace(section, paragraphs=[*section.paragraphs, line]) if section.heading in exempt else section
        for section in doc.sections
    ]
    return replace(doc, sections=sections)


def send_to_members(minutes: Minutes, footer: str) -> int:
    """Send the approved minutes, with PDF and Word attached, to every active member with an e-mail address."""
    meeting = minutes.meeting
    day = timezone.localdate()
    content = minutes.approved_snapshot().content
    # E-mail leaves the body's systems: exempt cases go by their public title, with a link to read the rest.
    url = settings.SITE_URL + reverse("minutes:page", args=[meeting.pk])
    doc = _with_reading_link(document(content, may_see_exempt=False, footer=footer), content, url)
    pdf, docx = rendered(doc, "pdf"), rendered(doc, "docx")
    people = {m.person for m in meeting.body.memberships.select_related("person") if m.is_active(day)}
    secretary = secretary_of(meeting.body)
    subject = _("Godkjent protokoll: %(body)s %(day)s") % {
        "body": meeting.body.name,
        "day": format_date(timezone.localtime(meeting.start), "j. F Y"),
    }
    messages = []
    for person in sorted((p for p in people if p.email), key=lambda p: p.email):
        message = EmailMessage(
            subject=subject,
            body=as_text(doc),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[named(person)],
        )
        automatic(message, reply_to=secretary)
        message.attach(file_name(minutes, "pdf"), pdf, "application/pdf")
        message.attach(
            file_name(minutes, "docx"),
            docx,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
        messages.append(message)
    return get_connection().send_messages(messages) or 0
