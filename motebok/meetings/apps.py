from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "motebok.meetings"
    verbose_name = _("Møter og saker")
