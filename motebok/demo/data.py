"""Demo data: a few realistic networks with members, past meetings with minutes, cases and follow-ups.

Other apps add their part through a module `<app>.demo_data` with a function `extend(demo: Demo)`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from importlib import import_module
from importlib.util import find_spec
from zoneinfo import ZoneInfo

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from motebok.meetings import services
from motebok.meetings.models import ActionItem, Attendance, Case, Deadline, Meeting
from motebok.registry.models import Body, Mandate, Membership, Person
from motebok.registry.municipalities import resolve_municipality

OSLO = ZoneInfo("Europe/Oslo")
DEMO_PASSWORD = "motebok-demo"
LOGINS = {
    "admin": "Nettstedsadministrator (alt)",
    "sekretaer": "Sekretær i Kommunedirektørkollegiet Nordmøre og Helseledernettverk Helgeland",
    "leder": "Leder av Kommunedirektørkollegiet Nordmøre",
    "medlem": "Medlem av Kommunedirektørkollegiet Nordmøre",
    "styring": "Medlem av Styringsgruppe VÅG (ikke publisert)",
    "programsekretaer": "Sekretariatet for utviklingsprogrammet Saman om ein betre kommune",
    "prosjektleder": "Prosjektleder i Steinkjer, Saman om ein betre kommune (rapporten er forsinket)",
}

HELGELAND_MANDATE = """Helseledernettverk Helgeland er et ledernettverk på strategisk nivå for de kommunene som hører til \
Helsefellesskap Helgeland. Det består av én administrativ toppleder fra hver kommune, som er den i ledergruppen til \
kommunedirektøren med overordnet ansvar for helse, velferd og omsorg.

Interkommunal samhandlingsleder skal lede digitale møter og ivareta sekretariatsfunksjonen for ledernettverket. \
Lederskap på fysiske samlinger skal ligge til vertskommunen for samlingen.

Det avholdes månedlige digitale møter med en tidsramme på inntil 2 timer. Det tilstrebes i tillegg å avholde fysiske \
samlinger en gang i kvartalet, lunsj til lunsj, i ulike kommuner på Helgeland.

Deltakelse med stedfortreder avtales med den som har lederskapet i ledernettverket."""


@dataclass
class Demo:
    """What the demo created, for other apps' `extend` functions to build on."""

    users: dict[str, object] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    bodies: dict[str, Body] = field(default_factory=dict)
    meetings: dict[str, Meeting] = field(default_factory=dict)
    cases: dict[str, Case] = field(default_factory=dict)
    today: dt.date = field(default_factory=timezone.localdate)


def is_loaded() -> bool:
    return Body.objects.filter(slug="kdk-nordmore").exists()


@transaction.atomic
def load_demo() -> Demo:
    """Create the demo data (call once: `is_loaded()` tells)."""
    demo = Demo()
    _users(demo)
    _nordmore(demo)
    _helgeland(demo)
    _vag(demo)
    for config in apps.get_app_configs():
        module_name = f"{config.name}.demo_data"
        if config.name.startswith("motebok.") and find_spec(module_name):
            import_module(module_name).extend(demo)
    return demo


def _users(demo: Demo) -> None:
    user_model = get_user_model()
    for username in LOGINS:
        user = user_model.objects.create_user(username, f"{username}@demo.motebok.no", DEMO_PASSWORD)
        if username == "admin":
            user.is_staff = user.is_superuser = True
            user.save()
        demo.users[username] = user


def _person(
    demo: Demo, name: str, municipality: str | None, title: str = "", username: str | None = None
) -> Person:
    organisation = resolve_municipality(municipality) if municipality else None
    slug = name.lower().replace(" ", ".").replace("ø", "o").replace("å", "a").replace("æ", "ae")
    domain = (
        organisation.email_domains[0] if organisation and organisation.email_domains else "demo.motebok.no"
    )
    person = Person.objects.create(
        name=name,
        email=f"{slug}@{domain}",
        title=title,
        organisation=organisation,
        user=demo.users.get(username) if username else None,
    )
    demo.people[name] = person
    return person


