"""Attendance layouts: per-body lines, dash-separated pairs, member tables by status, "Vara:" under "Forfall:"."""

from __future__ import annotations

from motebok.extraction.parse import extract_record
from motebok.extraction.record import MeetingRecord

HEAD = "Referat\nDato: 14. mars 2025\n\n"
TAIL = "\nSak 1-25 Godkjenning av innkalling\nVedtak: Godkjent.\n"


def _record(attendance: str) -> MeetingRecord:
    return extract_record(HEAD + attendance + TAIL)


def _present(record: MeetingRecord) -> list[tuple[str, str | None]]:
    return [(p.name, p.organization) for p in record.present]


def test_a_body_reported_absent_does_not_end_the_per_body_list() -> None:
    record = _record(
        "Deltakere\nLindås: Åse Lind (rektor)\nVoss: forfall\n"
        "Odda: Per Brekke (rektor, møtte for skolesjef Eva Dahl)\nEtne: Kari Moe (rådgiver)\n"
    )
    assert _present(record) == [("Åse Lind", "Lindås"), ("Kari Moe", "Etne")]
    assert [(s.name, s.for_name) for s in record.substitutes] == [("Per Brekke", "Eva Dahl")]
    assert record.absent == []


def test_name_and_body_pairs_separated_by_dashes_are_one_person_each() -> None:
    record = _record("Møtende:\nÅse Lind, Lindås (leder) – Per Brekke, Odda – Kari Moe, Etne\n")
    assert _present(record) == [("Åse Lind", "Lindås"), ("Per Brekke", "Odda"), ("Kari Moe", "Etne")]
    assert record.chair == "Åse Lind"


def test_a_dash_before_a_remark_stays_with_the_person() -> None:
    record = _record("Deltakere: Åse Lind – Teams, Per Brekke – Teams, Kari Moe\n")
    assert [p.name for p in record.present] == ["Åse Lind", "Per Brekke", "Kari Moe"]


def test_a_substitute_line_under_an_absence_line_stands_in_for_that_member() -> None:
    record = _record(
        "Deltakere: Åse Lind, Lindås\nForfall: Eva Dahl, Odda\nVara: Per Brekke, rådgiver Odda\n"
    )
    assert [(s.name, s.for_name) for s in record.substitutes] == [("Per Brekke", "Eva Dahl")]
    assert record.absent == ["Eva Dahl"]


def test_staff_listed_under_their_body_with_titles_in_lower_case() -> None:
    record = _record("Deltakere: Åse Lind\nFra Vestregionen: daglig leder Ola Dahl og rådgiver Kari Moe\n")
    assert ("Ola Dahl", "Vestregionen") in _present(record)
    assert ("Kari Moe", "Vestregionen") in _present(record)


def test_member_tables_split_by_whether_they_attended() -> None:
    record = _record(
        "Faste medlemmer som møtte:\nNavn            Funksjon    Representerer\n"
        "Åse Lind        Leder       Lindås kommune\nPer Brekke      Medlem      Odda kommune\n\n"
        "Faste medlemmer som ikke møtte:\nNavn            Funksjon    Representerer\n"
        "Eva Dahl        Medlem      Etne kommune\n\n"
        "Varamedlemmer som møtte:\nNavn            Møtte for       Representerer\n"
        "Kari Moe        Eva Dahl        Etne kommune\n\n"
        "Andre:\nOla Nilsen, Helse Vest, under sak 1-25\n"
    )
    assert [p.name for p in record.present] == ["Åse Lind", "Per Brekke"]
    assert record.absent == ["Eva Dahl"]
    assert [(s.name, s.for_name) for s in record.substitutes] == [("Kari Moe", "Eva Dahl")]
    assert record.guests == ["Ola Nilsen"]


def test_a_status_cell_naming_the_member_makes_a_substitute_and_a_role_list_may_end_in_the_chair() -> None:
    record = _record(
        "Deltakarar:\nKommune\tNamn\tFunksjon\tMøtt\n"
        "Lindås\tÅse Lind\tkoordinator, leiar\tJa\n"
        "Odda\tEva Dahl\tkommunalsjef\tForfall\n"
        "Odda\tPer Brekke\trådgjevar\tJa (vara for Eva Dahl)\n"
    )
    assert [p.name for p in record.present] == ["Åse Lind"]
    assert [(s.name, s.for_name) for s in record.substitutes] == [("Per Brekke", "Eva Dahl")]
    assert record.chair == "Åse Lind"


def test_a_note_in_the_organisation_cell_is_not_part_of_it() -> None:
    record = _record("Deltakarar\n\nNamn\tEining\tTil stades\nÅse Lind\tLindås kommune (leiar)\tx\n")
    assert _present(record) == [("Åse Lind", "Lindås kommune")]
    assert record.chair == "Åse Lind"


def test_a_sentence_after_an_absence_line_is_no_absentee() -> None:
    record = _record(
        "Desse deltok: Åse Lind (Lindås), Per Brekke (Odda).\nMeldt forfall: Etne.\nLeiar Åse Lind leidde møtet.\n"
    )
    assert record.absent == []
    assert [p.name for p in record.present] == ["Åse Lind", "Per Brekke"]


def test_attendance_told_in_prose_after_the_meeting_sentence() -> None:
    record = extract_record(
        "Referat\n\nMøtet ble holdt 4. mars 2025 kl. 10 i Vik rådhus, rom 2. Til stede var Åse Lind (Lindås)"
        " og Per Brekke (Odda). Meldt forfall: Eva Dahl (Etne). Fra KS Vest deltok rådgiver Kari Moe,"
        " som også ledet møtet.\n" + TAIL
    )
    assert _present(record) == [("Åse Lind", "Lindås"), ("Per Brekke", "Odda"), ("Kari Moe", "KS Vest")]
    assert record.absent == ["Eva Dahl"]
    assert record.chair == "Kari Moe"


def test_someone_taking_part_in_one_item_only_is_a_guest() -> None:
    record = _record(
        "Desse deltok: Åse Lind (Lindås), Per Brekke (Odda). Frå Helse Vest deltok Kari Moe på første tema.\n"
    )
    assert [p.name for p in record.present] == ["Åse Lind", "Per Brekke"]
    assert record.guests == ["Kari Moe"]


def test_a_body_name_is_no_person() -> None:
    record = _record("Gjester: Ola Nilsen, Haukelandsykehuset Bergen (sak 1-25)\n")
    assert record.guests == ["Ola Nilsen"]
