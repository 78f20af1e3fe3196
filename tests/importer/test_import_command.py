"""`motebok import`: files into records, once, all or nothing, with a summary and an exit status."""

from __future__ import annotations

import datetime as dt
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from motebok.documents.models import Document
from motebok.importer.models import ImportRecord
from motebok.importer.resolver import Resolver
from motebok.meetings.models import ActionItem, AgendaItem, Attendance, Case, Deadline, Meeting
from motebok.registry.models import Body, Organisation, Person
from tests.importer.documents import (
    APRIL_SUMMARY,
    BROKEN_SUMMARY,
    FOUNDING_MINUTES_2017,
    MARCH_SUMMARY,
    OS_MINUTES_2017,
    STEERING_GROUP_MINUTES,
    write,
)

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"
MODELS = (
    Body,
    Organisation,
    Person,
    Meeting,
    Attendance,
    Case,
    AgendaItem,
    ActionItem,
    Deadline,
    Document,
    ImportRecord,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _files_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def college(db) -> Body:
    """The body the test documents name: a document names an existing body, or waits for review."""
    return Body.objects.create(
        name="Kommunedirektørkollegiet", slug="kommunedirektorkollegiet", kind=Body.Kind.COLLEGE
    )


def run_import(*args) -> str:
    out = StringIO()
    call_command("import", *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue()


def row_counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def test_it_imports_a_summary_into_meeting_cases_follow_ups_and_document(tmp_path):
    run_import(write(tmp_path, "mars.txt", MARCH_SUMMARY))

    body = Body.objects.get(name="Kommunedirektørkollegiet")
    meeting = Meeting.objects.get(body=body)
    assert (meeting.start.date().isoformat(), meeting.place) == ("2022-03-14", "Tingvoll Økopark")
    assert meeting.attendance.filter(status=Attendance.Status.PRESENT).count() == 3
    case = Case.objects.get(body=body, year=2022, sequence=14)
    assert case.placements.get(meeting=meeting).conclusion == "Tas til orientering."
    assert ActionItem.objects.get(body=body).owner_organisation.name == "Kristiansund"
    assert Deadline.objects.get(body=body).date.isoformat() == "2022-05-06"
    document = Document.objects.get(meeting=meeting)
    assert document.kind == Document.Kind.SUMMARY and document.file and len(document.sha256) == 64
    assert "Tingvoll Økopark" in document.extracted_text


def test_imported_cases_are_found_by_their_members_in_the_archive_search(tmp_path):
    from motebok.search.finding import Filters, find
    from motebok.search.models import Entry
    from motebok.search.query import parse

    run_import(write(tmp_path, "mars.txt", MARCH_SUMMARY))
    case = Case.objects.get(year=2022, sequence=14)
    staff = type("Staff", (), {"is_authenticated": True, "is_staff": True})()
    found = Entry.objects.filter(pk__in=find(staff, parse(case.title.split()[0]), Filters()))
    assert case.pk in set(found.values_list("case_id", flat=True))
    assert Entry.objects.filter(case=case).count() >= 1


def test_it_changes_nothing_on_a_second_import_of_the_same_file(tmp_path):
    path = write(tmp_path, "mars.txt", MARCH_SUMMARY)
    run_import(path)
    before = row_counts()

    output = run_import(path)

    assert row_counts() == before
    assert output.split("\n")[2].split() == ["0", "1", "0", "0", "0"]


def test_it_enriches_the_existing_meeting_instead_of_making_a_second(tmp_path):
    run_import(write(tmp_path, "mars.txt", MARCH_SUMMARY))
    invitation = MARCH_SUMMARY.replace("Tingvoll Økopark", "").replace("Sak 15-22", "Sak 16-22")

    run_import(write(tmp_path, "innkalling.txt", invitation))

    meeting = Meeting.objects.get()
    assert meeting.place == "Tingvoll Økopark"
    assert sorted(meeting.agenda.values_list("case__sequence", flat=True)) == [14, 15, 16]
    assert meeting.documents.count() == 2


def test_it_finds_arne_ingebrigtsen_when_a_later_document_names_arne_i(tmp_path):
    run_import(write(tmp_path, "mars.txt", MARCH_SUMMARY))

    run_import(write(tmp_path, "april.txt", APRIL_SUMMARY))

    arne = Person.objects.get(name="Arne Ingebrigtsen")
    assert ActionItem.objects.get(what__contains="KS Møre og Romsdal").owner_person == arne
    assert Person.objects.filter(name__startswith="Arne").count() == 1


def test_it_links_fjell_in_2017_to_fjell_and_through_it_to_oygarden(tmp_path):
    run_import(write(tmp_path, "2017.txt", FOUNDING_MINUTES_2017), "--body", "Helseledernettverket")

    line = Person.objects.get(name="Line Barmen")
    fjell = line.organisation
    assert (fjell.name, fjell.number) == ("Fjell", "1246")
    assert Attendance.objects.get(person=line).organisation == fjell
    assert [(o.name, o.number) for o in fjell.current_successors()] == [("Øygarden", "4626")]


def test_it_flags_a_misspelt_municipal_domain_without_fixing_it(tmp_path):
    output = run_import(write(tmp_path, "2017.txt", FOUNDING_MINUTES_2017), "--body", "Helseledernettverket")

    assert "askoy.komune.no ligner askoy.kommune.no" in output
    assert Person.objects.get(name="Torgeir Sæter").email == "torgeir.seter@askoy.komune.no"
    assert "askoy.kommune.no" in ImportRecord.objects.get().warnings[0]


def test_a_file_that_fails_halfway_leaves_nothing_of_itself(tmp_path):
    run_import(write(tmp_path, "mars.txt", MARCH_SUMMARY))
    before = row_counts()
    stored_files = sorted((tmp_path / "media").rglob("*"))

    with pytest.raises(CommandError, match="1 av 1 filer"):
        run_import(write(tmp_path, "ødelagt.txt", BROKEN_SUMMARY))

    assert row_counts() == before
    assert sorted((tmp_path / "media").rglob("*")) == stored_files


def test_it_names_each_failed_file_with_its_reason_and_goes_on(tmp_path):
    write(tmp_path, "mars.txt", MARCH_SUMMARY)
    (tmp_path / "tom.txt").write_text("   \n")
    out = StringIO()

    with pytest.raises(CommandError):
        call_command("import", str(tmp_path), stdout=out, stderr=StringIO())

    assert Meeting.objects.count() == 1
    failure = [line for line in out.getvalue().splitlines() if "tom.txt" in line]
    assert failure and "ingen tekst" in failure[0]


def test_it_keeps_case_numbers_unique_per_body_and_year(tmp_path):
    run_import(write(tmp_path, "mars.txt", MARCH_SUMMARY))
    carried_over = APRIL_SUMMARY.replace("Sak 20-22 Helseplattformen", "Sak 15-22 Tema Ledelse")

    run_import(write(tmp_path, "april.txt", carried_over))

    case = Case.objects.get(year=2022, sequence=15)
    assert case.placements.count() == 2


def test_the_seed_documents_import(tmp_path):
    if not SEEDS.is_dir():
        pytest.skip(f"the shared seed documents are not at {SEEDS}")

    run_import(SEEDS, "--body", "Importerte dokumenter")

    assert ImportRecord.objects.filter(status=ImportRecord.Status.IMPORTED).count() == 5
    assert Case.objects.filter(body__name="Importerte dokumenter", year=2022, sequence=18).exists()
    assert Person.objects.get(name="Line Barmen").organisation.number == "1246"


def test_it_stores_the_meeting_form_the_document_gives(tmp_path, college):
    run_import(write(tmp_path, "vag.txt", STEERING_GROUP_MINUTES), "--body", "Styringsgruppe VÅG")
    hybrid = MARCH_SUMMARY.replace(
        "Tingvoll Økopark\n", "Tingvoll Økopark\n\nInviterte\n\nKjetil Leirbekk - teams\n"
    )
    run_import(write(tmp_path, "mars.txt", hybrid))

    assert Meeting.objects.get(body__name="Styringsgruppe VÅG").format == Meeting.Format.DIGITAL
    assert Meeting.objects.get(body=college).format == Meeting.Format.HYBRID


def test_it_numbers_the_meeting_as_its_heading_does(tmp_path, college):
    run_import(write(tmp_path, "mars.txt", MARCH_SUMMARY))

    meeting = Meeting.objects.get(body=college)
    assert (meeting.year, meeting.number, meeting.display_number) == (2022, 3, "22-03")


def test_a_document_for_an_unknown_body_waits_for_review_and_creates_nothing(tmp_path, college):
    college.delete()
    signed = MARCH_SUMMARY + "\nNordmøre, 17. mars 2022\n\nBerit Hannasvik\nLeder\n"

    output = run_import(write(tmp_path, "mars.txt", signed))

    assert Body.objects.count() == 0 and Meeting.objects.count() == 0 and Person.objects.count() == 0
    record = ImportRecord.objects.get()
    assert record.status == ImportRecord.Status.DRAFT and record.body is None
    assert "«Kommunedirektørkollegiet Nordmøre» finnes ikke" in output
    assert f"/import/{record.pk}/" in output


def test_it_finds_an_existing_body_by_a_shorter_name_without_body_option(tmp_path, college):
    college.name = "Kommunedirektørkollegiet Nordmøre"
    college.save()
    run_import(write(tmp_path, "mars.txt", MARCH_SUMMARY))
    run_import(write(tmp_path, "april.txt", APRIL_SUMMARY))

    assert Body.objects.count() == 1
    assert Meeting.objects.filter(body=college).count() == 2
    assert Person.objects.filter(name="Berit Hannasvik").count() == 1


def test_it_gives_a_follow_up_to_the_case_whose_section_it_is_in(tmp_path):
    run_import(write(tmp_path, "vag.txt", STEERING_GROUP_MINUTES), "--body", "Styringsgruppe VÅG")

    case_of = {
        item.owner_text or item.owner_person.name: item.case.title for item in ActionItem.objects.all()
    }
    assert case_of == {
        "Ole Frode Mikkelsgård": "Leder arbeidsgruppe økonomi",
        "Kommunedirektørene": "HR Prosjekt – tilbakemelding fra arbeidsgruppene",
    }


def test_it_resolves_os_in_hordaland_by_the_e_mail_domain_at_the_meetings_date(tmp_path):
    run_import(write(tmp_path, "2017.txt", OS_MINUTES_2017), "--body", "Helseledernettverket")

    os = Person.objects.get(name="Nils Petter Borge").organisation
    assert (os.name, os.number, os.kind) == ("Os", "1243", Organisation.Kind.MUNICIPALITY)
    assert not Organisation.objects.filter(name="Os", kind=Organisation.Kind.OTHER).exists()


def test_a_date_in_year_9999_fails_that_file_and_the_rest_are_imported(tmp_path):
    write(tmp_path, "a-mars.txt", MARCH_SUMMARY)
    write(tmp_path, "b-fremtid.txt", APRIL_SUMMARY.replace("Mandag 4. april 2022", "Dato: 31.12.9999"))
    write(tmp_path, "c-april.txt", APRIL_SUMMARY)
    out = StringIO()

    with pytest.raises(CommandError, match="1 av 3 filer"):
        call_command("import", str(tmp_path), stdout=out, stderr=StringIO())

    assert Meeting.objects.count() == 2
    failure = [line for line in out.getvalue().splitlines() if "b-fremtid.txt" in line]
    assert failure and "31.12.9999 kan ikke stemme" in failure[0]


def test_an_e_mail_and_its_attachment_become_linked_documents(tmp_path, college):
    from email.message import EmailMessage

    mail = EmailMessage()
    mail["Subject"] = "Oppsummering fra =?utf-8?q?m=C3=B8tet?= 14. mars"
    mail["From"] = "Ellen Engdahl <ellen@example.no>"
    mail.set_content("Hei,\nvedlagt er oppsummeringen.\n", cte="quoted-printable")
    mail.add_attachment(MARCH_SUMMARY.encode(), maintype="text", subtype="plain", filename="oppsummering.txt")
    (tmp_path / "melding.eml").write_bytes(bytes(mail))

    run_import(tmp_path / "melding.eml", "--body", college.name)

    message = Document.objects.get(file_type="eml")
    attachment = Document.objects.get(attached_to=message)
    assert attachment.original_name == "oppsummering.txt" and attachment.meeting.body == college
    assert "Oppsummering fra møtet 14. mars" in message.extracted_text
    assert Case.objects.filter(body=college, year=2022, sequence=14).exists()


def test_the_bullets_under_a_case_become_its_notes_beside_its_conclusion(tmp_path, college):
    signed = MARCH_SUMMARY + "\nNordmøre, 17. mars 2022\n\nBerit Hannasvik\nLeder\n"
    run_import(write(tmp_path, "mars.txt", signed))
    run_import(write(tmp_path, "vag.txt", STEERING_GROUP_MINUTES), "--body", "Styringsgruppe VÅG")

    first, second = AgendaItem.objects.filter(meeting__body=college).order_by("order")
    assert first.notes.startswith("- Kontrollutvalgssekretariat – Kristiansund kommune følger opp saken\n")
    assert "Oppsummering" not in first.notes and "Tas til orientering" not in first.notes
    assert first.conclusion == "Tas til orientering."
    assert "Nordmøre, 17. mars" not in second.notes and "Berit Hannasvik" not in second.notes
    economy = AgendaItem.objects.get(case__title="Leder arbeidsgruppe økonomi")
    assert economy.notes.startswith("Økonomisjefen i Våler hadde vervet tidligere.")
    assert "NAV" not in economy.notes


def test_a_second_document_asks_the_registry_nothing_more_about_a_follow_up_owner_that_is_no_municipality():
    # The March summary's follow-up goes to "Arne I."; asking whether that names a municipality read every
    # municipality of the year for every document, a fifth of the import's time.
    resolver = Resolver()
    day = dt.date(2022, 3, 14)
    assert resolver.organisation("Arne I.", day, create=False) is None

    with CaptureQueriesContext(connection) as asked:
        assert resolver.organisation("Arne I.", day, create=False) is None

    assert [q["sql"] for q in asked.captured_queries] == []
