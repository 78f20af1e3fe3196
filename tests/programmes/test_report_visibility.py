"""A report is for the programme's secretariat and its own municipality until it is published."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser

pytestmark = pytest.mark.django_db


@pytest.fixture
def reports(saman, world):
    from motebok.programmes import services
    from motebok.programmes.models import Question

    reporting_round = services.open_reporting_round(
        saman.programme,
        title="Årsrapport 2012",
        kind="annual",
        deadline=dt.date(2013, 2, 1),
        questions=[
            ("Hva er gjort?", Question.Kind.TEXT, []),
            ("Sykefravær i prosent", Question.Kind.NUMBER, []),
        ],
    )
    steinkjer = services.report_for(reporting_round, saman.steinkjer)
    vefsn = services.report_for(reporting_round, saman.vefsn)
    question_ids = list(reporting_round.questions.values_list("pk", flat=True))
    steinkjer = services.save_report(
        steinkjer, dict(zip(question_ids, ["Kartlagt", "7,5"], strict=True)), by=world.member, submit=True
    )
    return steinkjer, vefsn


def test_until_published_only_the_secretariat_and_the_municipalitys_people_see_a_report(
    saman, world, reports
):
    from motebok.access import policies
    from motebok.programmes import services

    steinkjer, vefsn = reports
    u = world.users
    assert policies.reports.can_see(u["sara"], steinkjer) and policies.reports.can_see(u["sara"], vefsn)
    assert policies.reports.can_see(u["mona"], steinkjer)  # Steinkjer's project leader
    assert policies.reports.can_see(u["kari"], steinkjer)  # Steinkjer's politician
    assert not policies.reports.can_see(u["mona"], vefsn)
    assert not policies.reports.can_see(u["olav"], steinkjer)
    assert not policies.reports.can_see(AnonymousUser(), steinkjer)

    services.publish_report(steinkjer)
    assert policies.reports.can_see(u["olav"], steinkjer) and policies.reports.can_see(
        AnonymousUser(), steinkjer
    )
    assert list(policies.reports.visible(AnonymousUser())) == [steinkjer]


def test_a_draft_cannot_be_published_and_a_submitted_report_cannot_be_changed(saman, world, reports):
    from motebok.programmes import services

    steinkjer, vefsn = reports
    with pytest.raises(services.ProgrammeError, match="Bare en levert rapport"):
        services.publish_report(vefsn)
    with pytest.raises(services.ProgrammeError, match="allerede levert"):
        services.save_report(steinkjer, {}, by=world.member)


def test_answers_are_checked_and_submitting_needs_every_answer(saman, world, reports):
    from motebok.programmes import services

    _steinkjer, vefsn = reports
    first, number = vefsn.reporting_round.questions.all()
    with pytest.raises(services.ProgrammeError, match="«Sykefravær i prosent»: skriv et tall"):
        services.save_report(vefsn, {number.pk: "mye"}, by=None)
    draft = services.save_report(vefsn, {first.pk: "Startet"}, by=None)
    assert draft.status == "draft" and draft.answers == {str(first.pk): "Startet", str(number.pk): ""}
    with pytest.raises(services.ProgrammeError, match="Mangler: Sykefravær i prosent"):
        services.save_report(vefsn, {first.pk: "Startet"}, by=None, submit=True)


def test_standing_is_delivered_late_or_not_yet_by_the_deadline(saman, world, reports):
    from motebok.programmes import services

    steinkjer, _vefsn = reports
    reporting_round = steinkjer.reporting_round
    before = {
        line.participant.organisation.name: line.standing
        for line in services.report_lines(reporting_round, dt.date(2013, 1, 15))
    }
    after = {
        line.participant.organisation.name: line.standing
        for line in services.report_lines(reporting_round, dt.date(2013, 2, 2))
    }
    assert before == {"Steinkjer": "delivered", "Vefsn": "missing"}
    assert after == {"Steinkjer": "delivered", "Vefsn": "late"}
    chart = services.standing_by_network(services.report_lines(reporting_round, dt.date(2013, 2, 2)))
    assert chart == [{"network": "Nettverk sør – sykefravær", "delivered": 1, "late": 1, "missing": 0}]
