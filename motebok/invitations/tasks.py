"""The invitations' background tasks."""

from __future__ import annotations

from django.conf import settings

from motebok.invitations.replies import record_message, unread_messages
from motebok.tasks import task


@task()
def read_replies() -> int:
    """Record the calendar replies in the reply mailbox; each message is marked read once recorded."""
    with unread_messages(settings.REPLY_IMAP_URL) as messages:
        return sum(len(record_message(raw)) for raw in messages)
