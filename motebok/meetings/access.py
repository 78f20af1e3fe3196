"""Public access (offentlighet) per case and per document, as Noark 5 and eInnsyn keep it."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Access(models.TextChoices):
    OPEN = "open", _("Offentlig")
    EXEMPT = "exempt", _("Unntatt offentlighet")


class PublicAccessFields(models.Model):
    """Access, legal basis and the public title that leaves out what is exempt."""

    access = models.CharField(_("offentlighet"), max_length=10, choices=Access.choices, default=Access.OPEN)
    exemption_basis = models.CharField(
        _("hjemmel for unntak"),
        max_length=200,
        blank=True,
        help_text=_("For eksempel «offl. § 14» eller «offl. § 13, jf. fvl. § 13»."),
    )
    public_title = models.CharField(
        _("offentlig tittel"),
        max_length=300,
        blank=True,
        help_text=_("Tittelen uten det som er unntatt offentlighet."),
    )

    class Meta:
        abstract = True

    @property
    def is_exempt(self) -> bool:
        return self.access == Access.EXEMPT

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.is_exempt and not self.exemption_basis:
            raise ValidationError({"exemption_basis": _("Et unntak fra offentlighet må ha en hjemmel.")})
        if self.is_exempt and not self.public_title:
            raise ValidationError(
                {"public_title": _("Et unntak fra offentlighet må ha en offentlig tittel.")}
            )
