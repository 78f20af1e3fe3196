"""Calendar replies (iTIP REPLY, RFC 5546) from the reply mailbox, recorded as the members' answers.

Outlook, Google and Apple send a reply to the invitation's ORGANIZER, which is the reply mailbox when
MOTEBOK_REPLY_IMAP_URL is set. `motebok read-replies` reads the unread messages there over IMAP.
"""

from __future__ import annotations

import imaplib
import logging
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parseaddr
from urllib.parse import unquote, urlsplit

from icalendar import Calendar

from motebok.invitations import services
from motebok.invitations.models import Answer, CalendarEvent

logger = logging.getLogger(__name__)

RESPONSES = {
    "ACCEPTED": Answer.Response.ATTENDING,
    "DECLINED": Answer.Response.ABSENT,
    "DELEGATED": Answer.Response.SUBSTITUTE,
}
CALENDAR_TYPES = ("text/calendar", "application/ics")


@dataclass(frozen=True)
class Reply:
    """One attendee's answer to one event, as a calendar client sent it."""

    uid: str
    email: str
    partstat: str
    delegate_name: str = ""
    delegate_email: str = ""
    comment: str = ""


def _address(value) -> str:
    text = str(value)
    return text[7:].strip().lower() if text.lower().startswith("mailto:") else ""


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _event_replies(event) -> list[Reply]:
    attendees = _as_list(event.get("ATTENDEE"))
    names = {_address(a): str(a.params.get("CN", "")) for a in attendees}
    comment = " ".join(str(c).strip() for c in _as_list(event.get("COMMENT")))
    found = []
    for attendee in attendees:
        partstat = str(attendee.params.get("PARTSTAT", "")).upper()
        if partstat not in RESPONSES or attendee.params.get("DELEGATED-FROM"):
            continue
        delegate = _address(attendee.params.get("DELEGATED-TO", "")) if partstat == "DELEGATED" else ""
        found.append(
            Reply(
                uid=str(event["UID"]),
                email=_address(attendee),
                partstat=partstat,
                delegate_name=names.get(delegate, "") if delegate else "",
                delegate_email=delegate,
                comment=comment,
            )
        )
    return found


def replies_in(message: EmailMessage) -> list[Reply]:
    """The REPLY answers in a message from the attendee herself; Google sends the same object twice."""
    sender = parseaddr(str(message.get("From", "")))[1].lower()
    found: dict[tuple[str, str], Reply] = {}
    for part in message.walk():
        if part.get_content_type() not in CALENDAR_TYPES:
            continue
        try:
            calendar = Calendar.from_ical(part.get_payload(decode=True))
        except ValueError:
            continue
        if str(calendar.get("METHOD", "")).upper() != "REPLY":
            continue
        for event in calendar.walk("VEVENT"):
            for reply in _event_replies(event):
                # Only an attendee answers for herself: a reply about someone else is not taken.
                if reply.email == sender:
                    found[(reply.uid, reply.email)] = reply
    return list(found.values())


def record(reply: Reply) -> Answer | None:
    """Record one reply as the member's answer; None if it is not about a meeting invitation of ours."""
    event = CalendarEvent.objects.filter(uid=reply.uid).select_related("meeting").first()
    if event is None:
        return None
    answer = (
        Answer.objects.filter(meeting=event.meeting, person__email__iexact=reply.email)
        .select_related("meeting__body", "person", "substitute")
        .first()
    )
    if answer is None:
        return None
    name = reply.delegate_name or reply.delegate_email.split("@")[0]
    try:
        return services.record_answer(
            answer, RESPONSES[reply.partstat], name, reply.delegate_email, reply.comment[:500]
        )
    except services.InvitationError as error:
        logger.warning("Calendar reply from %s for %s not recorded: %s", reply.email, reply.uid, error)
        return None


def record_message(raw: bytes) -> list[Answer]:
    """Record every answer a received message holds."""
    message = message_from_bytes(raw, policy=policy.default)
    return [answer for reply in replies_in(message) if (answer := record(reply)) is not None]


@contextmanager
def unread_messages(url: str) -> Iterator[Iterator[bytes]]:
    """Log in to the mailbox at `url` and give its unread messages; each is marked read once handled."""
    parts = urlsplit(url)
    connection_class = imaplib.IMAP4_SSL if parts.scheme == "imaps" else imaplib.IMAP4
    connection = connection_class(parts.hostname, parts.port or (993 if parts.scheme == "imaps" else 143))
    try:
        connection.login(unquote(parts.username or ""), unquote(parts.password or ""))
        connection.select(unquote(parts.path.strip("/")) or "INBOX")

        def each() -> Iterator[bytes]:
            _status, numbers = connection.search(None, "UNSEEN")
            for number in numbers[0].split():
                # PEEK leaves the message unread until it has been handled.
                _status, data = connection.fetch(number, "(BODY.PEEK[])")
                yield data[0][1]
                connection.store(number, "+FLAGS", "\\Seen")

        yield each()
    finally:
        with suppress(OSError, imaplib.IMAP4.error):
            connection.logout()
