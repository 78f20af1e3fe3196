"""The programme secretariat's writes, each in one transaction, and the sums the pages show.

A programme's bodies are made through motebok.registry.services and its gatherings through
motebok.meetings.services, so that they are ordinary bodies and meetings everywhere else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motebok.access import rules
from motebok.meetings import services as meeting_services
from motebok.meetings.models import Attendance, Meeting
from motebok.programmes.models import (
    DELEGATE_LABELS,
    PROJECT_LEADER,
    Contact,
    Gathering,
    Grant,
    Participant,
    Programme,
    Project,
    Question,
    Report,
    ReportingRound,
    Round,
    ThematicNetwork,
    Theme,
)
from motebok.registry import services as registry
from motebok.registry.models import Body, Membership, Organisation, Person


class ProgrammeError(Exception):
    """A refused change, with a Norwegian message that names the field."""


def _date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


# The programme's organisation, as the seed's brochure draws it: each an ordinary body below the programme.
ORGANISATION = (
    ("council", gettext_lazy("Programråd"), Body.Kind.OTHER),
    ("secretariat", gettext_lazy("Sekretariat"), Body.Kind.WORKING_GROUP),
    ("steering_group", gettext_lazy("Styringsgruppe"), Body.Kind.STEERING_GROUP),
    ("resource_group", gettext_lazy("Ressursgruppe"), Body.Kind.WORKING_GROUP),
)


@transaction.atomic
def create_programme(
    *,
    name: str,
    start: dt.date,
    end: dt.date,
    secretaries: list[Person],
    organisation: tuple[str, ...] = (),
    **body_fields,
) -> Programme:
    """Create a programme's body with its period, and the parts of its organisation asked for as bodies below it."""
    if end < start:
        raise ProgrammeError(_("Til: programmet kan ikke slutte før det starter."))
    body = registry.create_body(name=name, kind=Body.Kind.PROGRAMME, secretaries=secretaries, **body_fields)
    programme = Programme.objects.create(body=body, start=start, end=end)
    for key, label, kind in ORGANISATION:
        if key in organisation:
            _body_below(programme, f"{name}: {label}", kind, secretaries)
    return programme


def _body_below(programme: Programme, name: str, kind: str, secretaries: list[Person]) -> Body:
    """A body below the programme's, public and written as the programme is."""
    return registry.create_body(
        name=name,
        kind=kind,
        parent=programme.body,
        secretaries=secretaries,
        written_standard=programme.body.written_standard,
        is_public=programme.body.is_public,
        secretariat=programme.body.secretariat,
    )


@transaction.atomic
def add_theme(
    programme: Programme, *, name: str, goal: str = "", available_from: dt.date | None = None
) -> Theme:
    name = name.strip()
    if programme.themes.filter(name__iexact=name).exists():
        raise ProgrammeError(_("Navn: programmet har allerede temaet «%(name)s».") % {"name": name})
    if available_from and not programme.start <= available_from <= programme.end:
        raise ProgrammeError(_("Tilgjengelig fra: datoen er utenfor programperioden."))
    return Theme.objects.create(programme=programme, name=name, goal=goal, available_from=available_from)


@transaction.atomic
def add_round(programme: Programme, *, name: str, admitted: dt.date) -> Round:
    name = name.strip()
    if programme.rounds.filter(name__iexact=name).exists():
        raise ProgrammeError(_("Navn: programmet har allerede puljen «%(name)s».") % {"name": name})
    if not programme.start <= admitted <= programme.end:
        raise ProgrammeError(_("Opptaksdato: datoen er utenfor programperioden."))
    return Round.objects.create(programme=programme, name=name, admitted=admitted)


@transaction.atomic
def create_network(
    programme: Programme, *, name: str, theme: Theme, round: Round | None, secretaries: list[Person]
) -> ThematicNetwork:
    """A thematic network: a network body below the programme, public as the programme is."""
    if theme.programme_id != programme.pk or (round is not None and round.programme_id != programme.pk):
        raise ProgrammeError(_("Tema: temaet eller puljen hører til et annet program."))
    body = _body_below(programme, name, Body.Kind.NETWORK, secretaries)
    return ThematicNetwork.objects.create(body=body, programme=programme, theme=theme, round=round)


