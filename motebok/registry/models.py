"""The registry: organisations (with the municipalities' history), people, bodies, mandates and memberships."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from motebok.history.sources import recorded


class Organisation(models.Model):
    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Kommune")
        COUNTY = "county", _("Fylkeskommune")
        KS = "ks", _("KS")
        HEALTH_TRUST = "health_trust", _("Helseforetak")
        STATE = "state", _("Statlig virksomhet")
        OTHER = "other", _("Annen organisasjon")

    name = models.CharField(_("navn"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    number = models.CharField(
        _("nummer"), max_length=4, blank=True, help_text=_("Kommune- eller fylkesnummer.")
    )
    county = models.ForeignKey(
        "self",
        verbose_name=_("fylke"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="municipalities",
        limit_choices_to={"kind": Kind.COUNTY},
    )
    valid_from = models.DateField(_("gyldig fra"), null=True, blank=True)
    valid_to = models.DateField(_("gyldig til"), null=True, blank=True)
    successors = models.ManyToManyField(
        "self", verbose_name=_("etterfølgere"), symmetrical=False, blank=True, related_name="predecessors"
    )
    email_domains = models.JSONField(_("e-postdomener"), default=list, blank=True)

    class Meta:
        verbose_name = _("organisasjon")
        verbose_name_plural = _("organisasjoner")
        ordering = ["name", "valid_from"]
        constraints = [
            # One registry row per municipality number and period; renumbering starts a new row.
            models.UniqueConstraint(
                fields=["kind", "number", "valid_from"],
                condition=~Q(number=""),
                name="organisation_unique_number_period",
            ),
        ]
        indexes = [models.Index(fields=["kind", "name"], name="organisation_kind_name")]

    def __str__(self) -> str:
        if self.valid_to:
            return f"{self.name} ({self.number}, til {self.valid_to.year})"
        return self.name

    def existed_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    def current_successors(self, today: dt.date | None = None) -> list[Organisation]:
        """Follow the chain of mergers, splits and renumberings to the organisations that exist today."""
        today = today or timezone.localdate()
        if self.existed_on(today):
            return [self]
        found: list[Organisation] = []
        for successor in self.successors.all():
            for current in successor.current_successors(today):
                if current not in found:
                    found.append(current)
        return found


class Person(models.Model):
    name = models.CharField(_("navn"), max_length=200)
    email = models.EmailField(_("e-post"), blank=True)
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    title = models.CharField(_("tittel"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisasjon"), null=True, blank=True, on_delete=models.SET_NULL
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("brukerkonto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )

    # When the row last changed, for API clients that fetch what changed since (motebok/api/changes.py).
    updated = models.DateTimeField(_("sist endret"), auto_now=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("personer")
        ordering = ["name"]
        indexes = [models.Index(fields=["email"], name="person_email")]

    def __str__(self) -> str:
        return self.name


class Body(models.Model):
    class Kind(models.TextChoices):
        NETWORK = "network", _("Nettverk")
        COLLEGE = "college", _("Kollegium")
        STEERING_GROUP = "steering_group", _("Styringsgruppe")
        WORKING_GROUP = "working_group", _("Arbeidsgruppe")
        WORKING_COMMITTEE = "working_committee", _("Arbeidsutvalg")
        PROGRAMME = "programme", _("Program")
        PROGRAMME_COMMITTEE = "programme_committee", _("Programkomité")
        OTHER = "other", _("Annet")

    class CaseNumberFormat(models.TextChoices):
        SLASH = "{n}/{yy}", "Sak 14/22"
        DASH = "{n}-{yy}", "Sak 14-22"
        PADDED = "{n:03}/{yy}", "Sak 014/22"
        PS = "PS {n}/{yy}", "PS 14/22"

    name = models.CharField(_("navn"), max_length=200)
    slug = models.SlugField(_("kortnavn i adresser"), max_length=80, unique=True)
    kind = models.CharField(_("type"), max_length=30, choices=Kind.choices, default=Kind.NETWORK)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("overordnet organ"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    description = models.TextField(_("beskrivelse"), blank=True)
    is_public = models.BooleanField(
        _("publiserer"), default=False, help_text=_("Organet har en offentlig side med publiserte møter.")
    )
    publish_online_link = models.BooleanField(
        _("publiserer møtelenken"),
        default=False,
        help_text=_("Lenken til digitale møter står i den offentlige kalenderen og sakslisten."),
    )
    case_number_format = models.CharField(
        _("format for saksnummer"),
        max_length=20,
        choices=CaseNumberFormat.choices,
        default=CaseNumberFormat.SLASH,
    )

    class WrittenStandard(models.TextChoices):
        BOKMAL = "nb", _("Bokmål")
        NYNORSK = "nn", _("Nynorsk")

    written_standard = models.CharField(
        _("målform"),
        max_length=2,
        choices=WrittenStandard.choices,
        default=WrittenStandard.BOKMAL,
        help_text=_("Sakslister, referater og e-poster fra organet skrives på denne målformen."),
    )
    secretariat = models.ForeignKey(
        "Organisation",
        verbose_name=_("sekretariat"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Organisasjonen som har sekretariatet, for eksempel KS eller et regionråd."),
    )
    municipalities = models.ManyToManyField(
        "Organisation",
        verbose_name=_("kommuner i regionen"),
        blank=True,
        related_name="+",
        limit_choices_to={"kind": "municipality"},
        help_text=_("Kommunene organet er bygd opp av: ett medlem og eventuelt en vara fra hver."),
    )
    # Stale-save protection: an edit form carries the version it was loaded with (see registry.services).
    version = models.PositiveIntegerField(_("versjon"), default=0, editable=False)
    standard_conclusions = models.JSONField(
        _("standardkonklusjoner"),
        default=list,
        blank=True,
        help_text=_("Faste formuleringer for konklusjoner, som «Tas til orientering»."),
    )

    # When the row last changed, for API clients that fetch what changed since (motebok/api/changes.py).
    updated = models.DateTimeField(_("sist endret"), auto_now=True)

    class Meta:
        verbose_name = _("organ")
        verbose_name_plural = _("organer")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("body", args=[self.slug])

    def in_written_standard(self):
        """A context in which generated texts (agendas, minutes, e-mail) are written in the body's målform."""
        return translation.override(self.written_standard)

    def ancestors(self) -> list[Body]:
        """The bodies above this one, nearest first."""
        found, parent = [], self.parent
        while parent is not None and parent not in found:
            found.append(parent)
            parent = parent.parent
        return found

    @property
    def current_mandate(self) -> Mandate | None:
        return self.mandates.order_by("-adopted", "-id").first()


