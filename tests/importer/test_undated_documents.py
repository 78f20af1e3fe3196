"""`motebok import` of documents without a meeting date: cases and conclusions kept, never duplicated."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from motebok.documents.models import Document
from motebok.importer.models import WaitingConclusion
from motebok.meetings.models import AgendaItem, Case, Meeting
from tests.importer.documents import MARCH_INVITATION, MARCH_SUMMARY, UNDATED_SUMMARY, write

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _files_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def run_import(*args) -> str:
    out = StringIO()
    call_command(
        "import", *map(str, args), "--body", "Kommunedirektørkollegiet", stdout=out, stderr=StringIO()
    )
    return out.getvalue()


def conclusions(meeting: Meeting) -> dict[int, str]:
    return dict(meeting.agenda.values_list("case__sequence", "conclusion"))


def test_it_concludes_the_cases_on_the_meeting_their_numbers_point_to(tmp_path):
    run_import(write(tmp_path, "innkalling.txt", MARCH_INVITATION))

    run_import(write(tmp_path, "oppsummering.txt", UNDATED_SUMMARY))

    meeting = Meeting.objects.get()
    assert conclusions(meeting) == {14: "Tas til orientering.", 15: "Tas til orientering og oppfølging."}
    assert Document.objects.get(original_name="oppsummering.txt").meeting == meeting
    assert meeting.attendance.count() == 4
    assert Case.objects.count() == 2


def test_it_keeps_the_conclusions_until_the_meeting_is_imported(tmp_path):
    output = run_import(write(tmp_path, "oppsummering.txt", UNDATED_SUMMARY))

    assert not Meeting.objects.exists()
    case = Case.objects.get(year=2022, sequence=14)
    assert case.title == "Informasjons- og oppfølgingsaker"
    assert WaitingConclusion.objects.get(case=case).text == "Tas til orientering."
    assert "ingen møtedato" in output

    run_import(write(tmp_path, "innkalling.txt", MARCH_INVITATION))

    meeting = Meeting.objects.get()
    assert conclusions(meeting) == {14: "Tas til orientering.", 15: "Tas til orientering og oppfølging."}
    assert Case.objects.count() == 2


def test_the_meetings_own_conclusion_replaces_one_borrowed_from_an_undated_document(tmp_path):
    postponed = UNDATED_SUMMARY.replace("Tas til orientering og oppfølging.", "Utsatt til neste møte.")
    run_import(write(tmp_path, "oppsummering.txt", postponed))
    run_import(write(tmp_path, "innkalling.txt", MARCH_INVITATION))

    run_import(write(tmp_path, "mars.txt", MARCH_SUMMARY))

    assert conclusions(Meeting.objects.get())[15] == "Tas til orientering og oppfølging."


def test_a_borrowed_conclusion_goes_to_one_meeting_only(tmp_path):
    run_import(write(tmp_path, "oppsummering.txt", UNDATED_SUMMARY))
    run_import(write(tmp_path, "innkalling.txt", MARCH_INVITATION))

    run_import(write(tmp_path, "april.txt", MARCH_INVITATION.replace("14. mars", "4. april")))

    april = Meeting.objects.get(start__month=4)
    assert conclusions(april) == {14: "", 15: ""}


def test_it_makes_no_second_case_when_an_undated_document_is_imported_again(tmp_path):
    path = write(tmp_path, "oppsummering.txt", UNDATED_SUMMARY)
    run_import(path)
    before = (Case.objects.count(), WaitingConclusion.objects.count(), Document.objects.count())

    run_import(path, "--again")

    assert (Case.objects.count(), WaitingConclusion.objects.count(), Document.objects.count()) == before
    assert not AgendaItem.objects.exists()


def test_a_case_presentation_keeps_its_number_proposal_and_document(tmp_path):
    seed = SEEDS / "003_986427bbf4942d48.txt"
    if not seed.is_file():
        pytest.skip(f"the shared seed documents are not at {SEEDS}")

    run_import(seed)

    case = Case.objects.get(year=2014, sequence=34)
    assert "Sammen om en bedre kommune" in case.title
    assert WaitingConclusion.objects.get(case=case).text.startswith("Administrasjonsutvalget tar saken")
    assert Document.objects.get().case == case