def _check_place(programme, organisation, admitted, round, network) -> None:
    if not programme.start <= admitted <= programme.end:
        raise ProgrammeError(_("Opptaksdato: datoen er utenfor programperioden."))
    if not organisation.existed_on(admitted):
        raise ProgrammeError(
            _("Deltaker: %(org)s fantes ikke %(day)s.") % {"org": organisation.name, "day": _date(admitted)}
        )
    if round is not None and round.programme_id != programme.pk:
        raise ProgrammeError(_("Pulje: puljen hører til et annet program."))
    if network is not None and network.programme_id != programme.pk:
        raise ProgrammeError(_("Temanettverk: nettverket hører til et annet program."))


@transaction.atomic
def admit(
    programme: Programme,
    organisation: Organisation,
    *,
    admitted: dt.date,
    round: Round | None = None,
    network: ThematicNetwork | None = None,
) -> Participant:
    """Make an organisation a participant of the programme (and of one thematic network) from a date."""
    _check_place(programme, organisation, admitted, round, network)
    if programme.participants.filter(organisation=organisation).exists():
        raise ProgrammeError(
            _("Deltaker: %(org)s er allerede med i programmet.") % {"org": organisation.name}
        )
    return Participant.objects.create(
        programme=programme, organisation=organisation, admitted=admitted, round=round, network=network
    )


@transaction.atomic
def update_participant(
    participant: Participant,
    *,
    admitted: dt.date,
    round: Round | None,
    network: ThematicNetwork | None,
    left: dt.date | None = None,
) -> Participant:
    _check_place(participant.programme, participant.organisation, admitted, round, network)
    if left is not None and left < admitted:
        raise ProgrammeError(_("Sluttet: datoen kan ikke være før opptaksdatoen."))
    moved = participant.network_id != (network.pk if network else None)
    old_network = participant.network
    participant.admitted, participant.round, participant.network, participant.left = (
        admitted,
        round,
        network,
        left,
    )
    participant.save()
    project = Project.objects.filter(participant=participant).first()
    if moved and project is not None:
        delegates = {contact.person for contact in project.contacts.select_related("person")}
        for person in delegates | ({project.leader} if project.leader else set()):
            if old_network is not None:
                _unseat(old_network.body, participant, person)
            _seat_delegate(participant, person)
    return participant


@transaction.atomic
def save_project(
    participant: Participant,
    *,
    title: str,
    theme: Theme,
    leader: Person | None,
    status: str,
    start: dt.date | None = None,
    end: dt.date | None = None,
    description: str = "",
) -> Project:
    """Create or update the participant's local project."""
    if theme.programme_id != participant.programme_id:
        raise ProgrammeError(_("Tema: temaet hører til et annet program."))
    if start and end and end < start:
        raise ProgrammeError(_("Slutt: prosjektet kan ikke slutte før det starter."))
    if start and theme.available_from and start < theme.available_from:
        raise ProgrammeError(
            _("Tema: «%(theme)s» kan velges fra %(day)s.")
            % {"theme": theme.name, "day": _date(theme.available_from)}
        )
    former = Person.objects.filter(led_projects__participant=participant).first()
    project, _created = Project.objects.update_or_create(
        participant=participant,
        defaults={
            "title": title.strip(),
            "theme": theme,
            "leader": leader,
            "status": status,
            "start": start,
            "end": end,
            "description": description,
        },
    )
    if former is not None and former != leader:
        _unseat(project_leaders_body(participant.programme), participant, former)
        if participant.network is not None and not project.contacts.filter(person=former).exists():
            _unseat(participant.network.body, participant, former)
    if leader is not None:
        _seat_delegate(participant, leader)
        _seat(project_leaders_body(participant.programme), participant, leader)
    return project


def project_leaders_body(programme: Programme) -> Body:
    """The body of the programme's project leaders, whom its project-leader gatherings invite; made below the
    programme, with its secretaries, the first time it is needed."""
    if programme.project_leaders_id is None:
        secretaries = [
            m.person
            for m in programme.body.memberships.filter(rules.active(), role=Membership.Role.SECRETARY)
        ]
        with programme.body.in_written_standard():
            name = f"{programme.body.name}: {_('Prosjektledere')}"
        programme.project_leaders = _body_below(programme, name, Body.Kind.NETWORK, secretaries)
        programme.save(update_fields=["project_leaders"])
    return programme.project_leaders


