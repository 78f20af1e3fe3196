"""Attendance written as prose or per municipality, and the chair named in a sentence."""

from __future__ import annotations

from motebok.extraction.parse import extract_record

TAIL = "\nSak 1-25 Godkjenning av innkalling\n"


def test_sentences_after_the_list_report_absence_and_stand_ins() -> None:
    record = extract_record(
        "Referat\nDato: 14. mars 2025\n\nTil stede var Åse Lind, Per Hansen og Tor Brekke. Eva Dahl hadde"
        " meldt forfall. Kari Moe møtte for Jon Vik.\n" + TAIL
    )
    assert [p.name for p in record.present] == ["Åse Lind", "Per Hansen", "Tor Brekke"]
    assert record.absent == ["Eva Dahl"]
    assert [(s.name, s.for_name) for s in record.substitutes] == [("Kari Moe", "Jon Vik")]


def test_absence_sentences_on_their_own_lines_in_both_written_forms() -> None:
    record = extract_record(
        "Referat\nDato: 14. mars 2025\n\nTil stede: Åse Lind, Per Hansen og Tor Brekke.\n"
        "Eva Dahl og Jon Vik hadde meldt forfall.\nMari Lie var ikkje til stades.\n" + TAIL
    )
    assert [p.name for p in record.present] == ["Åse Lind", "Per Hansen", "Tor Brekke"]
    assert record.absent == ["Eva Dahl", "Jon Vik", "Mari Lie"]


def test_a_sentence_saying_who_led_the_meeting_adds_nobody() -> None:
    record = extract_record(
        "Referat\nDato: 14. mars 2025\n\nForfall: Eva Dahl (Vefsn) og Jon Vik (Hemnes). Åse Lind\nledet møtet.\n"
        "Til stede: Åse Lind, Per Hansen\n" + TAIL
    )
    assert record.absent == ["Eva Dahl", "Jon Vik"]
    assert record.chair == "Åse Lind"


def test_labelled_lists_in_bokmal_and_nynorsk() -> None:
    record = extract_record(
        "Møtebok\nDato: 14. mars 2025\n\nTil stede: Åse Lind (leder), Per Hansen\nMeldt forfall: Eva Dahl\n"
        "Ikkje til stades: Jon Vik\nI tillegg møtte: Ola Nilsen (rådgiver)\nFrå sekretariatet: Silje Aune\n"
        + TAIL
    )
    assert [p.name for p in record.present] == ["Åse Lind", "Per Hansen", "Ola Nilsen", "Silje Aune"]
    assert record.absent == ["Eva Dahl", "Jon Vik"]
    assert record.chair == "Åse Lind"


def test_people_listed_per_municipality_keep_it_and_a_forfall_note_makes_them_absent() -> None:
    record = extract_record(
        "Referat frå regionrådet\nDato: 14. mars 2025\n\nTil stades:\n"
        "Alstahaug: Per Hansen (kommunalsjef), Kari Moe (rådgjevar)\nVefsn: Åse Lind (leiar)\n"
        "Leirfjord: Eva Dahl (forfall)\n" + TAIL
    )
    assert [(p.name, p.organization, p.role) for p in record.present] == [
        ("Per Hansen", "Alstahaug", "kommunalsjef"),
        ("Kari Moe", "Alstahaug", "rådgjevar"),
        ("Åse Lind", "Vefsn", "leiar"),
    ]
    assert record.absent == ["Eva Dahl"]
    assert record.chair == "Åse Lind"


def test_the_chair_named_in_a_sentence_before_the_list() -> None:
    record = extract_record(
        "Referat\n\nMøtet vart halde på Kulturhuset i Mosjøen tysdag 4. mars 2025 kl. 09.00–11.30."
        " Møtet vart leia av Åse Lind.\n\nTil stades: Åse Lind, Per Hansen\n" + TAIL
    )
    assert record.chair == "Åse Lind"
    assert record.meeting.place == "Kulturhuset i Mosjøen"


def test_a_name_broken_by_the_page_after_forfall_is_joined() -> None:
    record = extract_record(
        "Referat\nDato: 14. mars 2025\n\nTil stede: Åse Lind, Per Hansen. Forfall: Eva\nDahl (Vefsn) og Jon Vik.\n"
        + TAIL
    )
    assert record.absent == ["Eva Dahl", "Jon Vik"]


