"""Published minutes as a page, a PDF and a Word file: every case, exempt ones only by public title outside."""

from __future__ import annotations

import pytest

from tests.minutes.conftest import approve, bold_runs, docx_text, pdf_text

pytestmark = pytest.mark.django_db

EXEMPT_WORDS = ("Lønnsvilkår", "Drøftet lønn (Lønnsvilkår")


def _all_three(client, meeting) -> tuple[str, str, str]:
    base = f"/protokoll/mote/{meeting.pk}"
    page, pdf, word = (
        client.get(f"{base}/"),
        client.get(f"{base}/protokoll.pdf"),
        client.get(f"{base}/protokoll.docx"),
    )
    assert (page.status_code, pdf.status_code, word.status_code) == (200, 200, 200)
    assert pdf["Content-Type"] == "application/pdf"
    assert (
        word["Content-Disposition"] == 'attachment; filename="protokoll-helseledernettverket-2025-03-14.docx"'
    )
    return page.content.decode(), pdf_text(pdf.content), docx_text(word.content)


def test_it_publishes_every_case_but_the_exempt_one_only_by_public_title(world, meeting, client):
    approve(meeting)

    for text in _all_three(client, meeting):
        assert "Informasjons- og oppfølgingssaker" in text and "Tema ledelse" in text
        assert "Forhandlingsutvalg" in text
        assert "Tas til etterretning" in text
        for word in EXEMPT_WORDS:
            assert word not in text


def test_it_shows_members_the_exempt_case_in_full(world, meeting):
    approve(meeting)

    for text in _all_three(world.client_for(world.member), meeting):
        assert "Lønnsvilkår for daglig leder" in text
        assert "Drøftet lønn (Lønnsvilkår for daglig leder)" in text


def test_it_lays_out_the_header_and_the_conclusion_in_bold(world, meeting, client):
    approve(meeting)

    page, pdf, word = _all_three(client, meeting)

    for text in (page, pdf, word):
        for fact in (
            "Helseledernettverket",
            "fredag 14. mars 2025",
            "13:00–16:00",
            "Tingvoll Økopark",
            "Til stede",
            "Kari Leder",
            "Godkjent av Kari Leder",
        ):
            assert fact in text, fact
    assert 'class="ds-paragraph mb-conclusion">Tas til etterretning' in page
    word_file = client.get(f"/protokoll/mote/{meeting.pk}/protokoll.docx").content
    assert (
        bold_runs(word_file).count("Tas til etterretning") == 2
    )  # the exempt case keeps its conclusion hidden


def test_it_hides_minutes_of_a_body_that_does_not_publish(world, meeting, client):
    world.network.is_public = False
    world.network.save()
    approve(meeting)
    base = f"/protokoll/mote/{meeting.pk}"

    for path in ("/", "/protokoll.pdf", "/protokoll.docx"):
        assert client.get(base + path).status_code == 404
        assert world.client_for(world.outsider).get(base + path).status_code == 404
        assert world.client_for(world.member).get(base + path).status_code == 200


def test_it_shows_members_an_unapproved_draft_but_nobody_else(world, meeting, client):
    from motebok.minutes import services

    minutes = services.start_minutes(meeting)
    services.save_minutes(minutes, loaded_revision=0, author=world.secretary, forms=[])

    assert (
        "Utkast – ikke godkjent"
        in world.client_for(world.member).get(f"/protokoll/mote/{meeting.pk}/").content.decode()
    )
    assert client.get(f"/protokoll/mote/{meeting.pk}/").status_code == 404
    assert (
        world.client_for(world.member).get(f"/protokoll/mote/{meeting.pk}/protokoll.pdf").status_code == 404
    )


def test_the_meeting_page_links_the_published_minutes(world, meeting, client):
    approve(meeting)

    page = client.get(f"/mote/{meeting.pk}/").content.decode()

    assert f'href="/protokoll/mote/{meeting.pk}/protokoll.pdf">Protokoll (PDF)' in page
    assert f'href="/protokoll/mote/{meeting.pk}/protokoll.docx">Protokoll (Word)' in page
    assert "Skriv protokoll" not in page
    assert "Skriv protokoll" in world.client_for(world.secretary).get(f"/mote/{meeting.pk}/").content.decode()


def test_it_labels_a_decision_vedtak_and_prints_the_legal_basis_under_an_exempt_title(world, meeting, client):
    from motebok.meetings.models import Case

    Case.objects.filter(title="Tema ledelse").update(kind=Case.Kind.DECISION)
    approve(meeting)

    page, pdf, word = _all_three(client, meeting)

    assert "Vedtak: Tas til etterretning" in word and "Vedtak: Tas til etterretning" in " ".join(pdf.split())
    assert "Konklusjon: Tas til etterretning" in word
    assert "Forhandlingsutvalg\nUnntatt offentlighet, offl. § 25" in word


def test_a_case_made_exempt_after_approval_is_hidden_on_the_page_pdf_and_word(world, meeting, client):
    from motebok.meetings.models import Case

    approve(meeting)
    Case.objects.filter(title="Tema ledelse").update(
        access="exempt", exemption_basis="offl. § 14", public_title="Intern drøfting"
    )

    for text in _all_three(client, meeting):
        assert "Intern drøfting" in text and "offl. § 14" in text
        assert "Tema ledelse" not in text
    for text in _all_three(world.client_for(world.member), meeting):
        assert "Drøftet lønn (Tema ledelse)" in text


def test_a_deadline_kind_is_written_in_the_bodys_written_standard_whoever_saved_it(world, meeting, client):
    from motebok.minutes.models import MinutesRevision
    from tests.minutes.conftest import editor_data

    # A secretary who reads Møtebok in nynorsk writes the minutes of a bokmål network.
    secretary = world.client_for(world.secretary)
    secretary.post("/i18n/setlang/", {"language": "nn", "next": "/"})
    secretary.post(f"/protokoll/mote/{meeting.pk}/skriv/", {"start": ""})
    new_deadline = {"deadlines-0-what": "Uttale om helseavtalen", "deadlines-0-date": "2025-04-20"}
    secretary.post(
        f"/protokoll/mote/{meeting.pk}/skriv/",
        editor_data(meeting.minutes, **new_deadline, **{"deadlines-0-kind": "consultation"}),
    )
    saved = MinutesRevision.objects.filter(minutes=meeting.minutes).latest("number").content
    assert [d["kind"] for d in saved["deadlines"]] == ["consultation"]
    assert saved["format"] == "physical"

    page = secretary.get(f"/protokoll/mote/{meeting.pk}/").content.decode()
    assert "Uttale om helseavtalen (høringsfrist)" in page and "høyringsfrist" not in page
    world.network.written_standard = "nn"
    world.network.save()
    page = world.client_for(world.member).get(f"/protokoll/mote/{meeting.pk}/").content.decode()
    assert "Uttale om helseavtalen (høyringsfrist)" in page
