"""Where the meeting was held: after the time on a combined line, on a line of its own, in a header table."""

from __future__ import annotations

import datetime as dt

import pytest

from motebok.extraction.parse import extract_record

TAIL = "\n\nSak 1-25 Godkjenning av innkalling\nVedtak: Godkjent.\n"


@pytest.mark.parametrize(
    ("header", "place", "form"),
    [
        ("Møtebok\nTid og stad: 4. mars 2025, 09:00–11:30, Vik rådhus, sal 2", "Vik rådhus, sal 2", "physical"),
        ("Referat\nfredag 4. april 2025, kl. 08:30–15:00 (lunsj 11:30)\nVik rådhus, møterom Rom 1",
         "Vik rådhus, møterom Rom 1", "physical"),
        ("Referat\n04.03.2025 kl 0900-1130\nVik rådhus, kommunestyresalen, Sogndal (nokre deltok på Teams)",
         "Vik rådhus, kommunestyresalen, Sogndal", "physical"),
        ("Referat\n\nMøtedato\t4. mars 2025 kl. 12.30 – 14.00\nStad\tVik sjukehus, møterom Fjell / Teams",
         "Vik sjukehus, møterom Fjell", "hybrid"),
        ("Innkalling\nTid: 4. mars 2025 kl. 13.00–15.00\nStad: Vik rådhus, møterom Fjell – eller på Teams",
         "Vik rådhus, møterom Fjell", "hybrid"),
    ],
)  # fmt: skip
def test_place_and_format(header: str, place: str, form: str) -> None:
    meeting = extract_record(header + TAIL).meeting
    assert (meeting.place, meeting.format) == (place, form)


def test_a_telephone_meeting_is_digital_without_a_place() -> None:
    meeting = extract_record("Notat frå telefonmøte\n4.3.25 kl 08.15–08.40" + TAIL).meeting
    assert (meeting.place, meeting.format) == (None, "digital")


def test_a_time_label_giving_the_date_wins_over_a_quoted_send_date() -> None:
    text = (
        "> Frå: Kari Moe <kari.moe@vik.kommune.no>\n> Sendt: fredag 21. mars 2025 09:47\n> Emne: Innkalling\n>\n"
        "> Tid: onsdag 9. april 2025 kl. 13–15\n> Stad: Vik rådhus, møterom Fjell\n"
    )
    meeting = extract_record(text + TAIL).meeting
    assert (meeting.date, meeting.start) == (dt.date(2025, 4, 9), dt.time(13))
