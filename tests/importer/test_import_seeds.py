"""`motebok import` of the five real seed documents, checked field by field against the shared gold labels."""

from __future__ import annotations

import copy
import datetime as dt
import json
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from rapidfuzz import fuzz

from motebok.importer.casenumbers import parse_case_number
from motebok.importer.matching import fold_name
from motebok.importer.models import ImportRecord, WaitingConclusion
from motebok.importer.resolver import Resolver
from motebok.importer.services import proposed_body, save_review
from motebok.meetings.models import ActionItem, AgendaItem, Attendance, Case, Deadline, Meeting
from motebok.registry.models import Body, Organisation, Person
from tests.importer.test_import_command import row_counts

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS, GOLD = SHARED / "seeds", SHARED / "extraction" / "gold"
OSLO = ZoneInfo("Europe/Oslo")

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not GOLD.is_dir(), reason=f"the shared seeds and gold labels are not at {SHARED}"),
]

# The body each seed's import ends up on once the secretary confirms it: the gold's name with the region of the
# sign-off line (002), and a name for the founding meeting, whose network had none yet (000).
BODIES = {
    "000_60cab7274692668e": ("Helseleiarnettverket Hordaland", "helseleiarnettverket-hordaland", "network"),
    "001_06ea1d10c74425d4": ("Helseledernettverk Helgeland", "helseledernettverk-helgeland", "network"),
    "002_efc57fcdf3308992": (
        "Kommunedirektørkollegiet Nordmøre",
        "kommunedirektorkollegiet-nordmore",
        "college",
    ),
    "003_986427bbf4942d48": ("Administrasjonsutvalget", "administrasjonsutvalget", "other"),
    "004_bb032be2586d1de7": ("Styringsgruppe VÅG", "styringsgruppe-vag", "steering_group"),
}
# The case each follow-up belongs to, by the start of its task, as the documents' sections give them.
FOLLOW_UP_CASES = {
    "følge opp mot KS": "14-22",
    "følge opp saken (Kontroll": "14-22",
    "utarbeide forslag til felles": "14-22",
    "utarbeide forslag til uttalelse": "14-22",
    "følge opp saken: Kompetanse": "17-22",
    "følge opp videre arbeid": "18-22",
    "få på plass": "Leder arbeidsgruppe økonomi",
    "skaffe ny arbeidsgruppeleder": "Leder arbeidsgruppe økonomi",
    "skrive statusoppdateringer": "HR Prosjekt – tilbakemelding fra arbeidsgruppene",
    "utforme et avsnitt": "HR Prosjekt – tilbakemelding fra arbeidsgruppene",
}


@pytest.fixture(autouse=True)
def _files_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def import_seed(name: str) -> ImportRecord:
    """Import the seed as a secretary would: the command keeps it for review, the review names the body."""
    call_command("import", str(SEEDS / f"{name}.txt"), stdout=StringIO(), stderr=StringIO())
    record = ImportRecord.objects.get(original_name=f"{name}.txt")
    assert record.status == ImportRecord.Status.DRAFT and record.body is None
    body_name = proposed_body(record) or BODIES[name][0]
    save_review(record, record.effective_record(), Resolver(), body_name=body_name)
    record.refresh_from_db()
    return record


def gold(name: str) -> dict:
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))


def same(a: str | None, b: str | None) -> bool:
    return fuzz.ratio(fold_name(a or ""), fold_name(b or "")) >= 90


@pytest.mark.parametrize("name", sorted(BODIES))
def test_each_seed_is_stored_as_its_gold_label_says(name):
    record = import_seed(name)
    label = gold(name)
    body = record.body

    assert (body.name, body.slug, body.kind) == BODIES[name]
    assert Body.objects.count() == 1
    meeting_label = label["meeting"]
    if meeting_label["date"] is None:
        assert record.meeting is None and not Meeting.objects.exists()
    else:
        meeting = Meeting.objects.get(body=body)
        start = meeting.start.astimezone(OSLO)
        assert start.date().isoformat() == meeting_label["date"]
        assert start.strftime("%H:%M") == (meeting_label["start"] or "00:00")
        assert (meeting.end.astimezone(OSLO).strftime("%H:%M") if meeting.end else None) == meeting_label[
            "end"
        ]
        assert (meeting.place or None) == meeting_label["place"]
        assert meeting.format == (meeting_label["format"] or Meeting.Format.PHYSICAL)
        assert_attendance(meeting, label)
    assert_cases(body, record.meeting, label)
    assert_follow_ups(body, label)
    deadlines = list(Deadline.objects.filter(body=body).order_by("date"))
    wanted = sorted(label["deadlines"], key=lambda d: d["date"])
    assert [d.date.isoformat() for d in deadlines] == [d["date"] for d in wanted]
    for stored, expected in zip(deadlines, wanted, strict=True):
        assert fuzz.token_set_ratio(fold_name(expected["what"]), fold_name(stored.what)) >= 90


