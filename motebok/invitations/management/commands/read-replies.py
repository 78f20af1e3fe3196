"""`motebok read-replies`: record the calendar replies (accept, decline, delegate) in the reply mailbox."""

from __future__ import annotations

import imaplib

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from motebok.invitations.replies import record_message, unread_messages


class Command(BaseCommand):
    help = (
        "Read unread calendar replies from the mailbox in MOTEBOK_REPLY_IMAP_URL and record them as the "
        "members' answers. Safe to run often: each message is read once."
    )

    def handle(self, *args, **options) -> None:
        if not settings.REPLY_IMAP_URL:
            raise CommandError("MOTEBOK_REPLY_IMAP_URL er ikke satt: Møtebok har ingen svarpostkasse å lese.")
        try:
            with unread_messages(settings.REPLY_IMAP_URL) as messages:
                recorded = sum(self.handle_one(raw) for raw in messages)
        except (OSError, imaplib.IMAP4.error) as error:
            raise CommandError(f"Kunne ikke lese svarpostkassen (MOTEBOK_REPLY_IMAP_URL): {error}") from None
        self.stdout.write(f"Registrerte {recorded} svar fra kalendere.")

    def handle_one(self, raw: bytes) -> int:
        return len(record_message(raw))
