"""One import record per document: what extraction found, what a person corrected, what was written."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from motebok.documents.models import Document
from motebok.meetings.models import AgendaItem, Case, Meeting
from motebok.registry.models import Body


class ImportRecord(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Til gjennomgang")
        IMPORTED = "imported", _("Importert")

    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    original_name = models.CharField(_("filnavn"), max_length=255)
    source_path = models.CharField(_("kilde"), max_length=500, blank=True)
    # An uploaded file waits here until the secretary has reviewed it; imports from disk never need it.
    upload = models.FileField(_("opplastet fil"), upload_to="imports/%Y/", blank=True)
    file_type = models.CharField(_("filformat"), max_length=20, blank=True)
    text = models.TextField(_("uttrukket tekst"), blank=True)
    extracted = models.JSONField(_("uttrukket møtedata"), default=dict)
    corrections = models.JSONField(
        _("rettelser"),
        default=dict,
        blank=True,
        help_text=_("Felt en person har rettet, etter feltsti («meeting.place», «cases[0].conclusion»)."),
    )
    applied = models.JSONField(_("skrevne verdier"), default=dict, blank=True)
    warnings = models.JSONField(_("merknader"), default=list, blank=True)
    body = models.ForeignKey(
        Body, verbose_name=_("organ"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("møte"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    document = models.OneToOneField(
        Document,
        verbose_name=_("dokument"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="import_record",
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lastet opp av"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created = models.DateTimeField(_("opprettet"), auto_now_add=True)
    updated = models.DateTimeField(_("endret"), auto_now=True)

    class Meta:
        verbose_name = _("importert dokument")
        verbose_name_plural = _("importerte dokumenter")
        ordering = ["-created"]
        # The upload page lists a body's drafts waiting for review.
        indexes = [models.Index(fields=["body", "status"], name="import_record_body_status")]

    def __str__(self) -> str:
        return self.original_name

    def effective_record(self) -> dict:
        """The extracted record with the corrected fields laid over it."""
        from motebok.importer.fieldpaths import overlay

        return overlay(self.extracted, self.corrections) if self.corrections else self.extracted


class WaitingConclusion(models.Model):
    """A case's conclusion from a document that names no meeting, kept until an import places the case."""

    case = models.OneToOneField(Case, verbose_name=_("sak"), on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("konklusjon"))
    # The agenda item the conclusion was carried to, so that it goes to one meeting only and the meeting's
    # own record may still replace it.
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("ført på"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("konklusjon som venter på møte")
        verbose_name_plural = _("konklusjoner som venter på møte")

    def __str__(self) -> str:
        return self.text[:80]
