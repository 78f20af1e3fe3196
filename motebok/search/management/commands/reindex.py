"""`motebok reindex`: build the archive's search index anew from every case, meeting and document."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from motebok.search.indexing import rebuild


class Command(BaseCommand):
    help = "Bygg søkeindeksen på nytt fra alle saker, møter og dokumenter."

    def handle(self, *args, **options) -> None:
        rows = rebuild()
        self.stdout.write(f"Søkeindeksen har {rows} oppføringer.")