def assert_attendance(meeting: Meeting, label: dict) -> None:
    status_of = {a.person.name: a for a in meeting.attendance.select_related("person", "organisation")}
    expected = {p["name"]: Attendance.Status.PRESENT for p in label["present"]}
    expected |= {name: Attendance.Status.ABSENT for name in label["absent"]}
    expected |= {name: Attendance.Status.GUEST for name in label["guests"]}
    assert {name: a.status for name, a in status_of.items()} == expected
    for person in label["present"]:
        attendance = status_of[person["name"]]
        assert (attendance.person.email or None) == person["email"]
        if person["organization"]:
            assert same(attendance.organisation.name, person["organization"]), person
    for role in ("chair", "minute_taker"):
        assert (getattr(meeting, role).name if getattr(meeting, role) else None) == label[role]


def assert_cases(body: Body, meeting: Meeting | None, label: dict) -> None:
    cases = list(Case.objects.filter(body=body).order_by("pk"))
    assert [c.title for c in cases] == [c["title"] for c in label["cases"]]
    for case, wanted in zip(cases, label["cases"], strict=True):
        number = parse_case_number(wanted["number"])
        if number:
            assert (case.year, case.sequence) == number
        if meeting is not None:
            conclusion = AgendaItem.objects.get(meeting=meeting, case=case).conclusion
        else:
            waiting = WaitingConclusion.objects.filter(case=case).first()
            conclusion = waiting.text if waiting else ""
        assert (conclusion or None) == wanted["conclusion"]


def assert_follow_ups(body: Body, label: dict) -> None:
    """Every stored follow-up is one of the gold's, with its owner, on the case whose section holds it."""
    stored = list(
        ActionItem.objects.filter(body=body).select_related("owner_person", "owner_organisation", "case")
    )
    assert len(stored) >= len(label["action_items"]) - 1
    for item in stored:
        owner = item.owner_text or (item.owner_person or item.owner_organisation).name
        assert any(
            same(owner, g["owner"]) or fold_name(owner) in fold_name(g["owner"])
            for g in label["action_items"]
        )
        case = next((c for prefix, c in FOLLOW_UP_CASES.items() if item.what.startswith(prefix)), None)
        if case is not None:
            assert case in (item.case.title, f"{item.case.sequence}-{item.case.year % 100}"), item.what


def test_the_os_participant_of_2017_is_os_in_hordaland():
    import_seed("000_60cab7274692668e")

    os = Person.objects.get(name="Nils Petter Borge").organisation
    assert (os.number, os.kind) == ("1243", Organisation.Kind.MUNICIPALITY)


def test_a_second_import_of_the_seeds_changes_nothing(tmp_path):
    for name in BODIES:
        import_seed(name)
    before = row_counts()

    call_command("import", str(SEEDS), stdout=StringIO(), stderr=StringIO())
    call_command("import", str(SEEDS), "--again", stdout=StringIO(), stderr=StringIO())

    assert row_counts() == before


def test_a_corrected_field_survives_a_re_import_of_the_seed():
    record = import_seed("004_bb032be2586d1de7")
    corrected = copy.deepcopy(record.effective_record())
    corrected["meeting"]["place"] = "Teams (Grue kommune)"
    save_review(record, corrected)

    call_command(
        "import", str(SEEDS / "004_bb032be2586d1de7.txt"), "--again", stdout=StringIO(), stderr=StringIO()
    )

    assert Meeting.objects.get().place == "Teams (Grue kommune)"
    assert Meeting.objects.get().start.astimezone(OSLO).date() == dt.date(2022, 6, 28)
