"""`motebok restore DIR`: put a checked backup in place of an empty site's database and uploaded files."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from motebok.operations.backup import BackupError, restore


class Command(BaseCommand):
    help = "Restore a backup made by `motebok backup` (refuses a partial or damaged one)."

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path, help="The backup folder.")
        parser.add_argument("--force", action="store_true", help="Overwrite a site that already has data.")

    def handle(self, *args, folder: Path, force: bool, **options):
        try:
            manifest = restore(folder, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Gjenopprettet fra {folder}: database og {len(manifest['files'])} filer.")
