from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "motebok.operations"

    def ready(self) -> None:
        from motebok.operations import queue
        from motebok.tasks import task_finished

        task_finished.connect(queue.retry_or_keep, dispatch_uid="motebok.operations.queue.retry_or_keep")
