from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "motebok.search"
    label = "search"
    verbose_name = _("Søk")

    def ready(self) -> None:
        from motebok.search import receivers

        receivers.connect()
