"""`motebok serve`: the production server (gunicorn; whitenoise serves the static files), and with `--with-worker`
a task worker beside it."""

from __future__ import annotations

import multiprocessing

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connections
from gunicorn.app.base import BaseApplication


class MotebokServer(BaseApplication):
    """Gunicorn with Møtebok's WSGI application and options, without a gunicorn config file."""

    def __init__(self, options: dict):
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from motebok.wsgi import application

        return application


def _task_worker() -> None:
    call_command("worker")


class Command(BaseCommand):
    help = "Serve Møtebok with gunicorn (MOTEBOK_BIND, MOTEBOK_WORKERS, MOTEBOK_TIMEOUT)."

    def add_arguments(self, parser):
        parser.add_argument("--bind", default=settings.SERVE_BIND, help="host:port (default MOTEBOK_BIND).")
        parser.add_argument(
            "--with-worker",
            action="store_true",
            help="Also run one task worker (`motebok worker`) beside the server: one machine, no other service.",
        )

    def handle(self, *args, bind: str, with_worker: bool, **options):
        # Workers are forked from this process: none may inherit its database connection.
        connections.close_all()
        worker = None
        if with_worker:
            # Forked, so that it runs with this process's settings (`motebok demo` changes some in place).
            worker = multiprocessing.get_context("fork").Process(target=_task_worker, name="motebok-worker")
            worker.start()
        try:
            self._serve(bind)
        finally:
            if worker is not None:
                # SIGTERM: the worker finishes the task it is running, then stops.
                worker.terminate()
                worker.join(timeout=settings.SERVE_TIMEOUT)

    def _serve(self, bind: str) -> None:
        MotebokServer(
            {
                "bind": bind,
                "workers": settings.SERVE_WORKERS,
                "timeout": settings.SERVE_TIMEOUT,
                # Load the application before forking, so that a bad setting stops the server at once.
                "preload_app": True,
                # No gunicornc control socket: it sits in the home folder, shared by every server of the user.
                "control_socket_disable": True,
            }
        ).run()