def _seat(body: Body, participant: Participant, person: Person) -> None:
    """Make the person a member of the body on the participant's behalf, for the time it takes part, so that the
    body's invitations reach her."""
    start = participant.admitted
    end = participant.left or participant.programme.end
    seated = body.memberships.filter(person=person, organisation=participant.organisation).filter(
        Q(end__isnull=True) | Q(end__gte=start)
    )
    if not seated.exists():
        registry.add_membership(
            body,
            person,
            role=Membership.Role.MEMBER,
            organisation=participant.organisation,
            start=start,
            end=end,
        )


def _seat_delegate(participant: Participant, person: Person) -> None:
    """Seat the person in the participant's thematic network: she is of its delegation."""
    if participant.network is not None:
        _seat(participant.network.body, participant, person)


def _unseat(body: Body, participant: Participant, person: Person) -> None:
    """End the person's seat for the participant yesterday, so that today's invitations no longer reach her (a
    seat that began today or later ends on its first day)."""
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    for membership in body.memberships.filter(person=person, organisation=participant.organisation):
        if membership.end is None or membership.end > yesterday:
            registry.end_membership(membership, max(yesterday, membership.start or yesterday))


@transaction.atomic
def add_contact(project: Project, person: Person, party: str) -> Contact:
    """Name a person from the registry as the project's contact for a local party; she joins the delegation."""
    contact, created = Contact.objects.get_or_create(project=project, person=person, party=party)
    if not created:
        raise ProgrammeError(
            _("Kontaktperson: %(name)s er allerede registrert for denne parten.") % {"name": person.name}
        )
    _seat_delegate(project.participant, person)
    return contact


@transaction.atomic
def remove_contact(contact: Contact) -> None:
    project, person = contact.project, contact.person
    contact.delete()
    participant = project.participant
    still_delegate = project.contacts.filter(person=person).exists() or project.leader_id == person.pk
    if participant.network is not None and not still_delegate:
        _unseat(participant.network.body, participant, person)


@dataclass
class Tally:
    """One line of the secretariat's overview: a theme or a pulje with what is in it."""

    name: str
    networks: int = 0
    participants: int = 0
    projects: int = 0
    incomplete: int = 0  # projects without a contact person for each of the three local parties
    granted: int = 0


def overview(programme: Programme) -> tuple[list[Tally], list[Tally]]:
    """Networks, participants, projects (and those short of a local party) and money granted, per theme (by the
    project's theme) and per pulje (by the participant's)."""
    by_theme = {theme.pk: Tally(theme.name) for theme in programme.themes.all()}
    by_round = {round.pk: Tally(round.name) for round in programme.rounds.all()}
    for network in programme.networks.all():
        by_theme[network.theme_id].networks += 1
        if network.round_id:
            by_round[network.round_id].networks += 1
    participants = programme.participants.select_related("project").prefetch_related(
        "project__contacts", "project__grants"
    )
    for participant in participants:
        project = getattr(participant, "project", None)
        tallies = [by_round[participant.round_id]] if participant.round_id else []
        if project is not None:
            tallies.append(by_theme[project.theme_id])
        for tally in tallies:
            tally.participants += 1
            if project is not None:
                tally.projects += 1
                tally.incomplete += bool(project.missing_parties())
                tally.granted += sum(grant.granted for grant in project.grants.all())
    return list(by_theme.values()), list(by_round.values())


# Gatherings and representation


