"""`motebok worker`: run the background tasks queued in the database, and queue the scheduled jobs when due."""

from __future__ import annotations

import os
import socket

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from motebok.operations.schedule import Scheduler


class Command(DatabaseWorkerCommand):
    help = (
        "Run Møtebok's background tasks (imports, e-mail, reminders, the reply mailbox, re-indexing) and its "
        "scheduled jobs. Run as many as you like, on one machine or several: each task runs once. Stops cleanly "
        "on SIGTERM, after the task it is running."
    )

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--without-schedule",
            action="store_true",
            help="Only run queued tasks; queue no scheduled jobs (another worker does).",
        )
        # A worker id that says where the worker runs, for the staff's page; unique per process.
        parser.set_defaults(worker_id=f"{socket.gethostname()[:40]}-{os.getpid()}", reload=False)

    def handle(self, *args, without_schedule: bool, **options) -> None:
        if not without_schedule and not options.get("batch"):
            Scheduler().start()
        super().handle(*args, **options)
