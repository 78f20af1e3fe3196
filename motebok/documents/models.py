"""Documents: the files a network keeps, with their hash, type, extracted text and links."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from motebok.meetings.access import Access, PublicAccessFields
from motebok.meetings.models import Case, Meeting
from motebok.registry.models import Body


class Document(PublicAccessFields):
    class Kind(models.TextChoices):
        MINUTES = "minutes", _("Referat")
        SUMMARY = "summary", _("Oppsummering")
        INVITATION = "invitation", _("Innkalling")
        CASE_PRESENTATION = "case_presentation", _("Saksframlegg")
        MANDATE = "mandate", _("Mandat")
        ATTACHMENT = "attachment", _("Vedlegg")
        OTHER = "other", _("Annet")

    # A document follows its case's public access unless the secretary decides otherwise.
    AS_CASE = "case"
    ACCESS_CHOICES = [(AS_CASE, _("Som saken")), *Access.choices]

    access = models.CharField(_("offentlighet"), max_length=10, choices=ACCESS_CHOICES, default=AS_CASE)
    title = models.CharField(_("tittel"), max_length=300)
    file = models.FileField(_("fil"), upload_to="documents/%Y/", blank=True)
    original_name = models.CharField(_("filnavn"), max_length=255, blank=True)
    sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    kind = models.CharField(_("dokumenttype"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    file_type = models.CharField(_("filformat"), max_length=20, blank=True)
    extracted_text = models.TextField(_("uttrukket tekst"), blank=True)
    source = models.CharField(_("kilde"), max_length=500, blank=True, help_text=_("Hvor dokumentet kom fra."))
    body = models.ForeignKey(
        Body,
        verbose_name=_("organ"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
    )
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("møte"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
    )
    case = models.ForeignKey(
        Case,
        verbose_name=_("sak"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
    )
    # An imported document waits, unseen outside its body, until the secretary publishes it on the review page:
    # minutes may hold what the meeting's published page leaves out.
    is_published = models.BooleanField(
        _("publisert"),
        default=True,
        help_text=_("Andre enn organets medlemmer kan se dokumentet (om organet og møtet er offentlige)."),
    )
    # An e-mail's attachment points at the message it came with.
    attached_to = models.ForeignKey(
        "self",
        verbose_name=_("vedlegg til"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attachments",
    )
    created = models.DateTimeField(_("opprettet"), auto_now_add=True)

    # When the row last changed, for API clients that fetch what changed since (motebok/api/changes.py).
    updated = models.DateTimeField(_("sist endret"), auto_now=True)

    class Meta:
        verbose_name = _("dokument")
        verbose_name_plural = _("dokumenter")
        ordering = ["-created"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("document", args=[self.pk])

    @property
    def owner_body(self) -> Body | None:
        """The body the document belongs to: its own, or else its meeting's; with neither, site staff's alone."""
        return self.body or (self.meeting.body if self.meeting else None)

    @property
    def is_exempt(self) -> bool:
        """Marked exempt, or following a case that is exempt now."""
        if self.access == self.AS_CASE:
            return self.case is not None and self.case.is_exempt
        return self.access == Access.EXEMPT

    def title_for(self, may_see_exempt: bool) -> str:
        """The title a reader may see: the full one, or the public title (its own, else its case's)."""
        if may_see_exempt or not self.is_exempt:
            return self.title
        if self.public_title:
            return self.public_title
        if self.access == self.AS_CASE:
            return self.case.title_for(False)
        return str(Access.EXEMPT.label)

    def clean(self) -> None:
        # Only a document marked exempt itself needs its own legal basis and public title.
        if self.access == Access.EXEMPT:
            super().clean()
