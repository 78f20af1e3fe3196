"""Check the facts in Møtebok's municipality and county registry data files."""

from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).resolve().parents[2] / "motebok" / "registry" / "data"

# An empty valid_from means "existed already on this day"; the registry starts here.
REGISTRY_START = date(2012, 1, 1)
DOMAIN_PATTERN = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")


def read_rows(filename: str) -> list[dict[str, str]]:
    """Read one data file as a list of dictionaries."""
    with open(DATA_DIR / filename, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


MUNICIPALITIES = read_rows("municipalities.csv")
COUNTIES = read_rows("counties.csv")
# Every day on which the division changed, plus the start: between two of these nothing changes.
CHANGE_DAYS = sorted(
    {REGISTRY_START} | {date.fromisoformat(row["valid_from"]) for row in MUNICIPALITIES if row["valid_from"]}
)
# The division as the files leave it, checked on the last day they change it rather than today, so that
# a reform recorded ahead of time cannot make the tests fail on the day it takes effect.
LAST_CHANGE = max(
    [*CHANGE_DAYS, *(date.fromisoformat(row["valid_from"]) for row in COUNTIES if row["valid_from"])]
)


def starts(row: dict[str, str]) -> date:
    """Return the first day the row is valid."""
    return date.fromisoformat(row["valid_from"]) if row["valid_from"] else REGISTRY_START


def ends(row: dict[str, str]) -> date:
    """Return the last day the row is valid (date.max while it still is)."""
    return date.fromisoformat(row["valid_to"]) if row["valid_to"] else date.max


def valid_on(rows: list[dict[str, str]], day: date) -> list[dict[str, str]]:
    """Return the rows valid on the given day."""
    return [row for row in rows if starts(row) <= day <= ends(row)]


def row_on(rows: list[dict[str, str]], number: str, day: date) -> dict[str, str] | None:
    """Return the row with this number valid on the given day, if any."""
    matches = [row for row in valid_on(rows, day) if row["number"] == number]
    assert len(matches) <= 1, f"{number} has {len(matches)} rows valid on {day}"
    return matches[0] if matches else None


def successors(row: dict[str, str]) -> list[str]:
    """Return the successor numbers of a row."""
    return row["successors"].split(";") if row["successors"] else []


def current_successors(rows: list[dict[str, str]], number: str, day: date) -> set[str]:
    """Follow successors from the row valid on the day to the rows that are still valid."""
    row = row_on(rows, number, day)
    assert row is not None, f"no row {number} on {day}"
    if not row["valid_to"]:
        return {row["number"]}
    next_day = ends(row) + timedelta(days=1)
    return set().union(*(current_successors(rows, successor, next_day) for successor in successors(row)))


def test_files_have_the_documented_columns() -> None:
    with open(DATA_DIR / "municipalities.csv", encoding="utf-8") as handle:
        assert handle.readline().strip() == (
            "number,name,county_number,valid_from,valid_to,successors,email_domains"
        )
    with open(DATA_DIR / "counties.csv", encoding="utf-8") as handle:
        assert handle.readline().strip() == "number,name,valid_from,valid_to,successors"


@pytest.mark.parametrize(("rows", "digits"), [(MUNICIPALITIES, 4), (COUNTIES, 2)], ids=["kommune", "fylke"])
def test_numbers_have_the_right_length_and_rows_a_name(rows: list[dict[str, str]], digits: int) -> None:
    for row in rows:
        assert re.fullmatch(rf"\d{{{digits}}}", row["number"]), row
        assert row["name"].strip() == row["name"] and row["name"], row


@pytest.mark.parametrize("rows", [MUNICIPALITIES, COUNTIES], ids=["kommune", "fylke"])
def test_periods_are_well_formed_and_rows_with_one_number_never_overlap(rows: list[dict[str, str]]) -> None:
    by_number: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        assert starts(row) <= ends(row), row
        by_number.setdefault(row["number"], []).append(row)
    for number, same in by_number.items():
        same.sort(key=starts)
        for earlier, later in zip(same, same[1:], strict=False):
            assert ends(earlier) < starts(later), f"{number} is used twice at once"


@pytest.mark.parametrize("rows", [MUNICIPALITIES, COUNTIES], ids=["kommune", "fylke"])
def test_a_row_has_successors_exactly_when_it_has_ended(rows: list[dict[str, str]]) -> None:
    for row in rows:
        assert bool(row["valid_to"]) == bool(row["successors"]), row


@pytest.mark.parametrize("rows", [MUNICIPALITIES, COUNTIES], ids=["kommune", "fylke"])
def test_every_successor_starts_the_day_after_its_predecessor_ends(rows: list[dict[str, str]]) -> None:
    for row in rows:
        if not row["valid_to"]:
            continue
        next_day = ends(row) + timedelta(days=1)
        assert len(set(successors(row))) == len(successors(row)), row
        for number in successors(row):
            successor = row_on(rows, number, next_day)
            assert successor is not None, f"{row['number']} {row['name']}: successor {number} missing"
            # The registry loader links a successor by (number, valid_from), so it must begin that very day.
            assert starts(successor) == next_day, successor


def test_municipality_numbers_begin_with_their_county_number() -> None:
    for row in MUNICIPALITIES:
        assert row["number"][:2] == row["county_number"], row


def test_every_municipality_lies_in_a_county_valid_for_its_whole_period() -> None:
    for row in MUNICIPALITIES:
        last_day = min(ends(row), LAST_CHANGE)
        for day in (starts(row), last_day):
            assert row_on(COUNTIES, row["county_number"], day) is not None, (row, day)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2012, 1, 1), 429),  # Mosvik joined Inderøy on this very day
        (date(2013, 1, 1), 428),  # Bjarkøy joined Harstad
        (date(2017, 1, 1), 426),  # Sandefjord, Andebu and Stokke
        (date(2018, 1, 1), 422),
        (date(2019, 12, 31), 422),
        (date(2020, 1, 1), 356),
        (date(2023, 12, 31), 356),
        (date(2024, 1, 1), 357),  # Haram split from Ålesund
    ],
)
def test_the_number_of_municipalities_matches_the_official_count(day: date, expected: int) -> None:
    assert len(valid_on(MUNICIPALITIES, day)) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(2012, 1, 1), 19), (date(2018, 1, 1), 18), (date(2020, 1, 1), 11), (date(2024, 1, 1), 15)],
)
def test_the_number_of_counties_matches_the_official_count(day: date, expected: int) -> None:
    assert len(valid_on(COUNTIES, day)) == expected


