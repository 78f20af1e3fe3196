"""Meetings, attendance, cases numbered per body and year, agenda placements, action items and deadlines."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from motebok.history.sources import recorded
from motebok.meetings.access import PublicAccessFields
from motebok.registry.models import Body, Organisation, Person


class Meeting(models.Model):
    class Format(models.TextChoices):
        PHYSICAL = "physical", _("Fysisk")
        DIGITAL = "digital", _("Digitalt")
        HYBRID = "hybrid", _("Hybrid")

    class Kind(models.TextChoices):
        ORDINARY = "ordinary", _("Ordinært møte")
        EXTRAORDINARY = "extraordinary", _("Ekstraordinært møte")
        GATHERING = "gathering", _("Samling over to dager")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planlagt")
        INVITED = "invited", _("Innkalt")
        HELD = "held", _("Avholdt")
        APPROVED = "approved", _("Protokoll godkjent")
        CANCELLED = "cancelled", _("Avlyst")

    body = models.ForeignKey(Body, verbose_name=_("organ"), on_delete=models.PROTECT, related_name="meetings")
    year = models.PositiveSmallIntegerField(_("møteår"))
    number = models.PositiveSmallIntegerField(_("møtenummer"), null=True, blank=True)
    title = models.CharField(_("tittel"), max_length=200, blank=True)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("slutt"), null=True, blank=True)
    kind = models.CharField(_("møtetype"), max_length=14, choices=Kind.choices, default=Kind.ORDINARY)
    format = models.CharField(_("form"), max_length=10, choices=Format.choices, default=Format.PHYSICAL)
    place = models.CharField(_("sted"), max_length=300, blank=True)
    address = models.CharField(_("adresse"), max_length=300, blank=True)
    host = models.ForeignKey(
        Organisation, verbose_name=_("vertskap"), null=True, blank=True, on_delete=models.SET_NULL
    )
    online_link = models.URLField(_("lenke til digitalt møte"), blank=True, max_length=500)
    chair = models.ForeignKey(
        Person,
        verbose_name=_("møteleder"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    minute_taker = models.ForeignKey(
        Person, verbose_name=_("referent"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PLANNED)
    is_published = models.BooleanField(
        _("publisert"), default=False, help_text=_("Møtet og det som er offentlig i det vises for alle.")
    )
    # Stale-save protection: edit forms carry the version they were loaded with (see meetings.services).
    version = models.PositiveIntegerField(_("versjon"), default=0, editable=False)

    # When the row last changed, for API clients that fetch what changed since (motebok/api/changes.py).
    updated = models.DateTimeField(_("sist endret"), auto_now=True)

    class Meta:
        verbose_name = _("møte")
        verbose_name_plural = _("møter")
        ordering = ["-start"]
        constraints = [
            models.UniqueConstraint(
                fields=["body", "year", "number"],
                condition=Q(number__isnull=False),
                name="meeting_unique_number",
            ),
        ]
        # The body page lists a body's meetings newest first.
        indexes = [models.Index(fields=["body", "start"], name="meeting_body_start")]

    def __str__(self) -> str:
        # The local date: a meeting at 00:00 in Oslo is still the day before in UTC.
        return f"{self.body} {timezone.localtime(self.start):%d.%m.%Y}"

    def get_absolute_url(self) -> str:
        return reverse("meeting", args=[self.pk])

    @property
    def days(self) -> list:
        """Each calendar day the meeting runs over, in Oslo time: two for a gathering lunch to lunch."""
        from django.utils import timezone

        first = timezone.localtime(self.start).date()
        last = timezone.localtime(self.end).date() if self.end else first
        return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]

    @property
    def display_number(self) -> str:
        """The møtenummer as networks write it: "22-03" for the third meeting of 2022."""
        return f"{self.year % 100:02}-{self.number:02}" if self.number else ""


class Attendance(models.Model):
    class Status(models.TextChoices):
        PRESENT = "present", _("Til stede")
        ABSENT = "absent", _("Forfall")
        SUBSTITUTE = "substitute", _("Vara")
        GUEST = "guest", _("Gjest")
        STAFF = "staff", _("Administrasjon")

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("møte"), on_delete=models.CASCADE, related_name="attendance"
    )
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="attendance"
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PRESENT)
    substitute_for = models.ForeignKey(
        Person, verbose_name=_("vara for"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    remote = models.BooleanField(_("deltok digitalt"), default=False)
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("representerer"), null=True, blank=True, on_delete=models.SET_NULL
    )
    role = models.CharField(_("rolle"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("deltakelse")
        verbose_name_plural = _("deltakelse")
        ordering = ["meeting", "status", "person__name"]
        constraints = [models.UniqueConstraint(fields=["meeting", "person"], name="attendance_unique_person")]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_status_display()}"


class Case(PublicAccessFields):
    class Kind(models.TextChoices):
        ORIENTATION = "orientation", _("Orienteringssak")
        DISCUSSION = "discussion", _("Drøftingssak")
        DECISION = "decision", _("Beslutningssak")
        FOLLOW_UP = "follow_up", _("Oppfølgingssak")

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Foreslått")
        ACCEPTED = "accepted", _("Akseptert")
        POSTPONED = "postponed", _("Utsatt")
        DECLINED = "declined", _("Avvist")
        ON_AGENDA = "on_agenda", _("På sakslisten")
        CONCLUDED = "concluded", _("Avsluttet")

    body = models.ForeignKey(Body, verbose_name=_("organ"), on_delete=models.PROTECT, related_name="cases")
    # Noark 5: møtesaksår and sekvensnummer. Both are set when the case is first placed on an agenda.
    year = models.PositiveSmallIntegerField(_("møtesaksår"), null=True, blank=True)
    sequence = models.PositiveIntegerField(_("sekvensnummer"), null=True, blank=True)
    title = models.CharField(_("tittel"), max_length=300)
    kind = models.CharField(_("sakstype"), max_length=12, choices=Kind.choices, default=Kind.ORIENTATION)
    proposed_by = models.ForeignKey(
        Person,
        verbose_name=_("foreslått av"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    background = models.TextField(_("bakgrunn"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED)
    wished_meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("ønsket møte"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    related_cases = models.ManyToManyField("self", verbose_name=_("relaterte saker"), blank=True)
    created = models.DateTimeField(_("opprettet"), auto_now_add=True)
    # Who changed access, exemption basis or public title, when, from where, and what it was before.
    history = recorded()

    # When the row last changed, for API clients that fetch what changed since (motebok/api/changes.py).
    updated = models.DateTimeField(_("sist endret"), auto_now=True)

    class Meta:
        verbose_name = _("sak")
        verbose_name_plural = _("saker")
        ordering = ["body", "year", "sequence"]
        constraints = [
            models.UniqueConstraint(
                fields=["body", "year", "sequence"],
                condition=Q(sequence__isnull=False),
                name="case_unique_number_per_body_year",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}".strip()

    def get_absolute_url(self) -> str:
        return reverse("case", args=[self.pk])

    @property
    def number(self) -> str:
        if self.sequence is None or self.year is None:
            return ""
        return self.body.case_number_format.format(
            n=self.sequence, yy=f"{self.year % 100:02}", yyyy=self.year
        )

    @property
    def label(self) -> str:
        """The number as a heading shows it: "Sak 14-22", or "PS 14/22" where the format has its own prefix."""
        number = self.number
        if not number or number[0].isalpha():
            return number
        return f"Sak {number}"

    def title_for(self, may_see_exempt: bool) -> str:
        """The title a reader may see: the full one, or the public title of an exempt case."""
        if self.is_exempt and not may_see_exempt:
            return self.public_title or str(_("Unntatt offentlighet"))
        return self.title


class AgendaItem(models.Model):
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("møte"), on_delete=models.CASCADE, related_name="agenda"
    )
    case = models.ForeignKey(Case, verbose_name=_("sak"), on_delete=models.PROTECT, related_name="placements")
    order = models.PositiveSmallIntegerField(_("rekkefølge"), default=0)
    notes = models.TextField(_("notater"), blank=True)
    conclusion = models.TextField(_("konklusjon"), blank=True)
    # The approved minutes text and conclusion are kept here: every change to them is recorded.
    history = recorded()

    # When the row last changed, for API clients that fetch what changed since (motebok/api/changes.py).
    updated = models.DateTimeField(_("sist endret"), auto_now=True)

    class Meta:
        verbose_name = _("sak på saksliste")
        verbose_name_plural = _("saksliste")
        ordering = ["meeting", "order", "id"]
        constraints = [models.UniqueConstraint(fields=["meeting", "case"], name="agenda_item_unique_case")]

    def __str__(self) -> str:
        return f"{self.meeting}: {self.case}"


class ActionItem(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Åpen")
        DONE = "done", _("Utført")
        CANCELLED = "cancelled", _("Bortfalt")

    what = models.TextField(_("oppgave"))
    owner_person = models.ForeignKey(
        Person,
        verbose_name=_("ansvarlig person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action_items",
    )
    owner_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("ansvarlig organisasjon"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action_items",
    )
    owner_text = models.CharField(
        _("ansvarlig (fritekst)"), max_length=200, blank=True, help_text=_("For eksempel en arbeidsgruppe.")
    )
    due = models.DateField(_("frist"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    body = models.ForeignKey(
        Body, verbose_name=_("organ"), on_delete=models.CASCADE, related_name="action_items"
    )
    case = models.ForeignKey(
        Case,
        verbose_name=_("sak"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action_items",
    )
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("møte"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action_items",
    )
    completed = models.DateField(_("utført dato"), null=True, blank=True)

    # When the row last changed, for API clients that fetch what changed since (motebok/api/changes.py).
    updated = models.DateTimeField(_("sist endret"), auto_now=True)

    class Meta:
        verbose_name = _("oppfølgingspunkt")
        verbose_name_plural = _("oppfølgingspunkter")
        ordering = ["status", "due", "id"]
        # "My follow-ups" and the next agenda's follow-up item look up open items by owner and by body.
        indexes = [
            models.Index(fields=["owner_person", "status"], name="action_item_owner_status"),
            models.Index(fields=["body", "status"], name="action_item_body_status"),
        ]

    def __str__(self) -> str:
        return f"{self.owner}: {self.what}"

    @property
    def owner(self) -> str:
        return str(self.owner_person or self.owner_organisation or self.owner_text or "")


class Deadline(models.Model):
    class Kind(models.TextChoices):
        CONSULTATION = "consultation", _("Høringsfrist")
        REPORTING = "reporting", _("Rapporteringsfrist")
        OTHER = "other", _("Annen frist")

    body = models.ForeignKey(
        Body, verbose_name=_("organ"), on_delete=models.CASCADE, related_name="deadlines"
    )
    what = models.CharField(_("hva"), max_length=300)
    date = models.DateField(_("dato"))
    kind = models.CharField(_("type"), max_length=14, choices=Kind.choices, default=Kind.OTHER)
    source = models.CharField(_("kilde"), max_length=300, blank=True)
    case = models.ForeignKey(Case, verbose_name=_("sak"), null=True, blank=True, on_delete=models.SET_NULL)
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("møte"), null=True, blank=True, on_delete=models.SET_NULL
    )

    # When the row last changed, for API clients that fetch what changed since (motebok/api/changes.py).
    updated = models.DateTimeField(_("sist endret"), auto_now=True)

    class Meta:
        verbose_name = _("frist")
        verbose_name_plural = _("frister")
        ordering = ["date"]
        indexes = [models.Index(fields=["body", "date"], name="deadline_body_date")]

    def __str__(self) -> str:
        return f"{self.what} ({self.date:%d.%m.%Y})"
