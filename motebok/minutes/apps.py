from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MinutesConfig(AppConfig):
    name = "motebok.minutes"
    verbose_name = _("Protokoll og oppfølging")
