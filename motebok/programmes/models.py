"""Development programmes: themes, admission rounds, thematic networks, participating organisations with their
local projects, network gatherings with required representation, reporting rounds and grants.

A programme and everything that meets under it are ordinary bodies of the registry: the programme's own body,
its organisation (council, secretariat, steering group, resource group) and its thematic networks are bodies
below it, and gatherings are meetings of those bodies. What is programme-specific lives here.
"""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from motebok.meetings.models import Meeting
from motebok.registry.models import Body, Organisation, Person


class Programme(models.Model):
    body = models.OneToOneField(
        Body, verbose_name=_("organ"), on_delete=models.PROTECT, related_name="programme"
    )
    start = models.DateField(_("fra"))
    end = models.DateField(_("til"))
    # The project leaders, each seated for her municipality, whom the project-leader gatherings invite; a body
    # below the programme, made when the first project gets its leader.
    project_leaders = models.OneToOneField(
        Body,
        verbose_name=_("prosjektledere"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("utviklingsprogram")
        verbose_name_plural = _("utviklingsprogrammer")
        ordering = ["-start"]

    def __str__(self) -> str:
        return self.body.name

    def get_absolute_url(self) -> str:
        return reverse("programmes:programme", args=[self.body.slug])


class Theme(models.Model):
    programme = models.ForeignKey(
        Programme, verbose_name=_("program"), on_delete=models.CASCADE, related_name="themes"
    )
    name = models.CharField(_("navn"), max_length=200)
    goal = models.TextField(_("mål"), blank=True)
    available_from = models.DateField(
        _("tilgjengelig fra"), null=True, blank=True, help_text=_("Tomt: fra programmets start.")
    )

    class Meta:
        verbose_name = _("tema")
        verbose_name_plural = _("temaer")
        # A theme open from the start has no date; it comes first on every database (PostgreSQL sorts nulls last).
        ordering = ["programme", F("available_from").asc(nulls_first=True), "id"]
        constraints = [models.UniqueConstraint(fields=["programme", "name"], name="theme_unique_name")]

    def __str__(self) -> str:
        return self.name


class Round(models.Model):
    """An admission round (pulje): the organisations admitted together."""

    programme = models.ForeignKey(
        Programme, verbose_name=_("program"), on_delete=models.CASCADE, related_name="rounds"
    )
    name = models.CharField(_("navn"), max_length=100)
    admitted = models.DateField(_("opptaksdato"))

    class Meta:
        verbose_name = _("pulje")
        verbose_name_plural = _("puljer")
        ordering = ["programme", "admitted", "id"]
        constraints = [models.UniqueConstraint(fields=["programme", "name"], name="round_unique_name")]

    def __str__(self) -> str:
        return self.name


class ThematicNetwork(models.Model):
    """A network of participants on one theme; it meets as an ordinary body below the programme."""

    body = models.OneToOneField(
        Body, verbose_name=_("organ"), on_delete=models.PROTECT, related_name="thematic_network"
    )
    programme = models.ForeignKey(
        Programme, verbose_name=_("program"), on_delete=models.CASCADE, related_name="networks"
    )
    theme = models.ForeignKey(
        Theme, verbose_name=_("tema"), on_delete=models.PROTECT, related_name="networks"
    )
    round = models.ForeignKey(
        Round, verbose_name=_("pulje"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("temanettverk")
        verbose_name_plural = _("temanettverk")
        ordering = ["programme", "theme", "body__name"]

    def __str__(self) -> str:
        return self.body.name


class Participant(models.Model):
    """An organisation (most often a municipality) in a programme from its admission; no person needed."""

    programme = models.ForeignKey(
        Programme, verbose_name=_("program"), on_delete=models.CASCADE, related_name="participants"
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("deltaker"), on_delete=models.PROTECT, related_name="programme_places"
    )
    round = models.ForeignKey(
        Round,
        verbose_name=_("pulje"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="participants",
    )
    network = models.ForeignKey(
        ThematicNetwork,
        verbose_name=_("temanettverk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="participants",
    )
    admitted = models.DateField(_("opptaksdato"))
    left = models.DateField(_("sluttet"), null=True, blank=True)

    class Meta:
        verbose_name = _("deltaker")
        verbose_name_plural = _("deltakere")
        ordering = ["programme", "organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "organisation"], name="participant_unique_organisation"
            )
        ]

    def __str__(self) -> str:
        return self.organisation.name

    def takes_part_on(self, day) -> bool:
        return self.admitted <= day and (self.left is None or day <= self.left)


class Project(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planlagt")
        ACTIVE = "active", _("Pågår")
        COMPLETED = "completed", _("Avsluttet")
        WITHDRAWN = "withdrawn", _("Trukket")

    participant = models.OneToOneField(
        Participant, verbose_name=_("deltaker"), on_delete=models.CASCADE, related_name="project"
    )
    title = models.CharField(_("tittel"), max_length=300)
    theme = models.ForeignKey(
        Theme, verbose_name=_("tema"), on_delete=models.PROTECT, related_name="projects"
    )
    leader = models.ForeignKey(
        Person,
        verbose_name=_("prosjektleder"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="led_projects",
    )
    start = models.DateField(_("start"), null=True, blank=True)
    end = models.DateField(_("slutt"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PLANNED)
    description = models.TextField(_("kort beskrivelse"), blank=True)

    class Meta:
        verbose_name = _("lokalt prosjekt")
        verbose_name_plural = _("lokale prosjekter")
        ordering = ["participant__organisation__name"]

    def __str__(self) -> str:
        return self.title

    def missing_parties(self) -> list[str]:
        """The local parties the programme requires that the project has no contact person for."""
        present = {contact.party for contact in self.contacts.all()}
        return [party for party in REQUIRED_PARTIES if party not in present]


class Party(models.TextChoices):
    """The three local parties every project rests on, and anyone else in the delegation."""

    POLITICAL = "political", _("Folkevalgt ledelse")
    ADMINISTRATION = "administration", _("Administrasjonen")
    UNION = "union", _("Tillitsvalgte")
    OTHER = "other", _("Annen")


REQUIRED_PARTIES = (Party.POLITICAL, Party.ADMINISTRATION, Party.UNION)
# What a project-leader gathering asks of each participant: its project leader.
PROJECT_LEADER = "project_leader"
DELEGATE_LABELS = {**dict(Party.choices), PROJECT_LEADER: _("Prosjektleder")}


class Contact(models.Model):
    """A person from the registry who speaks for the project for one of the local parties."""

    project = models.ForeignKey(
        Project, verbose_name=_("prosjekt"), on_delete=models.CASCADE, related_name="contacts"
    )
    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="+")
    party = models.CharField(_("part"), max_length=14, choices=Party.choices)

    class Meta:
        verbose_name = _("kontaktperson")
        verbose_name_plural = _("kontaktpersoner")
        ordering = ["project", "party", "person__name"]
        constraints = [
            models.UniqueConstraint(fields=["project", "person", "party"], name="contact_unique_person_party")
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_party_display()})"


class Gathering(models.Model):
    """A meeting of a thematic network or the programme that the programme counts, with its representation rule."""

    class Kind(models.TextChoices):
        NETWORK = "network", _("Nettverkssamling")
        THEME_DAY = "theme_day", _("Temadag")
        PROJECT_LEADERS = "project_leaders", _("Prosjektledersamling")

    meeting = models.OneToOneField(
        Meeting, verbose_name=_("møte"), on_delete=models.CASCADE, related_name="gathering"
    )
    programme = models.ForeignKey(
        Programme, verbose_name=_("program"), on_delete=models.CASCADE, related_name="gatherings"
    )
    kind = models.CharField(_("type"), max_length=16, choices=Kind.choices, default=Kind.NETWORK)
    mandatory = models.BooleanField(_("obligatorisk"), default=True)
    # The representation each participant must send, per local party.
    political = models.PositiveSmallIntegerField(_("folkevalgte"), default=1)
    administration = models.PositiveSmallIntegerField(_("fra administrasjonen"), default=1)
    union = models.PositiveSmallIntegerField(_("tillitsvalgte"), default=1)

    class Meta:
        verbose_name = _("samling")
        verbose_name_plural = _("samlinger")
        ordering = ["meeting__start"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.meeting}"

    def get_absolute_url(self) -> str:
        return reverse("programmes:gathering", args=[self.pk])

    def required(self) -> dict[str, int]:
        """How many each participant must send: per local party, or (a project-leader gathering) its leader."""
        if self.kind == self.Kind.PROJECT_LEADERS:
            return {PROJECT_LEADER: 1}
        return {
            Party.POLITICAL: self.political,
            Party.ADMINISTRATION: self.administration,
            Party.UNION: self.union,
        }


class ReportingRound(models.Model):
    class Kind(models.TextChoices):
        ANNUAL = "annual", _("Årsrapport")
        FINAL = "final", _("Sluttrapport")

    programme = models.ForeignKey(
        Programme, verbose_name=_("program"), on_delete=models.CASCADE, related_name="reporting_rounds"
    )
    title = models.CharField(_("tittel"), max_length=200)
    kind = models.CharField(_("type"), max_length=10, choices=Kind.choices, default=Kind.ANNUAL)
    deadline = models.DateField(_("frist"))
    round = models.ForeignKey(
        Round,
        verbose_name=_("pulje"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Tomt: alle deltakere rapporterer."),
    )
    opened = models.DateField(_("åpnet"))

    class Meta:
        verbose_name = _("rapporteringsrunde")
        verbose_name_plural = _("rapporteringsrunder")
        ordering = ["programme", "-deadline"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("programmes:reporting_round", args=[self.pk])


class Question(models.Model):
    class Kind(models.TextChoices):
        TEXT = "text", _("Tekst")
        NUMBER = "number", _("Tall")
        CHOICE = "choice", _("Valg")

    reporting_round = models.ForeignKey(
        ReportingRound,
        verbose_name=_("rapporteringsrunde"),
        on_delete=models.CASCADE,
        related_name="questions",
    )
    order = models.PositiveSmallIntegerField(_("rekkefølge"), default=0)
    text = models.CharField(_("spørsmål"), max_length=500)
    kind = models.CharField(_("svartype"), max_length=6, choices=Kind.choices, default=Kind.TEXT)
    choices = models.JSONField(_("svaralternativer"), default=list, blank=True)

    class Meta:
        verbose_name = _("spørsmål")
        verbose_name_plural = _("spørsmål")
        ordering = ["reporting_round", "order", "id"]

    def __str__(self) -> str:
        return self.text


class Report(models.Model):
    """One participant's report in a reporting round: a draft until submitted, for the secretariat and the
    participant only until published."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Utkast")
        SUBMITTED = "submitted", _("Levert")

    reporting_round = models.ForeignKey(
        ReportingRound, verbose_name=_("rapporteringsrunde"), on_delete=models.CASCADE, related_name="reports"
    )
    participant = models.ForeignKey(
        Participant, verbose_name=_("deltaker"), on_delete=models.CASCADE, related_name="reports"
    )
    answers = models.JSONField(_("svar"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    submitted = models.DateTimeField(_("levert"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        Person,
        verbose_name=_("levert av"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_published = models.BooleanField(_("publisert"), default=False)

    class Meta:
        verbose_name = _("rapport")
        verbose_name_plural = _("rapporter")
        ordering = ["reporting_round", "participant__organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["reporting_round", "participant"], name="report_unique_participant"
            ),
            # Only a submitted report can be published.
            models.CheckConstraint(
                condition=Q(is_published=False) | Q(status="submitted"), name="report_published_is_submitted"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reporting_round}: {self.participant}"

    def get_absolute_url(self) -> str:
        return reverse("programmes:report", args=[self.pk])


class Grant(models.Model):
    """Money granted to a local project, what was paid out, and what the project reported used."""

    project = models.ForeignKey(
        Project, verbose_name=_("prosjekt"), on_delete=models.CASCADE, related_name="grants"
    )
    year = models.PositiveSmallIntegerField(_("år"))
    granted = models.PositiveIntegerField(_("tildelt (kr)"))
    paid = models.PositiveIntegerField(_("utbetalt (kr)"), default=0)
    used = models.PositiveIntegerField(_("rapportert brukt (kr)"), null=True, blank=True)
    reporting_round = models.ForeignKey(
        ReportingRound,
        verbose_name=_("rapporteringsrunde"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="grants",
    )

    class Meta:
        verbose_name = _("tilskudd")
        verbose_name_plural = _("tilskudd")
        ordering = ["project", "year"]
        constraints = [models.UniqueConstraint(fields=["project", "year"], name="grant_unique_year")]

    def __str__(self) -> str:
        return f"{self.project} {self.year}: {self.granted} kr"
