"""The meeting's date, times and place written on one line, in the ways Norwegian minutes write them."""

from __future__ import annotations

import datetime as dt

import pytest

from motebok.extraction.parse import extract_record

TAIL = "\n\nSak 1-25 Godkjenning av innkalling\n"


@pytest.mark.parametrize(
    "header",
    [
        "Referat frå møte i regionrådet\ntysdag 4. mars 2025 kl. 09.00–11.30",
        "Referat\nDato: 04.03.2025 kl 0900-1130",
        "Referat\nDato: 4.3.25\nTid: kl. 09.00–11.30",
        "Referat\nTid: Tysdag 4. mars 2025 kl. 9.00 - 11.30",
        "Referat\nDato: 4. mars 2025\nMøtetid: 0900–1130",
        "Referat\nDato: Tirsdag 04.03.2025\nKl.: 09.00-11.30",
        "Referat\nDato: 4. mars 2025, kl. 09.00 - ca. 11.30",
        "Referat\nMøtet ble holdt den 4. mars 2025 fra kl. 09.00 til kl. 11.30 på Rådhuset.",
        # A transcript that dropped the dash between the times, or typed a semicolon for the colon.
        "PROTOKOLL Møte: 6/2014 Tid: Tysdag 4. mars 2025 kl. 09:00 11:30 Stad: Meland rådhus",
        "Referat\nDato: 4. mars 2025\nTid; 09.00 – 11.30",
        'Referat: ØRU styremøte 4. mars 2025 kl\nDownload "Referat: ØRU styremøte 4. mars 2025 kl 09.00 11.30"',
    ],
)
def test_date_and_time_range(header: str) -> None:
    meeting = extract_record(header + TAIL).meeting
    assert (meeting.date, meeting.start, meeting.end) == (dt.date(2025, 3, 4), dt.time(9), dt.time(11, 30))


@pytest.mark.parametrize(
    ("header", "place", "form"),
    [
        ("Referat\nMøtedato: tysdag 4. mars 2025, kl. 09.00 - 11.30, Teams", "Teams", "digital"),
        ("Referat\nDato: 4.3.25 kl. 10-12, Rådhuset, møterom 2", "Rådhuset, møterom 2", "physical"),
        (
            "Referat fra møte i regionrådet\n04.03.2025 kl 0900-1130, Rådhuset i Sandnessjøen",
            "Rådhuset i Sandnessjøen",
            "physical",
        ),
    ],
)
def test_a_place_after_the_date_on_its_line(header: str, place: str, form: str) -> None:
    meeting = extract_record(header + TAIL).meeting
    assert (meeting.date, meeting.place, meeting.format) == (dt.date(2025, 3, 4), place, form)


@pytest.mark.parametrize("after", ["tirsdag", "uke 10", "kl. 10"])
def test_what_is_no_place_after_a_labelled_date(after: str) -> None:
    assert extract_record(f"Referat\nDato: 4. mars 2025, {after}" + TAIL).meeting.place is None


def test_four_digits_without_a_time_label_are_no_time() -> None:
    meeting = extract_record("Referat\nDato: 4. mars 2025\nSaksnr: 0900-1130" + TAIL).meeting
    assert (meeting.start, meeting.end) == (None, None)


@pytest.mark.parametrize(
    ("header", "place", "form"),
    [
        (
            "Referat\nDato: 4. mars 2025\nMøtet fant sted på Rådhuset i Mosjøen.",
            "Rådhuset i Mosjøen",
            "physical",
        ),
        (
            "Referat\nMøtet fann stad i Kulturhuset, Mosjøen, 4. mars 2025.",
            "Kulturhuset, Mosjøen",
            "physical",
        ),
        ("Referat\nDato: 4. mars 2025\nSted: Digitalt (Teams)", "Teams", "digital"),
        ("Referat\nDato: 4. mars 2025\nMøtet vart halde digitalt på Teams.", "Teams", "digital"),
        ("Referat\nDato: 4. mars 2025\nMøteform: Teams", None, "digital"),
        (
            "Referat\nDato: 4. mars 2025\nSted: Scandic Hell, Stjørdal. Deltakere kunne også delta på Teams.",
            "Scandic Hell, Stjørdal",
            "hybrid",
        ),
    ],
)
def test_the_place_and_format_told_in_prose_or_beside_a_label(
    header: str, place: str | None, form: str
) -> None:
    meeting = extract_record(header + TAIL).meeting
    assert (meeting.date, meeting.place, meeting.format) == (dt.date(2025, 3, 4), place, form)
