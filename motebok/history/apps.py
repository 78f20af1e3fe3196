from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HistoryConfig(AppConfig):
    name = "motebok.history"
    verbose_name = _("Endringshistorikk")

    def ready(self) -> None:
        from simple_history.signals import pre_create_historical_record

        from motebok.history.sources import note_source

        pre_create_historical_record.connect(note_source, dispatch_uid="motebok.history.note_source")
