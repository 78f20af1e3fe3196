"""Every upload page refuses what is too large (while it streams in), a program under a document's name, content
that is not what the name says, and zip bombs, with a Norwegian message that names the file."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from motebok.documents.models import Document
from motebok.documents.uploads import LimitedUploadHandler, RefusedUpload
from motebok.importer.models import ImportRecord
from motebok.meetings.models import Case
from motebok.meetings.services import create_meeting
from motebok.planning.agenda import set_up_agenda
from tests.conftest import at

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% Notat om legevaktsamarbeid\n"
WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(2000)
LINUX_PROGRAM = b"\x7fELF\x02\x01\x01" + bytes(2000)


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.FILE_UPLOAD_TEMP_DIR = tmp_path / "uploads"
    settings.FILE_UPLOAD_TEMP_DIR.mkdir()


def word_document() -> bytes:
    document = docx.Document()
    document.add_paragraph("Referat fra møtet i Helseledernettverket.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_bomb(marker: str) -> bytes:
    """An Office-shaped zip whose one big entry of zeros unpacks to a thousand times its size."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(marker, "<x/>")
        archive.writestr("bomb.xml", bytes(20 * 1024 * 1024))
    return out.getvalue()


def _propose(world, *files):
    return world.client_for(world.member).post(
        reverse("planning:propose", args=[world.network.slug]),
        {"title": "Felles legevakt", "kind": Case.Kind.ORIENTATION, "attachments": list(files)},
    )


def _attach(world, upload):
    meeting = create_meeting(world.network, start=at(2031, 3, 11, 9))
    case = Case.objects.create(body=world.network, title="Legevakt", status=Case.Status.ACCEPTED)
    set_up_agenda(meeting, [case])
    return world.client_for(world.secretary).post(
        reverse("planning:agenda", args=[meeting.pk]), {"action": "attach", "case": case.pk, "file": upload}
    )


def _import(world, upload):
    client = world.client_for(world.secretary)
    response = client.post(reverse("importer:upload", args=[world.network.slug]), {"files": [upload]})
    return client.get(response.url).content.decode()


def test_the_handler_stops_keeping_a_file_once_it_passes_the_limit(monkeypatch, settings):
    monkeypatch.setenv("MOTEBOK_MAX_DOCUMENT_BYTES", str(100 * 1024))
    handler = LimitedUploadHandler()
    handler.new_file("attachments", "stor.pdf", "application/pdf", None)
    temporary = handler.file.temporary_file_path()
    chunk = b"%PDF" + bytes(64 * 1024 - 4)
    written = []
    for start in range(0, 10 * len(chunk), len(chunk)):
        handler.receive_data_chunk(chunk, start)
        written.append(0 if handler.file.closed else handler.file.tell())
    # Past 100 KB nothing more is written: the temporary file is closed and removed at once.
    assert written[:2] == [64 * 1024, 0] and set(written[1:]) == {0}
    assert not list(settings.FILE_UPLOAD_TEMP_DIR.iterdir())
    assert temporary.startswith(str(settings.FILE_UPLOAD_TEMP_DIR))
    refused = handler.file_complete(10 * len(chunk))
    assert isinstance(refused, RefusedUpload)
    assert refused.refusal == "stor.pdf: filen er over grensen på 0,1 MB; del den opp"


def test_a_proposal_with_a_too_large_attachment_is_refused_and_named(world, monkeypatch):
    monkeypatch.setenv("MOTEBOK_MAX_DOCUMENT_BYTES", str(100 * 1024))
    response = _propose(world, SimpleUploadedFile("stor.pdf", PDF + bytes(300 * 1024)))
    assert response.status_code == 200
    assert "stor.pdf: filen er over grensen på 0,1 MB" in response.content.decode()
    assert not Case.objects.filter(title="Felles legevakt").exists()
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (WINDOWS_PROGRAM, "rapport.pdf: filen er et Windows-program, ikke et dokument"),
        (LINUX_PROGRAM, "rapport.pdf: filen er et program (ELF), ikke et dokument"),
        (
            b"Bare tekst, ingen PDF.",
            "rapport.pdf: filen er skadet, eller den er ikke en PDF-fil slik navnet sier",
        ),
    ],
)
def test_a_proposal_refuses_a_file_whose_content_is_not_a_pdf(world, content, reason):
    response = _propose(
        world, SimpleUploadedFile("rapport.pdf", content), SimpleUploadedFile("notat.pdf", PDF)
    )
    assert reason in response.content.decode()
    assert not Case.objects.exists()
    assert not Document.objects.exists()