def _member(body: Body, person: Person, role: str = Membership.Role.MEMBER) -> Membership:
    return Membership.objects.create(
        body=body, person=person, role=role, organisation=person.organisation, start=dt.date(2020, 1, 1)
    )


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=OSLO)


def _weekday(day: dt.date) -> dt.date:
    """The same day, or the Monday after it if it falls on a weekend."""
    return day + dt.timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def _held_meeting(
    body: Body, day: dt.date, place: str, fmt: str, attendees: list[Person], absent: list[Person]
):
    meeting = services.create_meeting(
        body,
        start=_at(day, 13),
        end=_at(day, 16),
        place=place,
        format=fmt,
        status=Meeting.Status.APPROVED,
        is_published=body.is_public,
    )
    for person in attendees:
        Attendance.objects.create(meeting=meeting, person=person, organisation=person.organisation)
    for person in absent:
        Attendance.objects.create(
            meeting=meeting, person=person, organisation=person.organisation, status=Attendance.Status.ABSENT
        )
    return meeting


def _case(
    meeting: Meeting, title: str, notes: str, conclusion: str, kind=Case.Kind.ORIENTATION, **access
) -> Case:
    case = Case.objects.create(
        body=meeting.body, title=title, kind=kind, status=Case.Status.CONCLUDED, **access
    )
    item = services.place_case(case, meeting)
    item.notes, item.conclusion = notes, conclusion
    item.save()
    case.status = Case.Status.CONCLUDED
    case.save(update_fields=["status"])
    return case


