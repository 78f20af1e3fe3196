"""Participants, absentees, substitutes, guests, chair and referent."""

from __future__ import annotations

from motebok.extraction.parse import extract_record

MINUTES = """Referat fra møte i Testnettverket

Dato: 1. februar 2024
Sted: Rådhuset

Til stede: Kari Nordmann (Vik kommune), Ola Hansen, leder, Per Olsen (vara for Liv Berg)
Forfall: Liv Berg
Fra administrasjonen: Siri Dahl
Inviterte: Nils Ek, Sykehuset Innlandet - teams

Referent: Siri Dahl

Sak 1/24 Status
Ola H. følger opp saken mot fylket.
"""


def test_staff_count_as_present_and_substitutes_do_not() -> None:
    record = extract_record(MINUTES)
    assert [p.name for p in record.present] == ["Kari Nordmann", "Ola Hansen", "Siri Dahl"]
    assert record.present[0].organization == "Vik kommune"
    assert [(s.name, s.for_name) for s in record.substitutes] == [("Per Olsen", "Liv Berg")]
    assert record.absent == ["Liv Berg"]
    assert record.guests == ["Nils Ek"]


def test_chair_comes_from_the_leader_role_and_referent_from_its_label() -> None:
    record = extract_record(MINUTES)
    assert (record.chair, record.minute_taker) == ("Ola Hansen", "Siri Dahl")


def test_a_remote_guest_makes_a_physical_meeting_hybrid() -> None:
    assert extract_record(MINUTES).meeting.format == "hybrid"


def test_short_owner_names_expand_to_the_one_listed_full_name() -> None:
    (action,) = extract_record(MINUTES).action_items
    assert action.owner == "Ola Hansen"


def test_a_table_with_a_header_row_gives_organization_and_email() -> None:
    text = "Referat\n\nNavn\tKommune\tE-post\nKari Nordmann\tVik\tkari@vik.kommune.no\nOla Hansen\tAsk\t\n"
    record = extract_record(text)
    assert [(p.name, p.organization, p.email) for p in record.present] == [
        ("Kari Nordmann", "Vik", "kari@vik.kommune.no"),
        ("Ola Hansen", "Ask", None),
    ]


def test_the_leader_signature_names_the_chair() -> None:
    text = "Oppsummering\n\nDeltakere\n\nKari Nordmann\nOla Hansen\n\nStad, 2. mai 2023\n\nKari Nordmann\nLeiar\n"
    assert extract_record(text).chair == "Kari Nordmann"