def test_people_said_to_come_from_a_body_in_a_sentence() -> None:
    record = extract_record(
        "Referat\nDato: 14. mars 2025\n\n"
        "Fra kommunene møtte Åse Lind (Vefsn), Per Hansen (Hemnes) og Tor Brekke (Leirfjord).\n"
        "Fra KS deltok Ola Nilsen.\n" + TAIL
    )
    assert [(p.name, p.organization) for p in record.present] == [
        ("Åse Lind", "Vefsn"),
        ("Per Hansen", "Hemnes"),
        ("Tor Brekke", "Leirfjord"),
        ("Ola Nilsen", "KS"),
    ]


def test_a_forfall_cell_in_a_participant_table_makes_the_row_absent() -> None:
    record = extract_record(
        "Referat\nDato: 14. mars 2025\n\nNavn\tKommune\tRolle\nÅse Lind\tVefsn\tleder\n"
        "Per Hansen\tHemnes\tmedlem\nEva Dahl\tLeirfjord\tforfall\n" + TAIL
    )
    assert [p.name for p in record.present] == ["Åse Lind", "Per Hansen"]
    assert record.absent == ["Eva Dahl"]


def test_guest_labels_with_a_qualifier_before_the_colon() -> None:
    record = extract_record(
        "Referat\nDato: 14. mars 2025\n\nTil stede: Åse Lind, Per Hansen\nInvitert: Ola Nilsen (Helse Nord)\n"
        "Gjest under sak 2: Kari Moe, KS\n" + TAIL
    )
    assert [p.name for p in record.present] == ["Åse Lind", "Per Hansen"]
    assert record.guests == ["Ola Nilsen", "Kari Moe"]


def test_more_ways_of_labelling_those_present() -> None:
    for label in (
        "Følgjande møtte",
        "Følgende var til stede",
        "Møtande",
        "Medlemmer som møtte",
        "Frammøtte medlemmar",
        "Faste medlemmar til stades",
    ):
        record = extract_record(f"Referat\nDato: 4. mars 2025\n\n{label}: Åse Lind, Per Hansen\n" + TAIL)
        assert [p.name for p in record.present] == ["Åse Lind", "Per Hansen"], label


def test_absence_sentences_that_put_the_names_last() -> None:
    record = extract_record(
        "Referat\nDato: 4. mars 2025\n\nTil stede: Åse Lind, Per Hansen\nForfall hadde Eva Dahl og Jon Vik.\n"
        "Ikkje til stades var Mari Lie.\n" + TAIL
    )
    assert record.absent == ["Eva Dahl", "Jon Vik", "Mari Lie"]


def test_a_news_summary_makes_speakers_guests_and_speaking_mayors_present() -> None:
    text = (
        "Vest-Telemarkrådet hadde møte i Fyresdal næringshage 12. november 2019.\n"
        "Møtet starta med at ordførar i Tokke Jarand Felland ga ei statusoppdatering om domstolane.\n"
        "Deretter gav Johannes Rindal ei kort orientering om ny distriktsmelding.\n"
        "Tellef Solås, økonomisjef i Telemark Bilruter, gav ei orientering om anbodet.\n"
        "Ronde Schade frå Seljord kommune fortalde om prosjektet. Under lunsjen las vertinne Solveig Barstad dikt.\n"
        "Under eventuelt orienterte Beate Marie Dahl Eide, Seljord sin nye ordførar, om legevakta.\n"
        "Foreininga Brannmenn Mot Kreft gav ei orientering om kreft.\n"
    )
    record = extract_record(text)
    assert record.doc_type == "summary"
    assert [p.name for p in record.present] == ["Jarand Felland", "Beate Marie Dahl Eide"]
    assert record.guests == ["Johannes Rindal", "Tellef Solås", "Ronde Schade"]


def test_an_abbreviated_title_does_not_end_a_guest_list() -> None:
    text = (
        "Følgende medlemmer møtte:\nOla Nordmann\n\nØvrige deltakere\nOrganisasjon Ass. dir. Stein Mathisen "
        "Biotope AS\nFylkesråd Grete Ernø Johansen Finnmark fylkeskommune\n\nKonstituering: Velkommen.\n"
    )
    assert extract_record(text).guests == ["Stein Mathisen", "Grete Ernø Johansen"]
