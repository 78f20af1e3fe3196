"""`motebok reindex`: build the archive's search index anew from every case, meeting and document."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from motebok.search.tasks import rebuild_index


class Command(BaseCommand):
    help = "Bygg søkeindeksen på nytt fra alle saker, møter og dokumenter."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--in-background",
            action="store_true",
            help="Legg oppgaven i køen for «motebok worker» i stedet for å vente på den.",
        )

    def handle(self, *args, in_background: bool, **options) -> None:
        if in_background:
            result = rebuild_index.enqueue()
            self.stdout.write(f"Søkeindeksen bygges på nytt i bakgrunnen (oppgave {result.id}).")
            return
        rows = rebuild_index.call()
        self.stdout.write(f"Søkeindeksen har {rows} oppføringer.")
