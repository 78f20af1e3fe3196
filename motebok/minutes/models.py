"""Minutes of a meeting: the draft per case, immutable revisions, approvals, and the reminder log."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from motebok.meetings.models import AgendaItem, Meeting
from motebok.registry.models import Body, Person


class Approval(models.TextChoices):
    CHAIR = "chair", _("Leder signerer")
    NEXT_MEETING = "next_meeting", _("Godkjennes i neste møte")


class MinutesPolicy(models.Model):
    """How a body approves its minutes."""

    body = models.OneToOneField(
        Body, verbose_name=_("organ"), on_delete=models.CASCADE, related_name="minutes_policy"
    )
    approval = models.CharField(
        _("godkjenning"), max_length=14, choices=Approval.choices, default=Approval.CHAIR
    )

    class Meta:
        verbose_name = _("protokollinnstilling")
        verbose_name_plural = _("protokollinnstillinger")

    def __str__(self) -> str:
        return f"{self.body}: {self.get_approval_display()}"


class Minutes(models.Model):
    """The minutes of one meeting; `revision` counts saves and guards against concurrent edits."""

    meeting = models.OneToOneField(
        Meeting, verbose_name=_("møte"), on_delete=models.CASCADE, related_name="minutes"
    )
    revision = models.PositiveIntegerField(_("versjon"), default=0)
    approved_revision = models.PositiveIntegerField(_("godkjent versjon"), null=True, blank=True)

    class Meta:
        verbose_name = _("protokoll")
        verbose_name_plural = _("protokoller")

    def __str__(self) -> str:
        return str(self.meeting)

    @property
    def is_approved(self) -> bool:
        return self.approved_revision is not None

    @property
    def awaits_approval(self) -> bool:
        return self.revision > 0 and self.approved_revision != self.revision

    def approved_snapshot(self) -> MinutesRevision | None:
        if self.approved_revision is None:
            return None
        return self.revisions.get(number=self.approved_revision)

    def latest_snapshot(self) -> MinutesRevision | None:
        return self.revisions.order_by("-number").first()


class MinutesSection(models.Model):
    """The draft notes and conclusion for one case; copied to the agenda item when approved."""

    minutes = models.ForeignKey(
        Minutes, verbose_name=_("protokoll"), on_delete=models.CASCADE, related_name="sections"
    )
    agenda_item = models.OneToOneField(
        AgendaItem,
        verbose_name=_("sak på sakslisten"),
        on_delete=models.CASCADE,
        related_name="minutes_section",
    )
    notes = models.TextField(_("notater"), blank=True, help_text=_("Korte kulepunkter, ett per linje."))
    conclusion = models.TextField(_("konklusjon"), blank=True)

    class Meta:
        verbose_name = _("protokollavsnitt")
        verbose_name_plural = _("protokollavsnitt")
        ordering = ["agenda_item__order", "agenda_item__id"]

    def __str__(self) -> str:
        return str(self.agenda_item)


class MinutesRevision(models.Model):
    """A saved version of the minutes as a whole; never changed once written."""

    minutes = models.ForeignKey(
        Minutes, verbose_name=_("protokoll"), on_delete=models.CASCADE, related_name="revisions"
    )
    number = models.PositiveIntegerField(_("versjon"))
    content = models.JSONField(_("innhold"))
    author = models.ForeignKey(
        Person,
        verbose_name=_("lagret av"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created = models.DateTimeField(_("lagret"), default=timezone.now)

    class Meta:
        verbose_name = _("protokollversjon")
        verbose_name_plural = _("protokollversjoner")
        ordering = ["minutes", "number"]
        constraints = [
            models.UniqueConstraint(fields=["minutes", "number"], name="minutes_revision_unique_number")
        ]

    def __str__(self) -> str:
        return f"{self.minutes} v{self.number}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise ValueError("A minutes revision is a record of history and cannot be changed.")
        super().save(*args, **kwargs)


class MinutesApproval(models.Model):
    """Who approved which revision, and how: by the chair's signature or at a later meeting."""

    minutes = models.ForeignKey(
        Minutes, verbose_name=_("protokoll"), on_delete=models.CASCADE, related_name="approvals"
    )
    revision = models.PositiveIntegerField(_("versjon"))
    how = models.CharField(_("godkjent ved"), max_length=14, choices=Approval.choices)
    approved_by = models.ForeignKey(
        Person,
        verbose_name=_("godkjent av"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at_meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("godkjent i møte"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved = models.DateTimeField(_("godkjent"), default=timezone.now)

    class Meta:
        verbose_name = _("godkjenning")
        verbose_name_plural = _("godkjenninger")
        ordering = ["minutes", "approved"]

    def __str__(self) -> str:
        return f"{self.minutes} v{self.revision}"


class ReminderDigest(models.Model):
    """One reminder e-mail per person and day; the row is claimed before the e-mail is sent."""

    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("dag"))
    sent = models.DateTimeField(_("sendt"), default=timezone.now)

    class Meta:
        verbose_name = _("påminnelse")
        verbose_name_plural = _("påminnelser")
        constraints = [models.UniqueConstraint(fields=["person", "day"], name="reminder_digest_once_a_day")]

    def __str__(self) -> str:
        return f"{self.person} {self.day}"


class ReminderStop(models.Model):
    """A person who turned the reminder e-mails off, with one click in a reminder (RFC 8058)."""

    person = models.OneToOneField(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="reminder_stop"
    )
    stopped = models.DateTimeField(_("slått av"), default=timezone.now)

    class Meta:
        verbose_name = _("avslåtte påminnelser")
        verbose_name_plural = _("avslåtte påminnelser")

    def __str__(self) -> str:
        return str(self.person)
