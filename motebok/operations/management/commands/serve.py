"""`motebok serve`: the production server (gunicorn; whitenoise serves the static files), and with `--with-worker`
a task worker beside it."""

from __future__ import annotations

import os
import signal
import time
import traceback

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


def _start_task_worker() -> int:
    """Fork a `motebok worker`; forked, so that it runs with this process's settings (`motebok demo` changes some
    in place). Return its process id."""
    pid = os.fork()
    if pid:
        return pid
    status = 0
    try:
        call_command("worker")
    except SystemExit as stopped:
        status = stopped.code or 0
    except BaseException:
        traceback.print_exc()
        status = 1
    finally:
        # Leave without the parent's exit handlers: they belong to the server.
        os._exit(status)


def _stop_task_worker(pid: int, waited_for: float) -> None:
    """SIGTERM: the worker finishes the task it is running, then stops; after `waited_for` seconds, SIGKILL."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + waited_for
    while time.monotonic() < deadline:
        try:
            if os.waitpid(pid, os.WNOHANG)[0]:
                return
        except ChildProcessError:
            return  # gunicorn's arbiter reaps every child of this process, ours included
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)


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
        worker = _start_task_worker() if with_worker else None
        try:
            self._serve(bind)
        finally:
            if worker is not None:
                _stop_task_worker(worker, settings.SERVE_TIMEOUT)

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