class Mandate(models.Model):
    class SubstituteRule(models.TextChoices):
        NONE = "none", _("Ingen stedfortreder")
        AGREED_WITH_LEADER = "agreed", _("Etter avtale med leder")
        NAMED_DEPUTY = "deputy", _("Oppnevnt vararepresentant")
        ANY = "any", _("Fritt")

    body = models.ForeignKey(Body, verbose_name=_("organ"), on_delete=models.CASCADE, related_name="mandates")
    text = models.TextField(_("mandat"))
    adopted = models.DateField(_("vedtatt"), null=True, blank=True)
    digital_meetings_per_month = models.PositiveSmallIntegerField(_("digitale møter per måned"), default=0)
    digital_meeting_max_minutes = models.PositiveSmallIntegerField(
        _("maks lengde digitale møter (minutter)"), null=True, blank=True
    )
    physical_gatherings_per_year = models.PositiveSmallIntegerField(_("fysiske samlinger per år"), default=0)
    gatherings_replace_digital = models.BooleanField(
        _("samling erstatter digitalt møte"),
        default=False,
        help_text=_("En fysisk samling kommer i stedet for den månedens digitale møte."),
    )
    gatherings_per_half_year = models.PositiveSmallIntegerField(
        _("møter per halvår"),
        default=0,
        help_text=_("Brukes i stedet for antall samlinger per år når mandatet regner i halvår."),
    )
    day_meetings = models.BooleanField(
        _("dagmøter"),
        default=False,
        help_text=_("Samlinger uten overnatting varer én dag, ikke lunsj til lunsj."),
    )
    hosting_in_rotation = models.BooleanField(_("vertskap på omgang"), default=False)
    overnight_gatherings_per_year = models.PositiveSmallIntegerField(
        _("samlinger med overnatting per år"), default=0
    )
    substitute_rule = models.CharField(
        _("stedfortreder"),
        max_length=10,
        choices=SubstituteRule.choices,
        default=SubstituteRule.AGREED_WITH_LEADER,
    )

    # When the row last changed, for API clients that fetch what changed since (motebok/api/changes.py).
    updated = models.DateTimeField(_("sist endret"), auto_now=True)

    class Meta:
        verbose_name = _("mandat")
        verbose_name_plural = _("mandater")
        ordering = ["body", "-adopted"]

    def __str__(self) -> str:
        undated = _("udatert")
        return f"{self.body} ({self.adopted or undated})"


class Membership(models.Model):
    class Role(models.TextChoices):
        CHAIR = "chair", _("Leder")
        DEPUTY_CHAIR = "deputy_chair", _("Nestleder")
        SECRETARY = "secretary", _("Sekretær")
        MEMBER = "member", _("Medlem")
        SUBSTITUTE = "substitute", _("Varamedlem")
        OBSERVER = "observer", _("Observatør")
        ADVISER = "adviser", _("Rådgiver")

    EDITING_ROLES = (Role.CHAIR, Role.DEPUTY_CHAIR, Role.SECRETARY)

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="memberships"
    )
    body = models.ForeignKey(
        Body, verbose_name=_("organ"), on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("rolle"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("representerer"), null=True, blank=True, on_delete=models.SET_NULL
    )
    start = models.DateField(_("fra"), null=True, blank=True)
    end = models.DateField(_("til"), null=True, blank=True)
    history = recorded()

    # When the row last changed, for API clients that fetch what changed since (motebok/api/changes.py).
    updated = models.DateTimeField(_("sist endret"), auto_now=True)

    class Meta:
        verbose_name = _("medlemskap")
        verbose_name_plural = _("medlemskap")
        ordering = ["body", "role", "person__name"]
        indexes = [models.Index(fields=["body", "person"], name="membership_body_person")]

    def __str__(self) -> str:
        return f"{self.person} – {self.get_role_display()} i {self.body}"

    def is_active(self, day: dt.date | None = None) -> bool:
        day = day or timezone.localdate()
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)
