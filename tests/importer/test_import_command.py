"""`motebok import`: files into records, once, all or nothing, with a summary and an exit status."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from motebok.documents.models import Document
from motebok.importer.models import ImportRecord
from motebok.meetings.models import ActionItem, AgendaItem, Attendance, Case, Deadline, Meeting
from motebok.registry.models import Body, Organisation, Person
from tests.importer.documents import (
    APRIL_SUMMARY,
    BROKEN_SUMMARY,
    FOUNDING_MINUTES_2017,
    MARCH_SUMMARY,
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
    assert output.split("\n")[2].split() == ["0", "1", "0"]


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
