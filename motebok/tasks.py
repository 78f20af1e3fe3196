"""The one place Møtebok imports Django's task framework from.

Django 6 has it as `django.tasks`; on Django 5.2 the `django-tasks` backport gives the same names. Code elsewhere
imports `task` and friends from here, so it moves to Django 6 without a change. The queue is the database
(`django-tasks-db`); `motebok worker` runs what is in it. Every task must be safe to run again: a failed one is
retried (`motebok.operations.queue`).
"""

from __future__ import annotations

try:
    from django.tasks import TaskResultStatus, default_task_backend, task
    from django.tasks.signals import task_finished
except ImportError:  # Django 5.2: the backport.
    from django_tasks import TaskResultStatus, default_task_backend, task
    from django_tasks.signals import task_finished

__all__ = ["TaskResultStatus", "default_task_backend", "task", "task_finished"]