@transaction.atomic
def create_gathering(
    programme: Programme,
    body: Body | None,
    *,
    kind: str,
    start: dt.datetime,
    end: dt.datetime | None = None,
    title: str = "",
    place: str = "",
    host: Organisation | None = None,
    mandatory: bool = True,
    political: int = 1,
    administration: int = 1,
    union: int = 1,
) -> Gathering:
    """Plan a gathering as a meeting of the network (or of the programme) with the representation it asks.

    A project-leader gathering is a meeting of the programme's project leaders, whom it invites; a theme day is
    held by one of the programme's municipalities.
    """
    if kind == Gathering.Kind.PROJECT_LEADERS:
        body = project_leaders_body(programme)
    if body is None:
        raise ProgrammeError(_("Organ: velg nettverket eller organet samlingen hører til."))
    if kind == Gathering.Kind.THEME_DAY and not programme.participants.filter(organisation=host).exists():
        raise ProgrammeError(_("Vertskommune: en temadag holdes av en av programmets kommuner."))
    if body.pk != programme.body_id and body.parent_id != programme.body_id:
        raise ProgrammeError(_("Organ: samlingen må høre til programmet eller et av nettverkene i det."))
    if not programme.start <= timezone.localtime(start).date() <= programme.end:
        raise ProgrammeError(_("Start: datoen er utenfor programperioden."))
    if end is not None and end < start:
        raise ProgrammeError(_("Slutt: samlingen kan ikke slutte før den starter."))
    meeting_kind = Meeting.Kind.GATHERING if end and end.date() > start.date() else Meeting.Kind.ORDINARY
    meeting = meeting_services.create_meeting(
        body,
        start=start,
        end=end,
        title=title,
        place=place,
        host=host,
        kind=meeting_kind,
        is_published=body.is_public,
    )
    return Gathering.objects.create(
        meeting=meeting,
        programme=programme,
        kind=kind,
        mandatory=mandatory,
        political=political,
        administration=administration,
        union=union,
    )


# Each thematic network meets at three mandatory network gatherings during the project period (seed 003).
MANDATORY_GATHERINGS = 3


@dataclass
class GatheringPlan:
    network: ThematicNetwork
    planned: int
    held: int

    @property
    def short(self) -> int:
        return max(MANDATORY_GATHERINGS - self.planned, 0)


def gathering_plans(programme: Programme) -> list[GatheringPlan]:
    """Per thematic network: how many of its mandatory network gatherings are planned and how many are held."""
    now = timezone.now()
    plans = []
    for network in programme.networks.select_related("body"):
        meetings = Meeting.objects.filter(
            body=network.body, gathering__kind=Gathering.Kind.NETWORK, gathering__mandatory=True
        ).exclude(status=Meeting.Status.CANCELLED)
        plans.append(GatheringPlan(network, meetings.count(), meetings.filter(start__lt=now).count()))
    return plans


def participants_of(gathering: Gathering) -> list[Participant]:
    """Who the gathering is for: the network's participants that take part on its day (a theme day: its host)."""
    day = timezone.localtime(gathering.meeting.start).date()
    network = ThematicNetwork.objects.filter(body=gathering.meeting.body_id).first()
    participants = gathering.programme.participants.select_related("organisation")
    if gathering.kind == Gathering.Kind.THEME_DAY:
        participants = participants.filter(organisation=gathering.meeting.host_id)
    elif network is not None:
        participants = participants.filter(network=network)
    return [p for p in participants.order_by("organisation__name") if p.takes_part_on(day)]


@dataclass
class PartyCount:
    party: str
    label: str
    required: int
    registered: int = 0
    present: int = 0

    @property
    def met(self) -> bool:
        return self.present >= self.required


@dataclass
class Delegation:
    participant: Participant
    parties: list[PartyCount]
    delegates: list[tuple[Person, str]] = field(default_factory=list)

    @property
    def met(self) -> bool:
        return all(count.met for count in self.parties)


def representation(gathering: Gathering) -> list[Delegation]:
    """Per participant: for each local party (at a project-leader gathering: for its project leader), how many it
    must send, how many registered and how many came.

    A person counts for the party she is the project's contact for; someone who came for the organisation
    without being a contact counts for no party.
    """
    from motebok.invitations.models import Answer

    meeting = gathering.meeting
    participants = participants_of(gathering)
    contacts = Contact.objects.filter(project__participant__in=participants).select_related(
        "person", "project"
    )
    present = set(
        meeting.attendance.filter(
            status__in=[Attendance.Status.PRESENT, Attendance.Status.SUBSTITUTE]
        ).values_list("person_id", flat=True)
    )
    registered = set(
        Answer.objects.filter(meeting=meeting, response=Answer.Response.ATTENDING).values_list(
            "person_id", flat=True
        )
    )
    leaders = {
        project.participant_id: project.leader
        for project in Project.objects.filter(
            participant__in=participants, leader__isnull=False
        ).select_related("leader")
    }
    rows = []
    for participant in participants:
        counts = {
            party: PartyCount(party, str(DELEGATE_LABELS[party]), number)
            for party, number in gathering.required().items()
            if number
        }
        if gathering.kind == Gathering.Kind.PROJECT_LEADERS:
            leader = leaders.get(participant.pk)
            delegates = [(leader, PROJECT_LEADER)] if leader else []
        else:
            delegates = [(c.person, c.party) for c in contacts if c.project.participant_id == participant.pk]
        for person, party in delegates:
            count = counts.get(party)
            if count is None:
                continue
            count.registered += person.pk in registered
            count.present += person.pk in present
        rows.append(Delegation(participant, list(counts.values()), delegates))
    return rows


