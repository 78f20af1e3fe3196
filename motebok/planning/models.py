"""The secretariat's settings per body, programme committees for gatherings, and the agenda's standing items."""

from __future__ import annotations

import datetime as dt

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from motebok.meetings.models import Case, Meeting
from motebok.planning import planner
from motebok.registry.models import Body, Organisation


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("mandag")
    TUESDAY = 1, _("tirsdag")
    WEDNESDAY = 2, _("onsdag")
    THURSDAY = 3, _("torsdag")
    FRIDAY = 4, _("fredag")


class PlanPreferences(models.Model):
    """How the secretary likes a body's year laid out; the mandate says how often, these say when."""

    body = models.OneToOneField(
        Body, verbose_name=_("organ"), on_delete=models.CASCADE, related_name="plan_preferences"
    )
    digital_weekday = models.PositiveSmallIntegerField(
        _("ukedag for digitale møter"), choices=Weekday.choices, default=Weekday.TUESDAY
    )
    digital_week = models.PositiveSmallIntegerField(
        _("uke i måneden"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(4)],
        help_text=_("1 er den første slike ukedagen i måneden, 2 den andre, og så videre."),
    )
    digital_start = models.TimeField(_("starttid digitale møter"), default=dt.time(9, 0))
    digital_minutes = models.PositiveSmallIntegerField(
        _("lengde digitale møter (minutter)"), default=120, validators=[MinValueValidator(15)]
    )
    online_link = models.URLField(_("fast lenke til digitale møter"), blank=True, max_length=500)
    gathering_weekday = models.PositiveSmallIntegerField(
        _("første dag for samlinger"), choices=Weekday.choices[:4], default=Weekday.WEDNESDAY
    )
    gathering_start = models.TimeField(_("samlingen starter"), default=dt.time(11, 30))
    gathering_end = models.TimeField(_("samlingen slutter dagen etter"), default=dt.time(12, 30))
    # Stale-save protection: the form carries the version it was loaded with (see registry.services).
    version = models.PositiveIntegerField(_("versjon"), default=0, editable=False)

    class Meta:
        verbose_name = _("innstillinger for møteplan")
        verbose_name_plural = _("innstillinger for møteplan")

    def __str__(self) -> str:
        return str(self.body)

    def as_preferences(self) -> planner.Preferences:
        return planner.Preferences(
            digital_weekday=self.digital_weekday,
            digital_week=self.digital_week,
            digital_start=self.digital_start,
            digital_minutes=self.digital_minutes,
            gathering_weekday=self.gathering_weekday,
            gathering_start=self.gathering_start,
            gathering_end=self.gathering_end,
        )


class ProgrammeCommittee(models.Model):
    """The host and a couple of other municipalities who plan a physical gathering's programme."""

    meeting = models.OneToOneField(
        Meeting, verbose_name=_("samling"), on_delete=models.CASCADE, related_name="programme_committee"
    )
    members = models.ManyToManyField(Organisation, verbose_name=_("kommuner"), related_name="+")

    class Meta:
        verbose_name = _("programkomité")
        verbose_name_plural = _("programkomiteer")

    def __str__(self) -> str:
        return f"{_('Programkomité')} {self.meeting}"


class StandingItem(models.Model):
    """Marks a case as one of an agenda's standing items, so the builder keeps them in their places."""

    class Role(models.TextChoices):
        APPROVE_AGENDA = "agenda", _("Godkjenning av innkalling og saksliste")
        APPROVE_MINUTES = "minutes", _("Godkjenning av referat fra forrige møte")
        FOLLOW_UPS = "follow_ups", _("Informasjons- og oppfølgingssaker")
        ANY_OTHER = "any_other", _("Eventuelt")

    case = models.OneToOneField(
        Case, verbose_name=_("sak"), on_delete=models.CASCADE, related_name="standing"
    )
    meeting = models.ForeignKey(Meeting, verbose_name=_("møte"), on_delete=models.CASCADE, related_name="+")
    role = models.CharField(_("fast sak"), max_length=12, choices=Role.choices)

    class Meta:
        verbose_name = _("fast sak")
        verbose_name_plural = _("faste saker")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "role"], name="standing_item_unique_role_per_meeting")
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()} ({self.meeting})"
