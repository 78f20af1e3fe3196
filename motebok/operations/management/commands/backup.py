"""`motebok backup DIR`: the database and the uploaded files, with a manifest of checksums."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from motebok.operations.backup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database and the uploaded files into a new folder (safe while the server runs)."

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path, help="A new or empty folder for the backup.")

    def handle(self, *args, folder: Path, **options):
        try:
            manifest = backup(folder)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Sikkerhetskopi i {folder}: database og {len(manifest['files'])} filer.")
