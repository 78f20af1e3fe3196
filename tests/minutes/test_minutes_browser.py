"""End to end in headless Chromium: the minutes of a meeting like seeds/002 are written, approved and published,
and the next meeting's agenda lists the open follow-ups."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.conftest import at, log_in, make_person
from tests.minutes.conftest import docx_text, pdf_text

CASES = {
    "Sak 14-22": ("Informasjons- og oppfølgingsaker", "Tas til orientering"),
    "Sak 15-22": ("Tema Ledelse", "Tas til orientering og oppfølging."),
    "Sak 16-22": ("Oppnevning av forhandlingsutvalg for Samarbeidsavtalen", "Tas til etterretning"),
    "Sak 17-22": ("Samarbeid HiM", "Orienteringen tas til orientering."),
    "Sak 18-22": (
        "Bærekraft",
        "Arbeidsgruppa følger opp videre arbeid med å konkretisere innhold i mulig videreføring.",
    ),
    "Sak 19-22": ("Eventuelt", "Ingen saker som ble diskutert."),
}
NOTES = {
    "Sak 14-22": "- Bruk av BankID – Arne I. følger opp mot KS Møre og Romsdal\n- Kontrollutvalgssekretariat",
    "Sak 15-22": "- Utvikling av rollen som kommunedirektør\n- Utvide Kommunedirektørmøtet i juni",
    "Sak 17-22": "- Samarbeidsavtalen signert.",
    "Sak 18-22": "- Ønske om fellesprosjekt også etter at plansamarbeidet avsluttes.",
}
# (case, what, owner field, owner, due)
FOLLOW_UPS = [
    (
        "Sak 14-22",
        "Følge opp bruk av BankID mot KS Møre og Romsdal",
        "owner_person",
        "Arne Ingebrigtsen",
        "2022-04-30",
    ),
    ("Sak 14-22", "Følge opp saken om kontrollutvalgssekretariat", "owner_organisation", "Kristiansund", ""),
    (
        "Sak 15-22",
        "Forberede utvidet kommunedirektørmøte i juni",
        "owner_person",
        "Berit Hannasvik",
        "2022-06-01",
    ),
    (
        "Sak 17-22",
        "Følge opp flere studieplasser i sykepleie",
        "owner_text",
        "Helseledernettverk Nordmøre",
        "",
    ),
    (
        "Sak 18-22",
        "Konkretisere mulig videreføring av felles prosjekt",
        "owner_text",
        "Arbeidsgruppa",
        "2022-09-01",
    ),
]
DEADLINES = [
    ("Uttalelse om domstolstruktur", "2022-04-26", "IPR"),
    ("Høring om utviklingsplan for HMR", "2022-05-06", "Helse Møre og Romsdal"),
]


@pytest.fixture
def new_page(browser):
    """Open a page in a browser context of its own (one per person); every context is closed afterwards."""
    contexts = []

    def open_page():
        contexts.append(browser.new_context(locale="nb-NO"))
        return contexts[-1].new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def college(transactional_db):
    """The college, its members, and the meeting of 14 March 2022 with its six cases numbered Sak 14-22 to 19-22."""
    from motebok.meetings import services
    from motebok.meetings.models import Attendance, Case, Meeting
    from motebok.registry.models import Body, Membership, Organisation

    body = Body.objects.create(
        name="Kommunedirektørkollegiet Nordmøre",
        slug="kdk",
        is_public=True,
        case_number_format=Body.CaseNumberFormat.DASH,
    )
    kristiansund = Organisation.objects.create(name="Kristiansund", kind=Organisation.Kind.MUNICIPALITY)
    people = {}
    for name, username, role in [
        ("Berit Hannasvik", "berit", Membership.Role.CHAIR),
        ("Knut Haugen", "knut", Membership.Role.MEMBER),
        ("Arne Ingebrigtsen", "arne", Membership.Role.MEMBER),
        ("Randi Dyrnes", None, Membership.Role.MEMBER),
        ("Odd Arild Bugge", None, Membership.Role.MEMBER),
        ("Birgit Eckhoff", None, Membership.Role.MEMBER),
        ("Ellen Engdahl", "ellen", Membership.Role.SECRETARY),
    ]:
        email = f"{name.split()[0].lower()}@nordmore.no"
        organisation = kristiansund if name == "Arne Ingebrigtsen" else None
        people[name] = make_person(name, username, organisation=organisation, email=email)
        Membership.objects.create(body=body, person=people[name], role=role, organisation=organisation)
    meeting = services.create_meeting(
        body,
        start=at(2022, 3, 14, 13),
        end=at(2022, 3, 14, 16),
        place="Tingvoll Økopark",
        status=Meeting.Status.HELD,
        is_published=True,
    )
    for offset, (title, _conclusion) in enumerate(CASES.values()):
        case = Case.objects.create(body=body, title=title, year=2022, sequence=14 + offset)
        services.place_case(case, meeting)
    # The members' answers, as the invitations app records them.
    guest = make_person("Kjetil Leirbekk", email="kjetil@averoy.no")
    for name, person in people.items():
        status = Attendance.Status.ABSENT if name == "Birgit Eckhoff" else Attendance.Status.PRESENT
        if name == "Ellen Engdahl":
            status = Attendance.Status.STAFF
        Attendance.objects.create(meeting=meeting, person=person, status=status)
    Attendance.objects.create(
        meeting=meeting,
        person=guest,
        status=Attendance.Status.GUEST,
        remote=True,
        role="ass. kommunedirektør Averøy",
    )
    return meeting


def _write_minutes(page, live_server, meeting) -> None:
    log_in(page, live_server, "ellen")
    page.goto(f"{live_server.url}/mote/{meeting.pk}/")
    page.get_by_role("link", name="Skriv protokoll").click()
    page.get_by_role("button", name="Start protokollen").click()
    page.select_option("#id_roles-chair", label="Berit Hannasvik")
    page.select_option("#id_roles-minute_taker", label="Ellen Engdahl")
    for number, (_title, conclusion) in CASES.items():
        section = page.locator(f'article[data-case="{number}"]')
        section.locator("textarea[name$='-notes']").fill(NOTES.get(number, ""))
        section.locator("input[name$='-conclusion']").fill(conclusion)
    rows: dict[str, int] = {}
    for number, what, owner_field, owner, due in FOLLOW_UPS:
        row = rows.get(number, 0)
        rows[number] = row + 1
        section = page.locator(f'article[data-case="{number}"]')
        section.locator(f"input[name$='-{row}-what']").fill(what)
        if owner_field == "owner_text":
            section.locator(f"input[name$='-{row}-owner_text']").fill(owner)
        else:
            section.locator(f"select[name$='-{row}-{owner_field}']").select_option(label=owner)
        if due:
            section.locator(f"input[name$='-{row}-due']").fill(due)
    for row, (what, day, source) in enumerate(DEADLINES):
        page.fill(f"#id_deadlines-{row}-what", what)
        page.fill(f"#id_deadlines-{row}-date", day)
        page.select_option(f"#id_deadlines-{row}-kind", "consultation")
        page.fill(f"#id_deadlines-{row}-source", source)
        page.select_option(f"#id_deadlines-{row}-case", label="14-22 Informasjons- og oppfølgingsaker")
    page.get_by_role("button", name="Lagre protokollen").click()
    expect(page.get_by_text("Protokollen er lagret (versjon 1).")).to_be_visible()


def _flat(text: str) -> str:
    return " ".join(text.split())


def _assert_complete(text: str) -> None:
    text = _flat(text)
    for number, (title, conclusion) in CASES.items():
        assert f"{number} {title}" in text, number
        assert conclusion in text, conclusion
    for _number, what, _field, owner, _due in FOLLOW_UPS:
        assert what in text and owner in text, what
    for what, _day, source in DEADLINES:
        assert what in text and source in text, what
    for name in ("Berit Hannasvik", "Birgit Eckhoff", "Ellen Engdahl", "Kjetil Leirbekk"):
        assert name in text


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_it_writes_approves_and_publishes_minutes_and_carries_the_follow_ups(
    college, new_page, live_server, smtp
):
    from motebok.meetings import services
    from motebok.meetings.models import ActionItem, Deadline

    meeting = college
    secretary = new_page()
    _write_minutes(secretary, live_server, meeting)
    assert ActionItem.objects.filter(meeting=meeting, status="open").count() == 5
    assert Deadline.objects.filter(body=meeting.body, kind="consultation").count() == 2

    chair = new_page()
    log_in(chair, live_server, "berit")
    chair.goto(f"{live_server.url}/protokoll/mote/{meeting.pk}/skriv/")
    chair.get_by_role("button", name="Godkjenn protokollen").click()
    expect(chair.get_by_text("Protokollen er godkjent og sendt til 7 medlemmer.")).to_be_visible()

    visitor = new_page()
    visitor.goto(f"{live_server.url}/mote/{meeting.pk}/")
    visitor.get_by_role("link", name="Protokoll", exact=True).click()
    visitor.wait_for_url(f"**/protokoll/mote/{meeting.pk}/")
    _assert_complete(visitor.locator("main").inner_text())
    assert "Godkjent av Berit Hannasvik" in visitor.locator("main").inner_text()
    pdf = visitor.request.get(f"{live_server.url}/protokoll/mote/{meeting.pk}/protokoll.pdf")
    word = visitor.request.get(f"{live_server.url}/protokoll/mote/{meeting.pk}/protokoll.docx")
    _assert_complete(pdf_text(pdf.body()))
    _assert_complete(docx_text(word.body()))
    assert len(smtp.messages) == 7

    from motebok.planning.agenda import open_follow_ups, set_up_agenda

    next_meeting = services.create_meeting(meeting.body, start=at(2022, 4, 11, 13), place="Teams")
    set_up_agenda(next_meeting)
    assert sorted(a.what for a in open_follow_ups(next_meeting)) == sorted(f[1] for f in FOLLOW_UPS)
    secretary.goto(f"{live_server.url}/planlegging/mote/{next_meeting.pk}/saksliste/")
    agenda = _flat(secretary.locator("main").inner_text())
    for _number, what, _field, owner, _due in FOLLOW_UPS:
        assert f"{what} – {owner}" in agenda
