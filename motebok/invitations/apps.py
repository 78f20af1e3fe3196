from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InvitationsConfig(AppConfig):
    name = "motebok.invitations"
    verbose_name = _("Innkallinger og kalendere")

    def ready(self) -> None:
        from motebok.invitations import receivers  # noqa: F401 (connects the signal receivers)