def _nordmore(demo: Demo) -> None:
    body = Body.objects.create(
        name="Kommunedirektørkollegiet Nordmøre",
        slug="kdk-nordmore",
        kind=Body.Kind.COLLEGE,
        is_public=True,
        case_number_format=Body.CaseNumberFormat.DASH,
        description="Kommunedirektørene i kommunene på Nordmøre møtes jevnlig for å samordne felles saker.",
        standard_conclusions=[
            "Tas til orientering.",
            "Tas til etterretning.",
            "Saken utsettes.",
            "Vedtatt som foreslått.",
        ],
    )
    demo.bodies["nordmore"] = body
    Mandate.objects.create(
        body=body,
        adopted=dt.date(2020, 2, 1),
        physical_gatherings_per_year=8,
        text="Kollegiet samordner kommunenes arbeid i saker av felles interesse for Nordmøre, "
        "forbereder felles høringsuttalelser og følger opp regionale samarbeidsavtaler.",
    )
    chair = _person(demo, "Berit Hannasvik", "Tingvoll", "Kommunedirektør", "leder")
    members = [
        chair,
        _person(demo, "Knut Haugen", "Sunndal", "Kommunedirektør", "medlem"),
        _person(demo, "Arne Ingebrigtsen", "Kristiansund", "Kommunedirektør"),
        _person(demo, "Randi Dyrnes", "Smøla", "Kommunedirektør"),
        _person(demo, "Odd Arild Bugge", "Surnadal", "Kommunedirektør"),
        _person(demo, "Birgit Eckhoff", "Averøy", "Kommunedirektør"),
    ]
    secretary = _person(demo, "Ellen Engdahl", None, "Daglig leder, regionrådet", "sekretaer")
    for person in members:
        _member(body, person, Membership.Role.CHAIR if person is chair else Membership.Role.MEMBER)
    _member(body, secretary, Membership.Role.SECRETARY)

    last_year = demo.today.year - 1
    earlier = _held_meeting(
        body,
        _weekday(dt.date(last_year, 11, 14)),
        "Kristiansund rådhus",
        Meeting.Format.PHYSICAL,
        members[:5] + [secretary],
        members[5:],
    )
    _case(
        earlier,
        "Felles høringsuttalelse om regional plan",
        "- Utkast gjennomgått.\n- Innspill sendes sekretariatet.",
        "Tas til orientering.",
    )
    _case(
        earlier,
        "Budsjett for regionrådet",
        "- Forslag lagt fram av daglig leder.",
        "Vedtatt som foreslått.",
        kind=Case.Kind.DECISION,
    )

    day = _weekday(dt.date(demo.today.year, 3, 14) if demo.today.month > 3 else dt.date(last_year, 3, 14))
    meeting = _held_meeting(
        body, day, "Tingvoll Økopark", Meeting.Format.HYBRID, members[:5] + [secretary], members[5:]
    )
    meeting.chair, meeting.minute_taker = chair, secretary
    meeting.save()
    demo.meetings["nordmore_held"] = meeting
    info = _case(
        meeting,
        "Informasjons- og oppfølgingssaker",
        "- Bruk av BankID – Arne Ingebrigtsen følger opp mot KS Møre og Romsdal.\n"
        "- Kontrollutvalgssekretariat – Kristiansund kommune følger opp saken.\n"
        "- Utviklingsplan for helseregionen er sendt på høring med frist 6. mai.",
        "Tas til orientering.",
        kind=Case.Kind.FOLLOW_UP,
    )
    _case(
        meeting,
        "Tema ledelse",
        "- Utvikling av rollen som kommunedirektør.\n- Utvide kommunedirektørmøtet i juni.",
        "Tas til orientering og oppfølging.",
        kind=Case.Kind.DISCUSSION,
    )
    exempt = _case(
        meeting,
        "Oppnevning av forhandlingsutvalg – lønnsvilkår for daglig leder",
        "- Drøftet lønnsvilkår og forhandlingsmandat.",
        "Saken tas til etterretning.",
        kind=Case.Kind.DECISION,
        access="exempt",
        exemption_basis="offl. § 25",
        public_title="Oppnevning av forhandlingsutvalg",
    )
    sustainability = _case(
        meeting,
        "Bærekraft – felles prosjekt etter plansamarbeidet",
        "- Ønske om fellesprosjekt også etter at plansamarbeidet avsluttes.\n- Dialog med statsforvalteren om finansiering.",
        "Arbeidsgruppa følger opp videre arbeid med å konkretisere innhold i mulig videreføring av felles prosjekt.",
        kind=Case.Kind.DISCUSSION,
    )
    demo.cases.update(nordmore_info=info, nordmore_exempt=exempt, nordmore_sustainability=sustainability)
    ActionItem.objects.create(
        what="Følge opp bruk av BankID mot KS Møre og Romsdal",
        owner_person=members[2],
        body=body,
        case=info,
        meeting=meeting,
        due=demo.today + dt.timedelta(days=5),
    )
    ActionItem.objects.create(
        what="Følge opp saken om kontrollutvalgssekretariat",
        owner_organisation=members[2].organisation,
        body=body,
        case=info,
        meeting=meeting,
    )
    ActionItem.objects.create(
        what="Konkretisere innhold i mulig videreføring av felles prosjekt",
        owner_text="Arbeidsgruppa",
        body=body,
        case=sustainability,
        meeting=meeting,
        due=demo.today + dt.timedelta(days=30),
    )
    Deadline.objects.create(
        body=body,
        what="Høring om utviklingsplan for helseregionen",
        date=demo.today + dt.timedelta(days=20),
        kind=Deadline.Kind.CONSULTATION,
        source="Sak om informasjons- og oppfølgingssaker",
        case=info,
        meeting=meeting,
    )