@pytest.mark.parametrize(
    ("number", "name", "today_number", "today_name"),
    [
        ("1246", "Fjell", "4626", "Øygarden"),
        ("1245", "Sund", "4626", "Øygarden"),
        ("1263", "Lindås", "4631", "Alver"),
        ("1243", "Os", "4624", "Bjørnafjorden"),
        ("1228", "Odda", "4618", "Ullensvang"),
        ("1018", "Søgne", "4204", "Kristiansand"),
        ("1247", "Askøy", "4627", "Askøy"),
        ("0714", "Hof", "3903", "Holmestrand"),
        ("1624", "Rissa", "5054", "Indre Fosen"),
    ],
)
def test_a_municipality_of_2017_resolves_to_the_one_that_took_it_over(
    number: str, name: str, today_number: str, today_name: str
) -> None:
    row = row_on(MUNICIPALITIES, number, date(2017, 6, 1))
    assert row is not None and row["name"] == name
    assert current_successors(MUNICIPALITIES, number, date(2017, 6, 1)) == {today_number}
    assert row_on(MUNICIPALITIES, today_number, LAST_CHANGE)["name"] == today_name


def test_ålesund_of_2020_was_split_into_ålesund_and_haram() -> None:
    assert current_successors(MUNICIPALITIES, "1507", date(2020, 1, 1)) == {"1508", "1580"}


def test_a_merger_that_keeps_the_number_still_starts_a_new_row() -> None:
    assert current_successors(MUNICIPALITIES, "1141", date(2019, 1, 1)) == {"1103"}  # Finnøy
    old = row_on(MUNICIPALITIES, "1103", date(2019, 12, 31))
    new = row_on(MUNICIPALITIES, "1103", date(2020, 1, 1))
    assert old is not new and old["successors"] == "1103" and new["valid_from"] == "2020-01-01"


def test_a_renumbered_municipality_keeps_its_name_and_domain() -> None:
    old = row_on(MUNICIPALITIES, "1247", date(2019, 12, 31))
    new = row_on(MUNICIPALITIES, "4627", date(2020, 1, 1))
    assert (old["name"], old["valid_to"], old["successors"]) == ("Askøy", "2019-12-31", "4627")
    assert (new["name"], new["valid_from"]) == ("Askøy", "2020-01-01")
    assert old["email_domains"] == new["email_domains"] == "askoy.kommune.no"


def test_email_domains_are_lowercase_hostnames() -> None:
    for row in MUNICIPALITIES:
        domains = row["email_domains"].split(";")
        assert domains and all(DOMAIN_PATTERN.match(domain) for domain in domains), row


@pytest.mark.parametrize("day", CHANGE_DAYS, ids=str)
def test_no_two_municipalities_share_an_email_domain_at_once(day: date) -> None:
    counts = Counter(
        domain for row in valid_on(MUNICIPALITIES, day) for domain in row["email_domains"].split(";")
    )
    assert [domain for domain, count in counts.items() if count > 1] == []


def test_domain_exceptions_differ_from_the_name_pattern() -> None:
    domains = {row["number"]: row["email_domains"] for row in MUNICIPALITIES}
    assert domains["1243"] == "os-ho.kommune.no"
    assert domains["1231"] == "ullensvang.herad.no"
    assert domains["1224"] == "kvinnherad.kommune.no"
    assert domains["1219"] == "bomlo.kommune.no"
    assert domains["1263"] == "lindas.kommune.no"
