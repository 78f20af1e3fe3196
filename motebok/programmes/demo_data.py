"""Demo: the programme of seed 003, "Saman om ein betre kommune", moved to the present so that it runs.

Its themes are the brochure's (innovation from the second year), its networks the real network gatherings'
(Nettverk nærvær Nord-Vest, Kompetanse nord, Omdømme), its municipalities from several counties, some of
its projects by their real names ("Saman om eit betre omdøme" in Strand, "Langtidfrisk" in Notodden,
"Blikk for muligheter" in Asker). One network has held two of its three gatherings with attendance by
municipality; Steinkjer held a theme day; the project leaders meet next month; the annual reporting round is
open, its deadline passed, some municipalities delivered and some are late; the projects have grants, last
year's reported in that round.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from motebok.programmes import services
from motebok.programmes.models import Gathering, Party, Project, Question
from motebok.registry.models import Person
from motebok.registry.municipalities import resolve_municipality

OSLO = ZoneInfo("Europe/Oslo")

THEMES = (
    ("Sykefravær", "Etablere en nærværskultur og redusere sykefravær gjennom å utvikle tiltak, opparbeide kunnskap og "
     "sikre erfaringsoverføring i kommunal sektor."),
    ("Heltid/deltid", "Etablere en heltidskultur og prøve ut tiltak og modeller som avskaffer ufrivillig deltid og øker "
     "gjennomsnittlig stillingsstørrelse."),
    ("Kompetanse og rekruttering", "Styrke evnen til strategisk kompetanseplanlegging, og realisere kompetanse- og "
     "rekrutteringstiltak som er tilpasset innbyggernes forventninger og kommunens utfordringer."),
    ("Omdømme", "Styrke kommunenes omdømme gjennom å utvikle og synliggjøre kommunenes arbeid og lokale prosjekter."),
)  # fmt: skip

# Network, theme, and its municipalities with their project's title.
NETWORKS = (
    ("Nettverk nærvær Nord-Vest", "Sykefravær", (
        ("Steinkjer", "Nærvær i helse og omsorg"),
        ("Vefsn", "Friskere sammen"),
        ("Alstahaug", "Nærværskultur i hjemmetjenesten"),
        ("Eigersund", "Et friskere Eigersund"),
    )),
    ("Nettverk kompetanse nord", "Kompetanse og rekruttering", (
        ("Andøy", "Rekruttering til helse og omsorg"),
        ("Hadsel", "Kompetanseplan for Hadsel"),
        ("Lødingen", "Lærlinger i kommunen"),
        ("Tana", "Kompetanse i nord"),
    )),
    ("Nettverk omdømme", "Omdømme", (
        ("Strand", "Saman om eit betre omdøme"),
        ("Notodden", "Langtidfrisk"),
        ("Verdal", "Stolt av jobben"),
    )),
)  # fmt: skip


def _weekday(day: dt.date) -> dt.date:
    """The day, or the Monday after if it falls on a weekend."""
    return day + dt.timedelta(days=7 - day.weekday()) if day.weekday() >= 5 else day


def _when(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=OSLO)


def _person(name: str, municipality, username: str | None = None, demo=None) -> Person:
    domain = municipality.email_domains[0] if municipality.email_domains else "demo.motebok.no"
    address = name.lower().replace(" ", ".").replace("ø", "o").replace("å", "a").replace("æ", "ae")
    user = demo.users.get(username) if username else None
    return Person.objects.create(name=name, email=f"{address}@{domain}", organisation=municipality, user=user)


def extend(demo) -> None:
    today = demo.today
    secretary = Person.objects.create(
        name="Mette Mannsåker", email="mette.mannsaker@demo.motebok.no", title="Seniorrådgiver",
        user=demo.users.get("programsekretaer"),
    )  # fmt: skip
    programme = services.create_programme(
        name="Saman om ein betre kommune",
        start=dt.date(today.year - 1, 1, 1),
        end=dt.date(today.year + 2, 12, 31),
        secretaries=[secretary],
        organisation=("council", "secretariat", "steering_group", "resource_group"),
        is_public=True,
        written_standard="nn",
        description="Eit samarbeid mellom departementet, KS, LO Kommune, YS Kommune, Unio og Akademikerne om lokale "
        "prosjekt på sjukefråvær, heltid/deltid, kompetanse og rekruttering og omdømme.",
    )
    demo.bodies["saman"] = programme.body
    themes = {name: services.add_theme(programme, name=name, goal=goal) for name, goal in THEMES}
    themes["Innovasjon"] = services.add_theme(
        programme, name="Innovasjon", goal="Innovasjon knyttet til de fire hovedtemaene.",
        available_from=dt.date(today.year, 1, 1),
    )  # fmt: skip
    first = services.add_round(programme, name="Pulje 1", admitted=programme.start)
    second = services.add_round(programme, name="Pulje 2", admitted=dt.date(today.year - 1, 10, 1))

    participants = {}
    for index, (network_name, theme, members) in enumerate(NETWORKS):
        network = services.create_network(
            programme, name=network_name, theme=themes[theme], round=first if index < 2 else second,
            secretaries=[secretary],
        )  # fmt: skip
        for municipality_name, title in members:
            municipality = resolve_municipality(municipality_name, on=today)
            participant = services.admit(
                programme, municipality, admitted=network.round.admitted, round=network.round, network=network
            )
            username = "prosjektleder" if municipality_name == "Steinkjer" else None
            leader = _person(f"Prosjektleder {municipality_name}", municipality, username, demo)
            project = services.save_project(
                participant, title=title, theme=themes[theme], leader=leader, status=Project.Status.ACTIVE,
                start=network.round.admitted, end=programme.end,
                description=f"{municipality_name} kommune arbeider med {theme.lower()} i et lokalt partssamarbeid.",
            )  # fmt: skip
            parties = (Party.POLITICAL, Party.ADMINISTRATION, Party.UNION)
            # Tana has not named its union representative yet: the secretariat sees the missing party.
            for party in parties[:2] if municipality_name == "Tana" else parties:
                label = {Party.POLITICAL: "Ordfører", Party.ADMINISTRATION: "Kommunedirektør",
                         Party.UNION: "Hovedtillitsvalgt"}[party]  # fmt: skip
                services.add_contact(project, _person(f"{label} {municipality_name}", municipality), party)
            services.set_grant(project, year=today.year, granted=250_000, paid=125_000)
            participants[municipality_name] = participant
    asker = services.admit(programme, resolve_municipality("Asker", on=today), admitted=dt.date(today.year, 1, 1),
                           round=second)  # fmt: skip
    services.save_project(
        asker, title="Blikk for muligheter", theme=themes["Innovasjon"], leader=_person("Prosjektleder Asker", asker.organisation),
        status=Project.Status.ACTIVE, start=dt.date(today.year, 2, 1),
        description="Kommunestyret vedtok en innovasjonsstrategi; prosjektet prøver den ut i tjenestene.",
    )  # fmt: skip

    _gatherings(programme, participants, today)
    _reporting(programme, participants, today)


def _gatherings(programme, participants, today: dt.date) -> None:
    """The three gatherings of Nettverk nærvær Nord-Vest (two held, with attendance), Steinkjer's theme day, and
    a project-leader gathering next month."""
    network = participants["Steinkjer"].network
    plan = (
        (today - dt.timedelta(days=300), "Nettverkssamling 1: Hensikt og mål", "Utsikten hotell, Kvinesdal"),
        (today - dt.timedelta(days=120), "Nettverkssamling 2: Dypdykk i tema", "Holberg hotell, Bergen"),
        (
            today + dt.timedelta(days=60),
            "Nettverkssamling 3: Implementering og gevinstrealisering",
            "Mosjøen",
        ),
    )
    leaders_day = _weekday(today + dt.timedelta(days=30))
    services.create_gathering(
        programme, None, kind=Gathering.Kind.PROJECT_LEADERS, start=_when(leaders_day, 10),
        end=_when(leaders_day, 16), title="Prosjektledersamling: rapportering og gevinstrealisering",
        place="KS-huset, Oslo",
    )  # fmt: skip
    for number, (day, title, place) in enumerate(plan, start=1):
        day = day + dt.timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 4 else day
        gathering = services.create_gathering(
            programme, network.body, kind=Gathering.Kind.NETWORK, start=_when(day, 10),
            end=_when(day + dt.timedelta(days=1), 14), title=title, place=place,
        )  # fmt: skip
        if day < today:
            came = set()
            for delegation in services.representation(gathering):
                name = delegation.participant.organisation.name
                for person, party in delegation.delegates:
                    # Eigersund's union representative missed both; Alstahaug sent no politician the second time.
                    stayed_home = (name == "Eigersund" and party == Party.UNION) or (
                        name == "Alstahaug" and party == Party.POLITICAL and number == 2
                    )
                    if not stayed_home:
                        came.add(person.pk)
            services.record_attendance(gathering, came)
    theme_day = _weekday(today - dt.timedelta(days=200))
    services.create_gathering(
        programme, network.body, kind=Gathering.Kind.THEME_DAY, start=_when(theme_day, 9),
        end=_when(theme_day, 15), title="Temadag om nærvær i Steinkjer", place="Steinkjer rådhus",
        host=participants["Steinkjer"].organisation, mandatory=False, political=0, administration=0, union=0,
    )  # fmt: skip


def _reporting(programme, participants, today: dt.date) -> None:
    """The open annual round: its deadline passed a week ago; some delivered, Steinkjer and others are late.
    Last year's grants belong to it: those who delivered reported what they used."""
    reporting_round = services.open_reporting_round(
        programme, title=f"Årsrapport {today.year - 1}", kind="annual", deadline=today - dt.timedelta(days=7),
        questions=[
            ("Hva er gjort i prosjektet det siste året?", Question.Kind.TEXT, []),
            ("Sykefravær eller gjennomsnittlig stillingsstørrelse ved siste måling (prosent)", Question.Kind.NUMBER, []),
            ("Er alle tre lokale parter med i prosjektgruppen?", Question.Kind.CHOICE, ["Ja", "Delvis", "Nei"]),
        ],
    )  # fmt: skip
    questions = list(reporting_round.questions.all())
    delivered = {"Vefsn", "Alstahaug", "Andøy", "Hadsel", "Strand", "Notodden"}
    for report in reporting_round.reports.select_related(
        "participant__organisation", "participant__project__leader"
    ):
        name = report.participant.organisation.name
        if name in participants:
            services.set_grant(
                report.participant.project, year=today.year - 1, granted=300_000, paid=300_000,
                used=270_000 if name in delivered else None, reporting_round=reporting_round,
            )  # fmt: skip
        if name in delivered:
            answers = [f"{name} har kartlagt utfordringene og prøvd ut tiltak i to enheter.", "7,2", "Ja"]
            report = services.save_report(report, dict(zip([q.pk for q in questions], answers, strict=True)),
                                          by=report.participant.project.leader, submit=True)  # fmt: skip
            if name == "Strand":
                services.publish_report(report)
        elif name == "Steinkjer":
            services.save_report(
                report, {questions[0].pk: "Utkast: temadag holdt, kartlegging i gang."}, by=None
            )