def test_a_proposal_refuses_a_name_that_lies_and_a_type_we_do_not_take(world):
    page = _propose(world, SimpleUploadedFile("notat.docx", PDF)).content.decode()
    assert "notat.docx: innholdet er PDF, ikke det filnavnet sier (.docx)" in page
    page = _propose(world, SimpleUploadedFile("verktøy.exe", WINDOWS_PROGRAM)).content.decode()
    assert "verktøy.exe: denne filtypen støttes ikke (.exe)" in page
    assert not Document.objects.exists()


def test_a_proposal_keeps_real_documents_of_every_kind(world):
    response = _propose(
        world,
        SimpleUploadedFile("notat.pdf", PDF),
        SimpleUploadedFile("referat.docx", word_document()),
        SimpleUploadedFile("tall.csv", b"a;b\n1;2\n"),
        SimpleUploadedFile("side.txt", b"<p>Lagret nettside</p>"),
    )
    assert response.status_code == 302
    names = set(Document.objects.values_list("original_name", flat=True))
    assert names == {"notat.pdf", "referat.docx", "tall.csv", "side.txt"}


@pytest.mark.parametrize(
    ("name", "marker"), [("referat.docx", "word/document.xml"), ("tall.xlsx", "xl/workbook.xml")]
)
def test_an_attachment_that_is_a_zip_bomb_is_refused(world, name, marker):
    response = _attach(world, SimpleUploadedFile(name, zip_bomb(marker)))
    assert response.status_code == 200
    assert f"{name}: pakker seg ut til 20,0 MB" in response.content.decode()
    assert "mulig zip-bombe" in response.content.decode()
    assert not Document.objects.exists()


def test_an_attachment_that_is_a_program_is_refused_and_a_real_one_kept(world):
    response = _attach(world, SimpleUploadedFile("saksframlegg.pdf", WINDOWS_PROGRAM))
    assert "saksframlegg.pdf: filen er et Windows-program" in response.content.decode()
    assert not Document.objects.exists()
    assert _attach(world, SimpleUploadedFile("saksframlegg.pdf", PDF)).status_code == 302
    assert Document.objects.get().original_name == "saksframlegg.pdf"


def test_the_import_page_names_a_program_a_bomb_and_a_too_large_file(world, monkeypatch):
    assert "Kunne ikke lese referat.pdf: filen er et Windows-program" in _import(
        world, SimpleUploadedFile("referat.pdf", WINDOWS_PROGRAM)
    )
    assert "mulig zip-bombe" in _import(
        world, SimpleUploadedFile("referat.docx", zip_bomb("word/document.xml"))
    )
    monkeypatch.setenv("MOTEBOK_MAX_DOCUMENT_BYTES", str(100 * 1024))
    page = _import(world, SimpleUploadedFile("referat.txt", b"Referat\n" * 30_000))
    assert "Kunne ikke lese referat.txt: filen er over grensen på 0,1 MB" in page
    assert not ImportRecord.objects.exists()


def test_a_file_uploaded_in_the_admin_is_checked_too(admin_client, world):
    response = admin_client.post(
        reverse("admin:documents_document_add"),
        {
            "title": "Rapport",
            "file": SimpleUploadedFile("rapport.pdf", WINDOWS_PROGRAM),
            "kind": Document.Kind.OTHER,
            "access": "open",
            "sha256": "x",
        },
    )
    assert response.status_code == 200
    assert "rapport.pdf: filen er et Windows-program" in response.content.decode()
    assert not Document.objects.exists()


def test_too_many_files_at_once_get_a_norwegian_answer_and_nothing_is_kept(world, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 2
    response = _propose(world, *(SimpleUploadedFile(f"notat{n}.pdf", PDF) for n in range(3)))
    assert response.status_code == 400
    assert "Skjemaet hadde for mange filer eller for mye tekst" in response.content.decode()
    assert not Case.objects.exists()