@transaction.atomic
def record_attendance(gathering: Gathering, present: set[int]) -> None:
    """Record which of the delegations' people came: present or absent, on behalf of their organisation."""
    meeting = gathering.meeting
    for delegation in representation(gathering):
        for person, party in delegation.delegates:
            status = Attendance.Status.PRESENT if person.pk in present else Attendance.Status.ABSENT
            Attendance.objects.update_or_create(
                meeting=meeting,
                person=person,
                defaults={
                    "status": status,
                    "organisation": delegation.participant.organisation,
                    "role": str(DELEGATE_LABELS[party]),
                },
            )
    if meeting.status in (Meeting.Status.PLANNED, Meeting.Status.INVITED) and meeting.start <= timezone.now():
        meeting.status = Meeting.Status.HELD
        meeting.save(update_fields=["status"])


# Reporting


@transaction.atomic
def open_reporting_round(
    programme: Programme,
    *,
    title: str,
    kind: str,
    deadline: dt.date,
    questions: list[tuple[str, str, list[str]]],
    round: Round | None = None,
) -> ReportingRound:
    """Open a reporting round with its form (each question as text, kind, choices) and a draft report for each
    participant that must report."""
    if not questions:
        raise ProgrammeError(_("Spørsmål: skjemaet trenger minst ett spørsmål."))
    if round is not None and round.programme_id != programme.pk:
        raise ProgrammeError(_("Pulje: puljen hører til et annet program."))
    reporting_round = ReportingRound.objects.create(
        programme=programme, title=title.strip(), kind=kind, deadline=deadline, round=round,
        opened=timezone.localdate(),
    )  # fmt: skip
    for order, (text, question_kind, choices) in enumerate(questions, start=1):
        if question_kind == Question.Kind.CHOICE and len(choices) < 2:
            raise ProgrammeError(
                _("Spørsmål %(n)d: et valgspørsmål trenger minst to svaralternativer.") % {"n": order}
            )
        Question.objects.create(
            reporting_round=reporting_round, order=order, text=text.strip(), kind=question_kind,
            choices=choices if question_kind == Question.Kind.CHOICE else [],
        )  # fmt: skip
    # Every participant that must report gets its empty report at once, to find on its people's own pages.
    for participant in reporting_participants(reporting_round):
        Report.objects.create(reporting_round=reporting_round, participant=participant)
    return reporting_round


def reporting_participants(reporting_round: ReportingRound) -> list[Participant]:
    """The participants who must report: those of the round's pulje (or all), admitted by the deadline."""
    participants = reporting_round.programme.participants.filter(
        admitted__lte=reporting_round.deadline
    ).filter(Q(left__isnull=True) | Q(left__gte=reporting_round.opened))
    if reporting_round.round_id:
        participants = participants.filter(round=reporting_round.round_id)
    return list(participants.select_related("organisation", "network__body", "project__leader"))


@transaction.atomic
def report_for(reporting_round: ReportingRound, participant: Participant) -> Report:
    """The participant's report in the round, started as an empty draft the first time."""
    if participant.pk not in {p.pk for p in reporting_participants(reporting_round)}:
        raise ProgrammeError(
            _("%(org)s rapporterer ikke i denne runden.") % {"org": participant.organisation.name}
        )
    report, _created = Report.objects.get_or_create(reporting_round=reporting_round, participant=participant)
    return report


