"""`motebok import PATH... [--body NAME]`: the networks' documents into Møtebok, one transaction per file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from tqdm import tqdm

from motebok.importer.preparing import document_paths, prepare_all
from motebok.importer.resolver import Resolver
from motebok.importer.services import Outcome, Status, import_prepared

# The order of the summary's columns.
COLUMNS = (Status.IMPORTED, Status.UNCHANGED, Status.REVIEW, Status.SKIPPED, Status.FAILED)


class Command(BaseCommand):
    help = "Importer møtedokumenter (filer eller mapper) til organ, møter, saker, oppfølging og frister."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", type=Path, help="Filer eller mapper med dokumenter.")
        parser.add_argument(
            "--body",
            help="Organet dokumentene gjelder (navn); ellers et eksisterende organ dokumentet selv nevner. "
            "Et organ som ikke finnes, opprettes først når noen bekrefter det i gjennomgangen.",
        )
        parser.add_argument(
            "--again", action="store_true", help="Les inn på nytt også dokumenter som er importert før."
        )
        parser.add_argument(
            "--jobs", type=int, default=1, help="Antall prosesser som leser dokumentene (standard 1)."
        )

    def handle(self, *args, paths: list[Path], body: str | None, again: bool, jobs: int, **options) -> None:
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"Finner ikke: {', '.join(missing)}")
        files = document_paths(paths)
        outcomes = self.import_files(files, body, again, jobs)
        self.print_summary(outcomes)
        failed = sum(o.status == Status.FAILED for o in outcomes)
        if failed:
            raise CommandError(f"{failed} av {len(outcomes)} filer kunne ikke importeres.")

    def import_files(self, files: list[Path], body: str | None, again: bool, jobs: int) -> list[Outcome]:
        """Import each file in its own transaction, its search entries written in that same transaction."""
        resolver = Resolver()
        outcomes = []
        progress = tqdm(total=len(files), unit="dok", disable=len(files) < 2, file=self.stderr._out)
        for prepared in prepare_all(files, jobs):
            outcomes += import_prepared(prepared, resolver, body, again).all()
            progress.update()
        progress.close()
        return outcomes

    def print_summary(self, outcomes: list[Outcome]) -> None:
        counts = Counter(o.status for o in outcomes)
        self.stdout.write("")
        self.stdout.write("".join(f"{status.capitalize():<18}" for status in COLUMNS))
        self.stdout.write("".join(f"{counts[status]:<18}" for status in COLUMNS))
        notes = [(o.name, o.reason, o.status) for o in outcomes if o.status == Status.FAILED]
        notes += [(o.name, self.review_note(o), o.status) for o in outcomes if o.status == Status.REVIEW]
        notes += [(o.name, o.reason, o.status) for o in outcomes if o.status == Status.SKIPPED]
        notes += [(o.name, warning, o.status) for o in outcomes for warning in o.warnings]
        if notes:
            width = min(60, max(len(name) for name, _, _ in notes))
            self.stdout.write("")
            for name, note, status in notes:
                line = f"{name:<{width}}  {note}"
                self.stdout.write(self.style.ERROR(line) if status == Status.FAILED else line)

    def review_note(self, outcome: Outcome) -> str:
        if outcome.record is None or outcome.record.pk is None:
            return outcome.reason
        return f"{outcome.reason}: {reverse('importer:review', args=[outcome.record.pk])}"
