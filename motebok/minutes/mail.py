"""E-mail to the body's members when minutes are approved."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.utils import timezone
from django.utils.translation import gettext as _

from motebok.minutes.content import as_text, document
from motebok.minutes.models import Minutes
from motebok.publishing import to_docx, to_pdf


def file_name(minutes: Minutes, extension: str) -> str:
    meeting = minutes.meeting
    return f"protokoll-{meeting.body.slug}-{timezone.localtime(meeting.start):%Y-%m-%d}.{extension}"


def send_to_members(minutes: Minutes, footer: str) -> int:
    """Send the approved minutes, with PDF and Word attached, to every active member with an e-mail address."""
    meeting = minutes.meeting
    day = timezone.localdate()
    # Members see exempt cases in full, so one document serves every recipient.
    doc = document(minutes.approved_snapshot().content, may_see_exempt=True, footer=footer)
    pdf, docx = to_pdf(doc), to_docx(doc)
    recipients = sorted(
        {
            m.person.email
            for m in meeting.body.memberships.select_related("person")
            if m.is_active(day) and m.person.email
        }
    )
    messages = []
    for address in recipients:
        message = EmailMessage(
            subject=_("Godkjent protokoll: %(title)s") % {"title": doc.subtitle},
            body=as_text(doc),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[address],
        )
        message.attach(file_name(minutes, "pdf"), pdf, "application/pdf")
        message.attach(
            file_name(minutes, "docx"),
            docx,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
        messages.append(message)
    return get_connection().send_messages(messages) or 0
