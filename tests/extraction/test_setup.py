"""What a document sets up for its body: meeting rules, sub-bodies, a meeting plan and candidate themes."""

from __future__ import annotations

import datetime as dt

import pytest

from motebok.extraction.setup import RULES, PlannedDate, SubBody, find_setup, meeting_rules


@pytest.mark.parametrize("rule", RULES, ids=[rule.field for rule in RULES])
def test_each_meeting_rule_reads_its_own_example(rule) -> None:
    assert rule.field in meeting_rules(rule.example)


def test_a_mandate_states_monthly_digital_meetings_of_two_hours_and_quarterly_gatherings_in_rotation() -> (
    None
):
    text = (
        "Det avholdes månedlige digitale møter. Møtene skal ha en tidsramme på inntil 2 timer. Det tilstrebes "
        "i tillegg å avholde fysiske samlinger en gang i kvartalet. De fysiske samlingene legges til ulike "
        "kommuner på Helgeland og har en ramme på lunsj til lunsj.\n"
        "Deltakelse med stedfortreder på møtene avtales med den som har lederskapet i ledernettverket.\n"
    )
    assert find_setup(text).rules == {
        "digital_meetings_per_month": 1,
        "digital_meeting_max_minutes": 120,
        "physical_gatherings_per_year": 4,
        "hosting_in_rotation": True,
        "substitute_rule": "agreed",
    }


def test_a_working_group_without_a_leader_and_one_named_with_a_comma_list() -> None:
    text = (
        "Revidert mandat arbeidsgruppe ergo, fysio, friskliv\nDet skal utvides.\n\n"
        "Leder arbeidsgruppe økonomi\nGruppa selv har ikke klart å konstituere ny leder.\n"
        "Det er nødvendig at arbeidsgruppa har et kontaktpunkt.\n"
    )
    assert find_setup(text).sub_bodies == [
        SubBody("Arbeidsgruppe ergo, fysio, friskliv", "working_group"),
        SubBody("Arbeidsgruppe økonomi", "working_group", without_leader=True),
    ]


def test_a_working_committee_takes_the_people_named_where_it_is_set_up() -> None:
    text = (
        "<li>• Arbeidsutval (AU) som set tema for samlingane saman med KS: Torgeir Sæter frå Askøy og "
        "Line Barmen frå Fjell sa ja til å stille som første AU</li>"
    )
    setup = find_setup(text, people=["Line Barmen", "Torgeir Sæter", "Åse Vik"])
    assert setup.sub_bodies == [
        SubBody("Arbeidsutval", "working_committee", members=("Line Barmen", "Torgeir Sæter"))
    ]


def test_a_meeting_plan_gives_days_and_weeks_of_its_year_and_themes_end_where_the_list_does() -> None:
    text = (
        "<p><b><u>Tema som er aktuelle:</u></b></p> <ul><li>• Leing/ strategisk leing</li><li>• PU- feltet</li>"
        "</ul>\n\t<ul><li>• Arbeidstidsordningane essensielt tema. Kva kan gjerast?</li></ul>"
        " <p><b><u>Forslag til møtedatoar 2017:</u></b></p> <ul><li>• Møte med overnatting: 12. juni</li>"
        "<li>• Dagmøte: Veke 39 eller 40</li></ul>"
    )
    setup = find_setup(text, year=2016)
    assert setup.themes == ["Leing/ strategisk leing", "PU- feltet", "Arbeidstidsordningane essensielt tema"]
    assert setup.meetings == [
        PlannedDate(dt.date(2017, 6, 12), "Møte med overnatting: 12. juni", overnight=True),
        PlannedDate(dt.date(2017, 9, 25), "Dagmøte: Veke 39 eller 40"),
    ]


def test_minutes_that_set_nothing_up_propose_nothing() -> None:
    text = "Referat\n\nSak 14-22 Informasjonssaker\nTas til orientering.\n"
    assert find_setup(text, year=2022).to_dict() == {
        "rules": {},
        "sub_bodies": [],
        "meetings": [],
        "themes": [],
    }
