"""The invitations' background tasks: reading the reply mailbox (scheduled), and invitations to a body with more
than `MANY` members, which the page leaves to `motebok worker`."""

from __future__ import annotations

from django.conf import settings

from motebok.invitations import services
from motebok.invitations.replies import record_message, unread_messages
from motebok.meetings.models import Meeting
from motebok.registry.models import Person
from motebok.tasks import task

# Up to this many members, the page sends the invitation itself and says at once how it went.
MANY = 25


@task()
def read_replies() -> int:
    """Record the calendar replies in the reply mailbox; each message is marked read once recorded."""
    with unread_messages(settings.REPLY_IMAP_URL) as messages:
        return sum(len(record_message(raw)) for raw in messages)


@task()
def send_invitation(meeting_id: int, sent_by_id: int | None) -> dict:
    """Send a meeting's invitation (or update) as the page would; a refusal is an answer, not a failure.

    Tried again after a failure, a member whom the mail server took before it failed gets the message twice.
    """
    meeting = Meeting.objects.select_related("body").get(pk=meeting_id)
    try:
        dispatch = services.send_invitation(meeting, Person.objects.filter(pk=sent_by_id).first())
    except services.InvitationError as refused:
        return {"error": str(refused)}
    return {"dispatch": dispatch.pk, "recipients": len(dispatch.recipients)}
