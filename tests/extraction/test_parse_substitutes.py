"""Substitutes written beside the member they stand in for: "X for Y", "X (for Y)", "X møtte for Y"."""

from __future__ import annotations

from motebok.extraction.parse import extract_record

HEAD = "Referat\nDato: 14. mars 2025\n\n"
TAIL = "\nSak 1-25 Godkjenning av innkalling\n"


def _substitutes(attendance: str) -> list[tuple[str, str | None]]:
    return [(s.name, s.for_name) for s in extract_record(HEAD + attendance + TAIL).substitutes]


def test_every_way_of_writing_whom_a_substitute_stands_in_for() -> None:
    attendance = (
        "Deltakere: Åse Lind (leder), Per Hansen, Tor Brekke for Eva Dahl, Kari Moe (vara for Jon Vik),"
        " Ola Nilsen (for Mari Lie)\n"
    )
    assert _substitutes(attendance) == [
        ("Tor Brekke", "Eva Dahl"),
        ("Kari Moe", "Jon Vik"),
        ("Ola Nilsen", "Mari Lie"),
    ]


def test_a_substitutes_list_keeps_whom_each_stands_in_for() -> None:
    attendance = "Deltakere: Åse Lind, Per Hansen\nVaramedlemmer: Tor Brekke for Eva Dahl, Kari Moe møtte for Jon Vik\n"
    assert _substitutes(attendance) == [("Tor Brekke", "Eva Dahl"), ("Kari Moe", "Jon Vik")]


def test_a_nynorsk_sentence_ending_the_list_names_the_member_without_the_full_stop() -> None:
    record = extract_record(
        HEAD + "Til stades: Åse Lind, Per Hansen, Tor Brekke møtte for Eva Dahl.\n" + TAIL
    )
    assert [(s.name, s.for_name) for s in record.substitutes] == [("Tor Brekke", "Eva Dahl")]
    assert [p.name for p in record.present] == ["Åse Lind", "Per Hansen"]


def test_for_before_an_organisation_makes_no_substitute() -> None:
    record = extract_record(HEAD + "Deltakere: Åse Lind for Vefsn kommune, Per Hansen for KS\n" + TAIL)
    assert record.substitutes == []
    assert [p.name for p in record.present] == ["Åse Lind", "Per Hansen"]


def test_a_vara_detail_after_a_comma_names_whom_the_substitute_stands_in_for() -> None:
    record = extract_record(
        HEAD + "Deltakere: Åse Lind, Kari Moe, vara for Jon Vik, Per Hansen, leder\n" + TAIL
    )
    assert [(s.name, s.for_name) for s in record.substitutes] == [("Kari Moe", "Jon Vik")]
    assert [p.name for p in record.present] == ["Åse Lind", "Per Hansen"]