def _clean_answer(question: Question, raw: str) -> str:
    raw = (raw or "").strip()
    if not raw:
        return ""
    if question.kind == Question.Kind.NUMBER:
        try:
            float(raw.replace(" ", "").replace(",", "."))
        except ValueError:
            raise ProgrammeError(_("«%(q)s»: skriv et tall.") % {"q": question.text}) from None
    if question.kind == Question.Kind.CHOICE and raw not in question.choices:
        raise ProgrammeError(_("«%(q)s»: velg et av alternativene.") % {"q": question.text})
    return raw


@transaction.atomic
def save_report(
    report: Report, answers: dict[int, str], *, by: Person | None, submit: bool = False
) -> Report:
    """Save the answers as a draft, or submit them; a submitted report is not changed again."""
    report = Report.objects.select_for_update().get(pk=report.pk)
    if report.status == Report.Status.SUBMITTED:
        raise ProgrammeError(_("Rapporten er allerede levert og kan ikke endres."))
    questions = list(report.reporting_round.questions.all())
    cleaned = {str(q.pk): _clean_answer(q, answers.get(q.pk, "")) for q in questions}
    if submit:
        empty = [q.text for q in questions if not cleaned[str(q.pk)]]
        if empty:
            raise ProgrammeError(
                _("Svar på alle spørsmålene før du leverer. Mangler: %(q)s") % {"q": "; ".join(empty)}
            )
        report.status = Report.Status.SUBMITTED
        report.submitted = timezone.now()
        report.submitted_by = by
    report.answers = cleaned
    report.save()
    return report


@transaction.atomic
def publish_report(report: Report, published: bool = True) -> Report:
    """Publish a submitted report to everyone who sees the programme, or take it back."""
    report = Report.objects.select_for_update().get(pk=report.pk)
    if published and report.status != Report.Status.SUBMITTED:
        raise ProgrammeError(_("Bare en levert rapport kan publiseres."))
    report.is_published = published
    report.save(update_fields=["is_published"])
    return report


class Standing:
    DELIVERED = "delivered"
    LATE = "late"
    MISSING = "missing"


STANDING_LABELS = {
    Standing.DELIVERED: gettext_lazy("Levert"),
    Standing.LATE: gettext_lazy("Forsinket"),
    Standing.MISSING: gettext_lazy("Ikke levert ennå"),
}


@dataclass
class ReportLine:
    participant: Participant
    report: Report | None
    standing: str

    @property
    def standing_label(self) -> str:
        return str(STANDING_LABELS[self.standing])


def report_lines(reporting_round: ReportingRound, today: dt.date | None = None) -> list[ReportLine]:
    """Each participant that must report: delivered, late (deadline passed, not delivered) or not yet delivered."""
    today = today or timezone.localdate()
    reports = {r.participant_id: r for r in reporting_round.reports.all()}
    lines = []
    for participant in reporting_participants(reporting_round):
        report = reports.get(participant.pk)
        if report is not None and report.status == Report.Status.SUBMITTED:
            standing = Standing.DELIVERED
        elif today > reporting_round.deadline:
            standing = Standing.LATE
        else:
            standing = Standing.MISSING
        lines.append(ReportLine(participant, report, standing))
    return lines


def standing_by_network(lines: list[ReportLine]) -> list[dict]:
    """Delivered, late and missing counted per thematic network, for the round's chart."""
    groups: dict[str, dict] = {}
    for line in lines:
        network = line.participant.network
        name = network.body.name if network else str(_("Uten nettverk"))
        group = groups.setdefault(
            name, {"network": name, Standing.DELIVERED: 0, Standing.LATE: 0, Standing.MISSING: 0}
        )
        group[line.standing] += 1
    return [groups[name] for name in sorted(groups)]


# Grants


@transaction.atomic
def set_grant(
    project: Project,
    *,
    year: int,
    granted: int,
    paid: int = 0,
    used: int | None = None,
    reporting_round: ReportingRound | None = None,
) -> Grant:
    """Record the year's grant to a project: granted, paid out, and what the project reported used."""
    if paid > granted:
        raise ProgrammeError(_("Utbetalt: kan ikke være mer enn tildelt."))
    if reporting_round is not None and reporting_round.programme_id != project.participant.programme_id:
        raise ProgrammeError(_("Rapporteringsrunde: runden hører til et annet program."))
    grant, _created = Grant.objects.update_or_create(
        project=project,
        year=year,
        defaults={"granted": granted, "paid": paid, "used": used, "reporting_round": reporting_round},
    )
    return grant
