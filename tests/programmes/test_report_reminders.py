"""`motebok send-reminders` tells project leaders of reports due within a week and of late ones, through the
same daily digest and a real SMTP server; those who delivered hear nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command

from tests.conftest import make_person

pytestmark = pytest.mark.django_db

DEADLINE = dt.date(2013, 2, 1)


@pytest.fixture
def reporting_round(saman):
    from motebok.programmes import services
    from motebok.programmes.models import Project, Question

    petra = make_person("Petra Prosjekt", "petra")
    services.save_project(saman.vefsn, title="Heltid i Vefsn", theme=saman.full_time, leader=petra,
                          status=Project.Status.ACTIVE)  # fmt: skip
    reporting_round = services.open_reporting_round(
        saman.programme, title="Årsrapport 2012", kind="annual", deadline=DEADLINE,
        questions=[("Hva er gjort?", Question.Kind.TEXT, [])],
    )  # fmt: skip
    (question,) = reporting_round.questions.all()
    vefsn = reporting_round.reports.get(participant=saman.vefsn)
    services.save_report(vefsn, {question.pk: "Mye"}, by=petra, submit=True)
    return reporting_round


def test_only_the_late_municipalitys_project_leader_is_reminded_after_the_deadline(
    reporting_round, smtp, settings
):
    call_command("send-reminders", day=(DEADLINE + dt.timedelta(days=3)).isoformat())

    assert [m["X-Envelope-To"] for m in smtp.messages] == ["mona@example.no"]
    text = smtp.messages[0].get_content().replace("\r\n", "\n")
    report = reporting_round.reports.get(participant__organisation__name="Steinkjer")
    assert "Rapporter som har passert fristen og ikke er levert:\n- Årsrapport 2012 for Steinkjer" in text
    assert f"{settings.SITE_URL}/program/rapport/{report.pk}/" in text
    assert (
        smtp.messages[0]["Subject"].strip() == "Påminnelse fra Møtebok 4.2.2013: Saman om ein betre kommune"
    )


def test_the_project_leader_is_reminded_in_the_week_before_and_not_earlier(reporting_round, smtp):
    call_command("send-reminders", day=(DEADLINE - dt.timedelta(days=8)).isoformat())
    assert smtp.messages == []

    call_command("send-reminders", day=(DEADLINE - dt.timedelta(days=2)).isoformat())
    assert [m["X-Envelope-To"] for m in smtp.messages] == ["mona@example.no"]
    assert "Rapporter med frist innen en uke:" in smtp.messages[0].get_content()


def test_a_delivered_report_ends_the_reminders(reporting_round, world, smtp):
    from motebok.programmes import services

    report = reporting_round.reports.get(participant__organisation__name="Steinkjer")
    (question,) = reporting_round.questions.all()
    services.save_report(report, {question.pk: "Levert for sent"}, by=world.member, submit=True)
    call_command("send-reminders", day=(DEADLINE + dt.timedelta(days=3)).isoformat())
    assert smtp.messages == []
