"""A reporting round from the secretariat's page to the project leader's report and back: status, chart,
exports, publishing."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

SLUG = "saman-om-ein-betre-kommune"


def _open_round(client, deadline: str = "2013-02-01"):
    from motebok.programmes.models import ReportingRound

    form = {"round-title": "Årsrapport 2012", "round-kind": "annual", "round-deadline": deadline,
            "question-TOTAL_FORMS": "3", "question-INITIAL_FORMS": "0",
            "question-0-text": "Hva er gjort i år?", "question-0-kind": "text",
            "question-1-text": "Sykefravær i prosent", "question-1-kind": "number",
            "question-2-text": "Er partene med?", "question-2-kind": "choice", "question-2-choices": "Ja; Delvis; Nei"}  # fmt: skip
    response = client.post(f"/program/{SLUG}/rapportering/", form)
    return response, ReportingRound.objects.filter(title="Årsrapport 2012").first()


def test_the_secretariat_opens_a_round_and_each_participant_gets_its_draft(saman, world):
    response, reporting_round = _open_round(world.client_for(world.secretary))
    assert response["Location"] == f"/program/rapportering/{reporting_round.pk}/"
    assert [q.kind for q in reporting_round.questions.all()] == ["text", "number", "choice"]
    assert reporting_round.questions.get(kind="choice").choices == ["Ja", "Delvis", "Nei"]
    assert sorted(reporting_round.reports.values_list("participant__organisation__name", flat=True)) == [
        "Steinkjer",
        "Vefsn",
    ]
    assert world.client_for(world.member).get(f"/program/{SLUG}/rapportering/").status_code == 404


def test_a_choice_question_needs_two_alternatives(saman, world):
    client = world.client_for(world.secretary)
    form = {"round-title": "Sluttrapport", "round-kind": "final", "round-deadline": "2015-11-15",
            "question-TOTAL_FORMS": "1", "question-INITIAL_FORMS": "0",
            "question-0-text": "Videre drift?", "question-0-kind": "choice", "question-0-choices": "Ja"}  # fmt: skip
    response = client.post(f"/program/{SLUG}/rapportering/", form)
    assert "Spørsmål 1: et valgspørsmål trenger minst to svaralternativer." in response.content.decode()
    assert not saman.programme.reporting_rounds.exists()


def test_the_project_leader_saves_a_draft_then_submits_and_the_secretariat_sees_it(saman, world):
    from motebok.programmes.models import Report

    _response, reporting_round = _open_round(world.client_for(world.secretary))
    report = Report.objects.get(reporting_round=reporting_round, participant=saman.steinkjer)
    first, number, choice = reporting_round.questions.all()
    mona = world.client_for(world.member)
    assert f"/program/rapport/{report.pk}/" in mona.get("/program/mine-rapporter/").content.decode()

    refused = mona.post(f"/program/rapport/{report.pk}/", {f"q{number.pk}": "mye", "draft": ""})
    assert "«Sykefravær i prosent»: skriv et tall." in refused.content.decode()
    mona.post(f"/program/rapport/{report.pk}/", {f"q{first.pk}": "Kartlagt nærvær", "draft": ""})
    report.refresh_from_db()
    assert report.status == "draft" and report.answers[str(first.pk)] == "Kartlagt nærvær"

    answers = {f"q{first.pk}": "Kartlagt nærvær", f"q{number.pk}": "7,5", f"q{choice.pk}": "Ja", "submit": ""}
    mona.post(f"/program/rapport/{report.pk}/", answers)
    report.refresh_from_db()
    assert report.status == "submitted" and report.submitted_by == world.member
    # Vefsn's report is none of Mona's business.
    vefsn = Report.objects.get(reporting_round=reporting_round, participant=saman.vefsn)
    assert mona.get(f"/program/rapport/{vefsn.pk}/").status_code == 404

    sara = world.client_for(world.secretary)
    page = sara.get(f"/program/rapportering/{reporting_round.pk}/").content.decode()
    assert "<svg" in page and "Levert" in page and "Kartlagt" not in page
    assert sara.get(f"/program/rapport/{report.pk}/").content.decode().count("Kartlagt nærvær") == 1


def test_standing_and_chart_show_late_municipalities_after_the_deadline(saman, world):
    _response, reporting_round = _open_round(world.client_for(world.secretary), deadline="2013-02-01")
    page = (
        world.client_for(world.secretary).get(f"/program/rapportering/{reporting_round.pk}/").content.decode()
    )
    # The deadline of 2013 has passed: both are late.
    assert page.count('data-color="danger">Forsinket') == 2
    assert "2 forsinket" in page


def test_answers_export_to_csv_and_excel_for_the_secretariat_only(saman, world):
    from openpyxl import load_workbook

    from motebok.programmes import services
    from motebok.programmes.models import Report

    _response, reporting_round = _open_round(world.client_for(world.secretary))
    report = Report.objects.get(reporting_round=reporting_round, participant=saman.steinkjer)
    ids = list(reporting_round.questions.values_list("pk", flat=True))
    services.save_report(
        report, dict(zip(ids, ["Mye", "7", "Ja"], strict=True)), by=world.member, submit=True
    )
    sara = world.client_for(world.secretary)

    response = sara.get(f"/program/rapportering/{reporting_round.pk}/svar.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="arsrapport-2012.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:5] == ["Deltaker", "Temanettverk", "Status", "Levert", "Hva er gjort i år?"]
    assert rows[1][0] == "Steinkjer" and rows[1][2] == "Levert" and rows[1][4:] == ["Mye", "7", "Ja"]
    assert rows[2][0] == "Vefsn" and rows[2][2] == "Forsinket"

    response = sara.get(f"/program/rapportering/{reporting_round.pk}/svar.xlsx")
    assert response["Content-Disposition"] == 'attachment; filename="arsrapport-2012.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[2]][4:] == ["Mye", "7", "Ja"]

    for client in (world.client_for(world.member), Client()):
        assert client.get(f"/program/rapportering/{reporting_round.pk}/svar.csv").status_code == 404


def test_a_published_report_reaches_the_public_programme_page(saman, world):
    from motebok.programmes import services
    from motebok.programmes.models import Report

    _response, reporting_round = _open_round(world.client_for(world.secretary))
    report = Report.objects.get(reporting_round=reporting_round, participant=saman.steinkjer)
    ids = list(reporting_round.questions.values_list("pk", flat=True))
    services.save_report(
        report, dict(zip(ids, ["Nærværsarbeid", "7", "Ja"], strict=True)), by=None, submit=True
    )
    assert Client().get(f"/program/rapport/{report.pk}/").status_code == 404
    # Mona may read it but not publish it.
    world.client_for(world.member).post(f"/program/rapport/{report.pk}/", {"publish": "1"})
    report.refresh_from_db()
    assert not report.is_published

    world.client_for(world.secretary).post(f"/program/rapport/{report.pk}/", {"publish": "1"})
    report.refresh_from_db()
    assert report.is_published
    assert "Nærværsarbeid" in Client().get(f"/program/rapport/{report.pk}/").content.decode()
    assert f"/program/rapport/{report.pk}/" in Client().get(f"/program/{SLUG}/").content.decode()
