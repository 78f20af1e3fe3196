"""Dates and clock times as Norwegian documents write them."""

from __future__ import annotations

import datetime as dt

from motebok.extraction.parse import extract_record
from motebok.extraction.parse.dates import find_dates, find_time_range


def test_it_reads_numeric_and_written_dates() -> None:
    found = find_dates("Dato og tid: 06.04.2017, ellers 14. mars 2022 og 2023-05-01")
    assert [d.resolve(None) for d in found] == [
        dt.date(2017, 4, 6),
        dt.date(2022, 3, 14),
        dt.date(2023, 5, 1),
    ]


def test_it_takes_a_missing_year_from_the_given_year_only() -> None:
    (deadline,) = find_dates("frist 26. april")
    assert deadline.year is None
    assert deadline.resolve(2022) == dt.date(2022, 4, 26)
    assert deadline.resolve(None) is None


def test_it_reads_four_digit_clock_ranges_after_kl() -> None:
    line = "Mandag 14. mars 2022 kl. 1300 - 1600"
    found = find_time_range(line, 0, len(line))
    assert (found.start, found.end) == (dt.time(13, 0), dt.time(16, 0))


def test_two_times_without_a_dash_are_a_range_unless_a_third_follows() -> None:
    line = "Kl.: 10.00 16.25"
    assert find_time_range(line, 0, len(line))[:2] == (dt.time(10), dt.time(16, 25))
    # "10.00 16.25 09.30 14.00": two days' times, of which only the first start is the meeting's.
    line = "Kl.: 10.00 16.25 09.30 14.00"
    assert find_time_range(line, 0, len(line))[:2] == (dt.time(10), None)


def test_it_never_reads_a_date_or_a_bare_number_as_a_time() -> None:
    line = "Møtet 06.04.2017 hadde 25 deltakere"
    assert find_time_range(line, 0, len(line)) is None


def test_a_deadline_without_year_gets_the_meeting_year_not_todays() -> None:
    record = extract_record("Referat\nDato: 3. mai 2019\n\nSvar sendes innen 1. juni.\n")
    assert record.meeting.date == dt.date(2019, 5, 3)
    assert [d.date for d in record.deadlines] == [dt.date(2019, 6, 1)]


def test_a_span_of_days_is_dated_by_its_first_day() -> None:
    assert [d.resolve(None) for d in find_dates("Sortland, 18.–19. april 2024")] == [dt.date(2024, 4, 18)]


def test_a_day_and_month_without_year_take_the_meetings_year() -> None:
    text = "Referat\nDato: 3. september 2024\n\nOppfølging: Kari Vik sender bestillinga innan 15.09.\n"
    assert [str(d.date) for d in extract_record(text).deadlines] == ["2024-09-15"]
