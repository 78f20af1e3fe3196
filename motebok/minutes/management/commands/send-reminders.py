"""`motebok send-reminders`: the daily reminder digests, safe to run more than once a day."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from motebok.minutes.reminders import people_to_remind, send_digest
from motebok.registry.models import Person


class Command(BaseCommand):
    help = "Send each person at most one reminder a day about follow-ups and consultation deadlines."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--day", help="Send as if today were this date (YYYY-MM-DD); default today.")

    def handle(self, *args, **options) -> None:
        today = self._day(options["day"])
        sent = sum(self.handle_one(person, today) for person in people_to_remind(today))
        self.stdout.write(f"Sendte {sent} påminnelser for {today:%d.%m.%Y}.")

    def handle_one(self, person: Person, today: dt.date) -> bool:
        return send_digest(person, today)

    @staticmethod
    def _day(value: str | None) -> dt.date:
        if not value:
            return timezone.localdate()
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise CommandError(f"--day må være en dato på formen ÅÅÅÅ-MM-DD, ikke {value!r}.") from None
