"""The upload and review pages: for the body's editors only; corrections saved and kept on re-import."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from motebok.importer.models import ImportRecord
from motebok.meetings.models import ActionItem, Attendance, Case, Meeting
from motebok.registry.models import Body, Membership, Person
from tests.importer.documents import (
    FOUNDING_MINUTES_2017,
    MARCH_SUMMARY,
    STEERING_GROUP_MINUTES,
    UNDATED_SUMMARY,
    write,
)

pytestmark = pytest.mark.django_db

HOSTILE = MARCH_SUMMARY.replace("Tingvoll Økopark", "<script>alert('x')</script> Økopark")


@pytest.fixture(autouse=True)
def _files_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def upload(client, body, name="mars.txt", text=MARCH_SUMMARY):
    document = SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/plain")
    return client.post(reverse("importer:upload", args=[body.slug]), {"files": [document]})


def review_post_data(client, record) -> dict:
    """The review form as the page fills it in, as a browser would submit it unchanged."""
    return form_data(client.get(reverse("importer:review", args=[record.pk])))


def form_data(page) -> dict:
    """The values of every form on a rendered review page, as a browser would submit them."""
    data = {}
    forms = [page.context["meeting_form"], *[s["formset"] for s in page.context["sections"]]]
    for form in [*forms, page.context["body_form"]] if page.context["body_form"] else forms:
        forms = [form.management_form, *form.forms] if hasattr(form, "forms") else [form]
        for f in forms:
            for name, field in f.fields.items():
                value = f[name].value()
                if value not in (None, "") and value is not False and not field.disabled:
                    data[f.add_prefix(name)] = value
    return data


def test_the_body_page_links_to_the_import_for_the_secretary_only(world):
    assert (
        "Importer dokumenter" in world.client_for(world.secretary).get(world.network.get_absolute_url()).text
    )
    assert (
        "Importer dokumenter" not in world.client_for(world.member).get(world.network.get_absolute_url()).text
    )


def test_it_shows_what_was_extracted_beside_the_highlighted_source(world):
    client = world.client_for(world.secretary)
    response = upload(client, world.network)

    record = ImportRecord.objects.get()
    assert response.url == reverse("importer:review", args=[record.pk])
    page = client.get(response.url).text
    assert re.search(r'<mark title="[^"]*meeting\.place[^"]*">Tingvoll Økopark</mark>', page)
    assert 'href="#kilde-meeting-place"' in page and 'id="kilde-meeting-place"' in page
    assert "ingen møtedato" not in page
    assert record.status == ImportRecord.Status.DRAFT and not Meeting.objects.exists()


def test_the_review_page_names_its_sections_in_nynorsk(world):
    client = world.client_for(world.secretary)
    response = upload(client, world.network)
    client.post(reverse("set_language"), {"language": "nn", "next": "/"})
    page = client.get(response.url).text
    for heading in ("Personar", "Fristar", "Legg til person"):
        assert heading in page, heading
    assert "Personer" not in page and "Frister" not in page


def test_it_escapes_document_markup_in_the_source_text(world):
    client = world.client_for(world.secretary)
    record_url = upload(client, world.network, text=HOSTILE).url

    page = client.get(record_url).text

    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page


def test_saving_the_review_imports_with_the_corrections(world):
    client = world.client_for(world.secretary)
    record = ImportRecord.objects.get(pk=upload(client, world.network).url.rstrip("/").split("/")[-1])
    data = review_post_data(client, record) | {"meeting-place": "Tingvoll gard"}

    response = client.post(reverse("importer:review", args=[record.pk]), data)

    meeting = Meeting.objects.get(body=world.network)
    assert response.url == meeting.get_absolute_url()
    assert meeting.place == "Tingvoll gard"
    record.refresh_from_db()
    assert record.status == ImportRecord.Status.IMPORTED
    assert record.corrections == {"meeting.place": "Tingvoll gard"}


def test_a_corrected_field_is_not_overwritten_by_a_re_import(world, tmp_path):
    client = world.client_for(world.secretary)
    record = ImportRecord.objects.get(pk=upload(client, world.network).url.rstrip("/").split("/")[-1])
    data = review_post_data(client, record) | {
        "meeting-place": "Tingvoll gard",
        "cases-0-conclusion": "Vedtatt.",
    }
    client.post(reverse("importer:review", args=[record.pk]), data)
    path = write(tmp_path, "mars.txt", MARCH_SUMMARY)

    call_command(
        "import", str(path), "--again", "--body", world.network.name, stdout=StringIO(), stderr=StringIO()
    )

    meeting = Meeting.objects.get(body=world.network)
    assert meeting.place == "Tingvoll gard"
    assert meeting.agenda.get(case__sequence=14).conclusion == "Vedtatt."


def test_a_field_changed_outside_the_import_is_kept_by_a_re_import(world, tmp_path):
    path = write(tmp_path, "mars.txt", MARCH_SUMMARY)
    call_command("import", str(path), "--body", world.network.name, stdout=StringIO(), stderr=StringIO())
    Meeting.objects.filter(body=world.network).update(place="Tingvoll gard")

    call_command(
        "import", str(path), "--again", "--body", world.network.name, stdout=StringIO(), stderr=StringIO()
    )

    assert Meeting.objects.get(body=world.network).place == "Tingvoll gard"


def staged(client, body, name="mars.txt", text=MARCH_SUMMARY) -> ImportRecord:
    return ImportRecord.objects.get(pk=upload(client, body, name, text).url.rstrip("/").split("/")[-1])


def test_adding_a_row_shows_one_more_empty_row_and_saves_nothing(world):
    client = world.client_for(world.secretary)
    record = staged(client, world.network)
    data = review_post_data(client, record) | {"meeting-place": "Tingvoll gard", "add_row": "cases"}

    page = client.post(reverse("importer:review", args=[record.pk]), data)

    assert page.status_code == 200
    cases = next(s["formset"] for s in page.context["sections"] if s["key"] == "cases")
    assert len(cases.forms) == 3 and not cases.forms[2].has_changed()
    assert re.search(r'<input[^>]*name="cases-2-number"[^>]*autofocus', page.text)
    assert 'value="Tingvoll gard"' in page.text and "påkrevd" not in page.text
    record.refresh_from_db()
    assert record.status == ImportRecord.Status.DRAFT and not Meeting.objects.exists()


def test_a_secretary_adds_a_missing_case_and_removes_a_wrong_person(world):
    client = world.client_for(world.secretary)
    record = staged(client, world.network)
    url = reverse("importer:review", args=[record.pk])
    with_row = client.post(url, review_post_data(client, record) | {"add_row": "cases"})
    people = next(s["formset"] for s in with_row.context["sections"] if s["key"] == "people")
    wrong = next(f.prefix for f in people.forms if f["name"].value() == "Håvard Sagli")
    data = form_data(with_row) | {
        "cases-2-number": "16-22",
        "cases-2-title": "Budsjett 2023",
        "cases-2-conclusion": "Vedtatt.",
        f"{wrong}-DELETE": "on",
    }

    response = client.post(url, data)

    meeting = Meeting.objects.get(body=world.network)
    assert response.url == meeting.get_absolute_url()
    added = meeting.agenda.get(case__year=2022, case__sequence=16)
    assert (added.case.title, added.conclusion) == ("Budsjett 2023", "Vedtatt.")
    assert not Attendance.objects.filter(meeting=meeting, person__name="Håvard Sagli").exists()
    assert meeting.attendance.count() == 3


def test_a_removed_row_needs_no_valid_values(world):
    client = world.client_for(world.secretary)
    record = staged(client, world.network)
    data = review_post_data(client, record) | {"cases-1-title": "", "cases-1-DELETE": "on"}

    client.post(reverse("importer:review", args=[record.pk]), data)

    meeting = Meeting.objects.get(body=world.network)
    assert list(meeting.agenda.values_list("case__sequence", flat=True)) == [14]


def test_a_case_added_to_an_undated_document_is_not_doubled_by_saving_again(world):
    client = world.client_for(world.secretary)
    record = staged(client, world.network, "oppsummering.txt", UNDATED_SUMMARY)
    url = reverse("importer:review", args=[record.pk])
    data = form_data(client.post(url, review_post_data(client, record) | {"add_row": "cases"})) | {
        "cases-2-title": "Eventuelt",
        "cases-2-conclusion": "Ingen saker.",
    }
    client.post(url, data)

    client.post(url, review_post_data(client, record))

    assert Case.objects.filter(body=world.network, title="Eventuelt").count() == 1
    assert Case.objects.filter(body=world.network).count() == 3


def test_saving_an_undated_document_leads_to_the_list_that_says_why_it_is_on_no_meeting(world):
    client = world.client_for(world.secretary)
    record = staged(client, world.network, "oppsummering.txt", UNDATED_SUMMARY)
    url = reverse("importer:review", args=[record.pk])
    assert "Dokumentet har ingen møtedato. Fyll den inn" in client.get(url).text

    response = client.post(url, review_post_data(client, record))

    assert response.url == reverse("importer:upload", args=[world.network.slug])
    assert "Dokumentet har ingen møtedato" in client.get(response.url).text


def test_it_says_in_norwegian_which_file_could_not_be_read(world):
    client = world.client_for(world.secretary)

    response = upload(client, world.network, name="bilde.txt", text="   \n")

    assert ImportRecord.objects.count() == 0
    page = client.get(response.url).text
    assert "Kunne ikke lese bilde.txt" in page


def test_it_names_each_bad_file_with_its_reason_and_keeps_the_good_ones(world, tmp_path):
    client = world.client_for(world.secretary)
    files = [
        SimpleUploadedFile("mars.txt", MARCH_SUMMARY.encode("utf-8")),
        SimpleUploadedFile("tom.txt", b""),
        SimpleUploadedFile("skadet.docx", b"not a zip file"),
        SimpleUploadedFile("tabell.xlsx", b"PK\x03\x04"),
    ]

    response = client.post(reverse("importer:upload", args=[world.network.slug]), {"files": files})

    assert response.url == reverse("importer:upload", args=[world.network.slug])
    page = client.get(response.url).text
    assert "Kunne ikke lese tom.txt: filen er tom" in page
    assert "Kunne ikke lese skadet.docx: filen er skadet" in page
    assert "Kunne ikke lese tabell.xlsx: denne filtypen støttes ikke" in page
    assert "Klare til gjennomgang: mars.txt" in page
    assert list(ImportRecord.objects.values_list("original_name", flat=True)) == ["mars.txt"]
    assert [p.name for p in (tmp_path / "media").rglob("*") if p.is_file()] == ["mars.txt"]


def test_a_case_number_that_cannot_be_is_shown_next_to_the_field(world):
    client = world.client_for(world.secretary)
    record = staged(client, world.network)
    data = review_post_data(client, record) | {"cases-0-number": "0-22"}

    page = client.post(reverse("importer:review", args=[record.pk]), data)

    assert page.status_code == 200
    beside_the_field = page.text.split('name="cases-0-number"')[1].split('name="cases-0-title"')[0]
    assert "Saksnummeret «0-22» kan ikke stemme." in beside_the_field
    assert not Meeting.objects.exists()


@pytest.mark.parametrize("who, status", [("member", 403), ("outsider", 404), ("anonymous", 404)])
def test_others_may_neither_upload_nor_review(world, client, who, status):
    secretary = world.client_for(world.secretary)
    record = ImportRecord.objects.get(pk=upload(secretary, world.network).url.rstrip("/").split("/")[-1])
    other = client if who == "anonymous" else world.client_for(getattr(world, who))

    assert upload(other, world.network, name="annen.txt", text=MARCH_SUMMARY + "\n").status_code == status
    assert other.get(reverse("importer:upload", args=[world.network.slug])).status_code == status
    assert other.get(reverse("importer:review", args=[record.pk])).status_code == status
    data = review_post_data(secretary, record)
    assert other.post(reverse("importer:review", args=[record.pk]), data).status_code == status

    assert ImportRecord.objects.count() == 1 and not Meeting.objects.exists()


def test_outsiders_get_404_for_a_body_they_cannot_see(world):
    olav = world.client_for(world.outsider)
    mona = world.client_for(world.member)

    assert mona.get(reverse("importer:upload", args=[world.steering_group.slug])).status_code == 404
    assert olav.get(reverse("importer:upload", args=[world.steering_group.slug])).status_code == 403


def test_the_meeting_form_saved_on_the_review_page_reaches_an_existing_meeting(world, tmp_path):
    path = write(tmp_path, "mars.txt", MARCH_SUMMARY)
    call_command("import", str(path), "--body", world.network.name, stdout=StringIO(), stderr=StringIO())
    record = ImportRecord.objects.get()
    client = world.client_for(world.secretary)

    client.post(
        reverse("importer:review", args=[record.pk]),
        review_post_data(client, record) | {"meeting-format": "digital"},
    )

    assert Meeting.objects.get(body=world.network).format == Meeting.Format.DIGITAL


def test_a_corrected_e_mail_address_is_saved_to_the_person(world, tmp_path):
    path = write(tmp_path, "2017.txt", FOUNDING_MINUTES_2017)
    call_command("import", str(path), "--body", world.network.name, stdout=StringIO(), stderr=StringIO())
    record = ImportRecord.objects.get()
    client = world.client_for(world.secretary)
    data = review_post_data(client, record)
    row = next(k for k, v in data.items() if v == "torgeir.seter@askoy.komune.no")

    client.post(reverse("importer:review", args=[record.pk]), data | {row: "torgeir.seter@askoy.kommune.no"})

    assert Person.objects.get(name="Torgeir Sæter").email == "torgeir.seter@askoy.kommune.no"


def test_a_follow_up_can_be_moved_to_another_case(world):
    client = world.client_for(world.secretary)
    record = staged(client, world.network, "vag.txt", STEERING_GROUP_MINUTES)
    data = review_post_data(client, record)
    row = next(k for k, v in data.items() if str(v).startswith("skaffe ny")).replace("-task", "-case")

    client.post(reverse("importer:review", args=[record.pk]), data | {row: "Eventuelt"})

    assert ActionItem.objects.get(what__startswith="skaffe ny").case.title == "Eventuelt"


@pytest.mark.parametrize("written", ["99999999999999999999/26", "4294967296/2026"])
def test_an_impossible_case_number_is_refused_beside_its_field(world, written):
    client = world.client_for(world.secretary)
    record = staged(client, world.network)
    data = review_post_data(client, record) | {"cases-0-number": written}

    page = client.post(reverse("importer:review", args=[record.pk]), data)

    assert page.status_code == 200
    assert 'id="id_cases-0-number_error"' in page.text and "kan ikke stemme" in page.text
    assert not Case.objects.exists()


@pytest.mark.parametrize("day", ["0001-03-14", "9999-03-14"])
def test_an_impossible_meeting_year_is_refused_beside_its_field(world, day):
    client = world.client_for(world.secretary)
    record = staged(client, world.network)

    page = client.post(
        reverse("importer:review", args=[record.pk]), review_post_data(client, record) | {"meeting-date": day}
    )

    assert page.status_code == 200
    assert 'id="id_meeting-date_error"' in page.text and "kan ikke stemme" in page.text
    assert not Meeting.objects.exists()


def test_a_new_body_is_created_only_when_staff_confirm_it_on_the_review_page(world, tmp_path):
    signed = MARCH_SUMMARY + "\nNordmøre, 17. mars 2022\n\nBerit Hannasvik\nLeder\n"
    call_command("import", str(write(tmp_path, "mars.txt", signed)), stdout=StringIO(), stderr=StringIO())
    record = ImportRecord.objects.get()
    staff = world.secretary.user
    assert (
        world.client_for(world.secretary).get(reverse("importer:review", args=[record.pk])).status_code == 404
    )
    staff.is_staff = True
    staff.save()
    client = world.client_for(world.secretary)

    client.post(reverse("importer:review", args=[record.pk]), review_post_data(client, record))

    body = Body.objects.get(name="Kommunedirektørkollegiet Nordmøre")
    assert (body.kind, body.slug) == (Body.Kind.COLLEGE, "kommunedirektorkollegiet-nordmore")
    assert Meeting.objects.get(body=body).start.date().isoformat() == "2022-03-14"


def test_the_same_bytes_uploaded_for_another_body_do_not_take_over_its_draft(world):
    record = staged(world.client_for(world.secretary), world.network)
    record.corrections = {"meeting.place": "Hemmelig sted"}
    record.save()
    Membership.objects.create(
        body=world.steering_group, person=world.outsider, role=Membership.Role.SECRETARY
    )
    outsider = world.client_for(world.outsider)

    response = upload(outsider, world.steering_group)

    record.refresh_from_db()
    assert (record.body, record.uploaded_by) == (world.network, world.secretary.user)
    assert response.status_code == 302 and ImportRecord.objects.count() == 1
    page = outsider.get(response.url, follow=True).text
    assert "allerede lastet opp for et annet organ" in page and "Hemmelig sted" not in page


def test_an_imported_document_is_seen_outside_its_body_only_once_the_secretary_publishes_it(
    world, client, tmp_path
):
    from motebok.documents.models import Document

    path = write(tmp_path, "mars.txt", MARCH_SUMMARY)
    call_command("import", str(path), "--body", world.network.name, stdout=StringIO(), stderr=StringIO())
    Meeting.objects.filter(body=world.network).update(is_published=True)
    document = Document.objects.get()
    assert not document.is_published
    assert client.get(document.get_absolute_url()).status_code in (403, 404)
    assert world.client_for(world.member).get(document.get_absolute_url()).status_code == 200
    secretary = world.client_for(world.secretary)
    record = ImportRecord.objects.get()

    secretary.post(
        reverse("importer:review", args=[record.pk]),
        review_post_data(secretary, record) | {"meeting-publish": "on"},
    )

    document.refresh_from_db()
    assert document.is_published
    assert client.get(document.get_absolute_url()).status_code == 200