def _helgeland(demo: Demo) -> None:
    body = Body.objects.create(
        name="Helseledernettverk Helgeland",
        slug="helseledernettverk-helgeland",
        kind=Body.Kind.NETWORK,
        is_public=True,
        case_number_format=Body.CaseNumberFormat.SLASH,
        description="Ledernettverk på strategisk nivå for helse, velferd og omsorg i kommunene på Helgeland.",
        standard_conclusions=["Tas til orientering.", "Tas til etterretning.", "Saken utsettes."],
    )
    demo.bodies["helgeland"] = body
    Mandate.objects.create(
        body=body,
        text=HELGELAND_MANDATE,
        adopted=dt.date(2023, 1, 15),
        digital_meetings_per_month=1,
        digital_meeting_max_minutes=120,
        physical_gatherings_per_year=4,
        hosting_in_rotation=True,
        overnight_gatherings_per_year=1,
        substitute_rule=Mandate.SubstituteRule.AGREED_WITH_LEADER,
    )
    leaders = [
        ("Hanne Sørvik", "Alstahaug"),
        ("Per Inge Aas", "Brønnøy"),
        ("Marit Vollan", "Vefsn"),
        ("Tor Edvin Lind", "Rana"),
        ("Siri Tårnes", "Hemnes"),
        ("Jon Are Mo", "Leirfjord"),
    ]
    for index, (name, municipality) in enumerate(leaders):
        role = Membership.Role.CHAIR if index == 0 else Membership.Role.MEMBER
        _member(body, _person(demo, name, municipality, "Kommunalsjef helse og omsorg"), role)
    _member(body, demo.people["Ellen Engdahl"], Membership.Role.SECRETARY)
    # The region has more municipalities than members: the members page shows who has no one yet.
    region = [*(municipality for _, municipality in leaders), "Vega", "Herøy", "Nesna"]
    body.municipalities.set([resolve_municipality(name, county="Nordland") for name in region])
    people = [demo.people[name] for name, _ in leaders]
    day = _weekday(demo.today - dt.timedelta(days=40))
    meeting = _held_meeting(body, day, "Teams", Meeting.Format.DIGITAL, people[:5], people[5:])
    meeting.online_link = "https://teams.microsoft.com/l/meetup-join/demo"
    meeting.save()
    _case(
        meeting,
        "Erfaringer med digital hjemmeoppfølging",
        "- Vefsn og Rana delte erfaringer.",
        "Tas til orientering.",
    )
    _case(
        meeting,
        "Innspill til Helsefellesskap Helgeland",
        "- Felles innspill utarbeides.",
        "Sekretariatet sender innspillet innen fristen.",
        kind=Case.Kind.DECISION,
    )


def _vag(demo: Demo) -> None:
    body = Body.objects.create(
        name="Styringsgruppe VÅG",
        slug="styringsgruppe-vag",
        kind=Body.Kind.STEERING_GROUP,
        is_public=False,
        description="Styringsgruppa for det interkommunale prosjektet mellom Våler, Åsnes og Grue.",
    )
    demo.bodies["vag"] = body
    economy = Body.objects.create(
        name="Arbeidsgruppe økonomi",
        slug="vag-arbeidsgruppe-okonomi",
        kind=Body.Kind.WORKING_GROUP,
        parent=body,
    )
    names = [
        ("Alf Marcus Vang", "Våler"),
        ("Asgeir Rustad", "Åsnes"),
        ("Ole Frode Mikkelsgård", "Grue"),
        ("Otto Langmoen", "Åsnes"),
    ]
    for name, municipality in names:
        username = "styring" if name == "Asgeir Rustad" else None
        _member(body, _person(demo, name, municipality, "Kommunedirektør", username))
    _member(economy, demo.people["Otto Langmoen"])
    day = _weekday(demo.today - dt.timedelta(days=100))
    meeting = _held_meeting(
        body, day, "Teams", Meeting.Format.DIGITAL, [demo.people[n] for n, _ in names], []
    )
    _case(
        meeting,
        "Leder arbeidsgruppe økonomi",
        "- Gruppa har ikke klart å konstituere ny leder.",
        "Grue får i oppgave å få på plass en ny gruppeleder.",
        kind=Case.Kind.DECISION,
    )
