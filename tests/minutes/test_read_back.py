"""Møtebok reads its own published minutes back: the extraction engine finds in the PDF and the Word file the
same cases, conclusions and attendance that were approved."""

from __future__ import annotations

import pytest

from motebok.extraction.parse import extract_record
from motebok.extraction.readers import read_document
from motebok.meetings.models import Attendance
from tests.conftest import make_person
from tests.minutes.conftest import approve

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(world, meeting, client, tmp_path):
    """The approved minutes, downloaded as the public gets them, with attendance and a decision."""
    for name, status in [
        ("Berit Hannasvik", Attendance.Status.PRESENT),
        ("Knut Haugen", Attendance.Status.PRESENT),
        ("Arne Ingebrigtsen", Attendance.Status.ABSENT),
    ]:
        Attendance.objects.create(meeting=meeting, person=make_person(name), status=status)
    Attendance.objects.create(meeting=meeting, person=world.secretary, status=Attendance.Status.PRESENT)
    approve(meeting, conclusion="Tas til orientering")
    files = {}
    for extension in ("pdf", "docx"):
        response = client.get(f"/protokoll/mote/{meeting.pk}/protokoll.{extension}")
        files[extension] = tmp_path / f"protokoll.{extension}"
        files[extension].write_bytes(response.content)
    return files


@pytest.mark.parametrize("extension", ["pdf", "docx"])
def test_it_reads_its_own_minutes_back(world, meeting, published, extension):
    source = read_document(published[extension])
    record = extract_record(source.text, ocr=source.ocr)

    cases = [(c.number, c.title, c.conclusion) for c in record.cases]
    expected = [
        # The public minutes keep an exempt case's conclusion back.
        (item.case.number, item.case.title_for(False), None if item.case.is_exempt else "Tas til orientering")
        for item in meeting.agenda.select_related("case__body").order_by("order")
    ]
    assert record.doc_type == "minutes"
    assert cases == expected
    assert sorted(p.name for p in record.present) == ["Berit Hannasvik", "Knut Haugen", "Sara Sekretær"]
    assert record.absent == ["Arne Ingebrigtsen"]
