"""Send calendar updates and cancellations when a meeting is moved, changed or cancelled."""

from __future__ import annotations

import logging
import smtplib

from django.dispatch import receiver

from motebok.invitations import services
from motebok.meetings.signals import meeting_changed
from motebok.planning.signals import meeting_cancelled, meeting_moved

logger = logging.getLogger(__name__)


@receiver(meeting_moved, dispatch_uid="invitations.meeting_moved")
def send_update_when_moved(sender, meeting, **kwargs) -> None:
    try:
        services.send_update(meeting, sent_by=None)
    except (OSError, smtplib.SMTPException):
        # The move is already committed; the secretary can send the update again from the invitation page.
        logger.exception("Could not send the calendar update for meeting %s", meeting.pk)


# What a calendar entry or the invitation shows of a meeting; a change of the chair or the host alone is no news.
SHOWN_IN_CALENDAR = frozenset({"title", "kind", "format", "place", "address", "online_link"})


@receiver(meeting_changed, dispatch_uid="invitations.meeting_changed")
def send_update_when_changed(sender, meeting, changed, **kwargs) -> None:
    if changed & SHOWN_IN_CALENDAR:
        send_update_when_moved(sender, meeting)


@receiver(meeting_cancelled, dispatch_uid="invitations.meeting_cancelled")
def send_cancellation_when_cancelled(sender, meeting, **kwargs) -> None:
    try:
        services.send_cancellation(meeting, sent_by=None)
    except (OSError, smtplib.SMTPException):
        logger.exception("Could not send the calendar cancellation for meeting %s", meeting.pk)
