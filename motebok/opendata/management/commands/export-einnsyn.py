"""`motebok export-einnsyn`: write a body's public meeting records for eInnsyn to a folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from motebok.meetings.models import Meeting
from motebok.opendata import einnsyn
from motebok.registry.models import Body


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(
            f"«{value}» er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD, for eksempel 2025-01-31."
        ) from None


class Command(BaseCommand):
    help = (
        "Skriv møtene et organ har publisert, i en periode, som eInnsyn-meldinger: moetemappe.json per møte og "
        "én JSON-LD-melding per møtesak (for eFormidling)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--body", required=True, help="Organets kortnavn (slug) eller navn.")
        parser.add_argument("--from", dest="start", type=_date, help="Første møtedato, ÅÅÅÅ-MM-DD.")
        parser.add_argument("--to", dest="end", type=_date, help="Siste møtedato, ÅÅÅÅ-MM-DD.")
        parser.add_argument("--folder", required=True, type=Path, help="Mappen meldingene skrives til.")

    def handle(self, *args, body: str, start, end, folder: Path, **options) -> None:
        found = Body.objects.filter(Q(slug=body) | Q(name__iexact=body)).first()
        if found is None:
            raise CommandError(
                f"Fant ikke organet «{body}». Bruk kortnavnet fra adressen, som i /organ/<kortnavn>/."
            )
        if start and end and end < start:
            raise CommandError("--to er før --from.")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CommandError(f"Kan ikke skrive til mappen {folder}: {error.strerror}.") from None
        names = einnsyn.Names()
        meetings = einnsyn.public_meetings(found, start, end)
        written = sum(self.handle_one(meeting, folder, names) for meeting in meetings)
        self.stdout.write(f"Skrev {meetings.count()} møter og {written} møtesaker til {folder}.")

    def handle_one(self, meeting: Meeting, folder: Path, names: einnsyn.Names | None = None) -> int:
        """Write one meeting's folder record and its case messages; return how many cases."""
        target = folder / f"{meeting.start:%Y-%m-%d}-mote-{meeting.pk}"
        target.mkdir(exist_ok=True)
        (target / "moetemappe.json").write_bytes(einnsyn.encoded(einnsyn.moetemappe(meeting, names)))
        messages = einnsyn.messages(meeting, names)
        for number, message in enumerate(messages, start=1):
            (target / f"moetesak-{number}.jsonld").write_bytes(einnsyn.encoded(message))
        return len(messages)
