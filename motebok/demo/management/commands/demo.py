"""`motebok demo`: create the database if needed, load the demo data once, print the logins and serve
(with `motebok serve --with-worker`, the production server with a task worker beside it)."""

from __future__ import annotations

import os

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from motebok.demo.data import DEMO_PASSWORD, LOGINS, is_loaded, load_demo


class Command(BaseCommand):
    help = "Start Møtebok with demo data on 127.0.0.1 (no questions asked)."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000, help="Port to serve on (default 8000).")
        parser.add_argument(
            "--no-serve", action="store_true", help="Only prepare the database and demo data."
        )

    def handle(self, *args, port: int, no_serve: bool, **options):
        # The demo has no domain of its own; UIDs made here are never meant for real calendars.
        settings.DEMO = True
        if "MOTEBOK_SITE_URL" not in os.environ:
            # E-mailed links, calendar UIDs and citations should point at the port the demo really serves on.
            settings.SITE_URL = f"http://127.0.0.1:{port}"
        if "MOTEBOK_EMAIL_BACKEND" not in os.environ:
            # A demo machine has no mail server: the demo data and the pages' invitations and reminders are written
            # as files to read instead of failing on a refused SMTP connection.
            settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
            settings.EMAIL_FILE_PATH = str(settings.DATA_DIR / "sendt-epost")
        call_command("migrate", interactive=False, verbosity=0)
        if is_loaded():
            self.stdout.write("Demodata er allerede lastet.")
        else:
            load_demo()
            self.stdout.write(self.style.SUCCESS("Demodata er lastet."))
        self.stdout.write(f"\nMøtebok: http://127.0.0.1:{port}/\nDemobrukere (passord «{DEMO_PASSWORD}»):")
        for username, description in LOGINS.items():
            self.stdout.write(f"  {username:<10} {description}")
        if "MOTEBOK_EMAIL_BACKEND" not in os.environ:
            self.stdout.write(f"E-post som sendes, lagres som filer i {settings.EMAIL_FILE_PATH}")
        self.stdout.write("")
        if not no_serve:
            call_command("serve", bind=f"127.0.0.1:{port}", with_worker=True)
