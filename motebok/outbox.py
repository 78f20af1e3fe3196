"""What every e-mail Møtebok sends has in common: it says it is automatic (so that out-of-office replies stay
away), its Message-ID carries the site's domain, recipients are named, and replies go to a person."""

from __future__ import annotations

from email.utils import formataddr, make_msgid

from django.core.mail import EmailMessage

from motebok.registry.models import Person
from motebok.site import site_domain


def named(person: Person) -> str:
    """ "Mona Medlem <mona@example.no>", as mail clients show a known sender or recipient."""
    return formataddr((person.name, person.email))


def automatic(message: EmailMessage, reply_to: Person | None) -> EmailMessage:
    """Mark a message as sent by Møtebok itself (RFC 3834), with replies to `reply_to` (the body's secretary)."""
    message.extra_headers.update(
        {
            "Auto-Submitted": "auto-generated",
            # Outlook and Exchange look for this rather than Auto-Submitted before sending out-of-office replies.
            "X-Auto-Response-Suppress": "All",
            "Message-ID": make_msgid(domain=site_domain()),
        }
    )
    if reply_to is not None and reply_to.email:
        message.reply_to = [named(reply_to)]
    return message
