"""Personal API tokens: a user makes one on their own page, uses it to write through the API, and revokes it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ApiToken(models.Model):
    """A personal token, kept only as its SHA-256: the secret is shown once, when it is made."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("bruker"),
        on_delete=models.CASCADE,
        related_name="api_tokens",
    )
    name = models.CharField(_("navn"), max_length=100)
    # The first characters of the secret, so that its owner can tell her tokens apart.
    prefix = models.CharField(_("begynner med"), max_length=12)
    digest = models.CharField(_("SHA-256"), max_length=64, unique=True)
    created = models.DateTimeField(_("opprettet"), auto_now_add=True)
    last_used = models.DateTimeField(_("sist brukt"), null=True, blank=True)
    revoked = models.DateTimeField(_("trukket tilbake"), null=True, blank=True)

    class Meta:
        verbose_name = _("API-nøkkel")
        verbose_name_plural = _("API-nøkler")
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.user}: {self.name} ({self.prefix}…)"
