"""The plain-Python planner: a year from the Helgeland mandate, closed days, fair host rotation."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from motebok.planning.closed_days import Closed, closed_reason, easter_week, is_closed
from motebok.planning.planner import HostRotation, Kind, Preferences, Rules, propose_year
from tests.planning.helgeland import helgeland_rules

# Fixed years, so that the suite tests the same plans whatever day it runs; the closed-day check spans
# twenty years so that every position of Easter, Ascension and Whitsun against the weekdays is met.
YEAR = 2031
YEARS = range(2025, 2045)
MUNICIPALITIES = ["Alstahaug", "Brønnøy", "Hemnes", "Leirfjord", "Rana", "Vefsn"]


def _plan(replace_digital=False, earlier=(), members=MUNICIPALITIES, year=YEAR, **preferences):
    rules = Rules(**helgeland_rules(replace_digital))
    return propose_year(year, rules, Preferences(**preferences), members, earlier)


def _meeting_days(proposal) -> list[dt.date]:
    days = (proposal.end.date() - proposal.start.date()).days
    return [proposal.start.date() + dt.timedelta(days=n) for n in range(days + 1)]


def test_it_plans_a_digital_meeting_every_month_but_july():
    digital = [p for p in _plan() if p.kind == Kind.DIGITAL]
    assert sorted(p.start.month for p in digital) == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]


def test_it_keeps_digital_meetings_within_two_hours_on_the_preferred_weekday_and_time():
    plan = _plan(digital_weekday=3, digital_start=dt.time(13, 0))
    digital = [p for p in plan if p.kind == Kind.DIGITAL]
    assert all(p.end - p.start <= dt.timedelta(hours=2) for p in digital)
    assert {p.start.weekday() for p in digital} == {3}
    assert {p.start.time() for p in digital} == {dt.time(13, 0)}


def test_it_caps_the_length_at_the_mandates_maximum():
    digital = [p for p in _plan(digital_minutes=180) if p.kind == Kind.DIGITAL]
    assert {p.end - p.start for p in digital} == {dt.timedelta(hours=2)}


def test_it_plans_four_gatherings_lunch_to_lunch_in_different_quarters():
    gatherings = [p for p in _plan() if p.kind == Kind.GATHERING]
    assert len(gatherings) == 4
    assert sorted((p.start.month - 1) // 3 for p in gatherings) == [0, 1, 2, 3]
    for gathering in gatherings:
        assert gathering.end.date() - gathering.start.date() == dt.timedelta(days=1)
        assert (gathering.start.time(), gathering.end.time()) == (dt.time(11, 30), dt.time(12, 30))
        assert gathering.overnight


def test_it_lets_gatherings_replace_that_months_digital_meeting_with_the_other_option():
    plan = _plan(replace_digital=True)
    gathering_months = {p.start.month for p in plan if p.kind == Kind.GATHERING}
    digital_months = [p.start.month for p in plan if p.kind == Kind.DIGITAL]
    assert len(gathering_months) == 4
    assert sorted(digital_months + sorted(gathering_months)) == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]
    assert not gathering_months & set(digital_months)


def test_it_never_plans_on_a_closed_day_in_any_year():
    for year in YEARS:
        for proposal in _plan(year=year):
            for day in _meeting_days(proposal):
                assert not is_closed(day), (proposal, closed_reason(day))
                first, last = easter_week(year)
                assert not first <= day <= last
                assert day.month != 7
                assert not (day.month == 12 and day.day >= 24)


def test_it_finds_another_day_when_the_preferred_one_is_closed():
    # 2026: Easter Sunday is 5 April, so the first Tuesday (31 March) is in Easter week; 1 May is a Friday.
    plan = propose_year(
        2026, Rules(digital_meetings_per_month=1), Preferences(digital_weekday=1, digital_week=1)
    )
    april = [p.start.date() for p in plan if p.start.month == 4]
    assert april == [dt.date(2026, 4, 7)]
    plan = propose_year(
        2026, Rules(digital_meetings_per_month=1), Preferences(digital_weekday=4, digital_week=1)
    )
    assert [p.start.date() for p in plan if p.start.month == 5] == [dt.date(2026, 5, 8)]


def test_closed_days_cover_holidays_easter_week_july_and_christmas():
    assert closed_reason(dt.date(2026, 5, 17)) == Closed.HOLIDAY
    assert closed_reason(dt.date(2026, 3, 30)) == Closed.EASTER  # Monday before Easter
    assert closed_reason(dt.date(2026, 4, 6)) == Closed.HOLIDAY  # Easter Monday, a holiday too
    assert closed_reason(dt.date(2026, 4, 7)) is None
    assert closed_reason(dt.date(2026, 7, 15)) == Closed.JULY
    assert closed_reason(dt.date(2026, 12, 28)) == Closed.CHRISTMAS
    assert closed_reason(dt.date(2026, 12, 23)) is None
    assert closed_reason(dt.date(2027, 1, 2)) is None


def test_it_rotates_hosts_so_nobody_hosts_twice_before_everyone_has_hosted():
    members = ["A", "B", "C", "D", "E", "F"]
    plans = [_plan(members=members, year=YEAR)]
    plans.append(_plan(members=members, year=YEAR + 1, earlier=[p.host for p in plans[0] if p.host]))
    hosts = [p.host for plan in plans for p in plan if p.host]
    assert hosts[:6] == members  # first round in member order
    assert sorted(hosts[6:8]) == ["A", "B"]
    assert Counter(hosts[:6]) == Counter(members)


def test_it_counts_hosting_in_earlier_years():
    earlier = ["Vefsn", "Rana", "Alstahaug"]
    hosts = [p.host for p in _plan(earlier=earlier) if p.kind == Kind.GATHERING]
    # Those who never hosted go first, then the one whose turn was longest ago.
    assert hosts == ["Brønnøy", "Hemnes", "Leirfjord", "Vefsn"]


def test_it_proposes_the_host_and_the_next_two_in_line_as_programme_committee():
    gatherings = [p for p in _plan() if p.kind == Kind.GATHERING]
    assert gatherings[0].committee == ("Alstahaug", "Brønnøy", "Hemnes")
    assert all(len(set(g.committee)) == 3 and g.committee[0] == g.host for g in gatherings)


def test_host_rotation_ignores_former_members():
    rotation = HostRotation(["A", "B"], earlier_hosts=["X", "A"])
    assert [rotation.next_host() for _ in range(3)] == ["B", "A", "B"]


def test_it_marks_the_configured_number_of_overnight_gatherings():
    rules = Rules(physical_gatherings_per_year=4, overnight_gatherings_per_year=1)
    gatherings = propose_year(YEAR, rules, Preferences())
    assert [g.overnight for g in gatherings] == [True, False, False, False]


def test_it_plans_two_meetings_a_half_year_one_overnight_and_the_rest_day_meetings():
    # Seed 000: "Hyppigheit: 2 g i halvåret", "Eitt møte pr. år med overnatting", "Tre dagmøter pr. år".
    rules = Rules(gatherings_per_half_year=2, overnight_gatherings_per_year=1, day_meetings=True)
    gatherings = propose_year(YEAR, rules, Preferences())
    assert [g.start.month <= 6 for g in gatherings] == [True, True, False, False]
    assert [len(_meeting_days(g)) for g in gatherings] == [2, 1, 1, 1]
    assert [g.overnight for g in gatherings] == [True, False, False, False]
    assert all(g.start.time() == dt.time(10) and g.end.time() == dt.time(15) for g in gatherings[1:])
