"""`motebok import PATH... [--body NAME]`: the networks' documents into Møtebok, one transaction per file."""

from __future__ import annotations

from collections import Counter
from itertools import islice
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from motebok.importer.preparing import document_paths, prepare_all
from motebok.importer.resolver import Resolver
from motebok.importer.services import Outcome, Status, import_prepared
from motebok.search.indexing import deferred as deferred_indexing

# Documents whose search entries are written together. Each document still commits on its own; should the
# process die, at most this many imported documents wait for `motebok reindex`.
INDEX_BATCH = 100


class Command(BaseCommand):
    help = "Importer møtedokumenter (filer eller mapper) til organ, møter, saker, oppfølging og frister."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", type=Path, help="Filer eller mapper med dokumenter.")
        parser.add_argument(
            "--body", help="Organet dokumentene gjelder (navn); ellers det dokumentet selv nevner."
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
        resolver = Resolver()
        outcomes = []
        progress = tqdm(total=len(files), unit="dok", disable=len(files) < 2, file=self.stderr._out)
        prepared_files = prepare_all(files, jobs)
        for _ in range(0, len(files), INDEX_BATCH):
            with deferred_indexing():
                for prepared in islice(prepared_files, INDEX_BATCH):
                    outcomes.append(import_prepared(prepared, resolver, body, again))
                    progress.update()
        progress.close()
        return outcomes

    def print_summary(self, outcomes: list[Outcome]) -> None:
        counts = Counter(o.status for o in outcomes)
        self.stdout.write("")
        self.stdout.write(f"{'Importert':<12}{'Uendret':<12}{'Feilet':<12}")
        self.stdout.write(
            f"{counts[Status.IMPORTED]:<12}{counts[Status.UNCHANGED]:<12}{counts[Status.FAILED]:<12}"
        )
        notes = [(o.name, o.reason) for o in outcomes if o.status == Status.FAILED]
        notes += [(o.name, warning) for o in outcomes for warning in o.warnings]
        if notes:
            width = min(60, max(len(name) for name, _ in notes))
            self.stdout.write("")
            for name, note in notes:
                line = f"{name:<{width}}  {note}"
                styled = self.style.ERROR(line) if (name, note) in notes[: counts[Status.FAILED]] else line
                self.stdout.write(styled)
