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


def test_a_role_in_parentheses_after_the_organisation_marks_chair_and_referent() -> None:
    text = (
        "Møtebok\n\nTil stades:\nSolveig Tveit, Stord kommune (møteleiar)\nBjarte Skaar, Fitjar kommune\n"
        "Lars Hjelle, regionrådet, dagleg leiar (referent)\n\nSak 1/23 Orientering\n"
    )
    record = extract_record(text)
    assert (record.chair, record.minute_taker) == ("Solveig Tveit", "Lars Hjelle")
    assert record.present[0].organization == "Stord kommune"


def test_a_title_before_the_name_and_a_title_before_the_place_are_split_off() -> None:
    text = (
        "Referat\n\nTil stede:\nEva Nordli, kommunedirektør Sel (leder)\nMarte Lund – Vågå kommune\n"
        "Frå administrasjonen: brannsjef Arne Gjerde, Camilla Berg (rådgiver, referent)\n\nSak 1/24 Status\n"
    )
    record = extract_record(text)
    people = {p.name: (p.organization, p.role) for p in record.present}
    assert people == {
        "Eva Nordli": ("Sel", "kommunedirektør"),
        "Marte Lund": ("Vågå kommune", None),
        "Arne Gjerde": (None, "brannsjef"),
        "Camilla Berg": (None, "rådgiver"),
    }
    assert (record.chair, record.minute_taker) == ("Eva Nordli", "Camilla Berg")


def test_a_markdown_table_reads_past_its_rule_and_files_no_shows_as_absent() -> None:
    text = (
        "Referat\n\n## Deltakere\n\n| Navn | Kommune | Til stede |\n|---|---|---|\n"
        "| Lise Fjeld | Moss | Ja |\n| Tone Vestby | Halden | Nei |\n| Amir Hassan | Sarpsborg | Ja |\n"
    )
    record = extract_record(text)
    assert [(p.name, p.organization) for p in record.present] == [
        ("Lise Fjeld", "Moss"),
        ("Amir Hassan", "Sarpsborg"),
    ]
    assert record.absent == ["Tone Vestby"]


def test_a_cell_beyond_the_header_is_a_detail_of_its_row() -> None:
    text = (
        "Protokoll\n\nMøtande medlemer:\nNavn          Kommune\nHans Ringkjøb      Voss herad      (leiar)\n"
    )
    record = extract_record(text)
    assert record.present[0].organization == "Voss herad"
    assert record.chair == "Hans Ringkjøb"


def test_a_list_may_name_each_persons_place_first_even_when_the_place_is_a_label_word() -> None:
    text = "Samandrag\n\nDeltakarar frå kommunane:\nSunnfjord: Oddny Solheim\nStad: Marianne Hovden\n\nDato: 7. mai 2023\n"
    record = extract_record(text)
    assert [(p.name, p.organization) for p in record.present] == [
        ("Oddny Solheim", "Sunnfjord"),
        ("Marianne Hovden", "Stad"),
    ]


def test_a_qualified_list_label_and_the_referents_organisation_are_read() -> None:
    text = (
        "Protokoll\n\nTil stede fra styret:\nNina Kaasa, styreleder\nHenrik Vold, nestleder\n\n"
        "Referent: Kjersti Lund, Vest-Finnmark Rådet\n"
    )
    record = extract_record(text)
    assert [(p.name, p.organization) for p in record.present] == [
        ("Nina Kaasa", None),
        ("Henrik Vold", None),
        ("Kjersti Lund", "Vest-Finnmark Rådet"),
    ]
    assert (record.chair, record.minute_taker) == ("Nina Kaasa", "Kjersti Lund")


def test_an_invitation_records_nobody_as_present_not_even_its_signing_chair() -> None:
    text = "Møteinnkalling\n\nUtvalg: Eldrerådet\nDato: 29.01.2024\n\nSaksliste\nPS 1/24 Protokoll\n\nGerd Solbakken\nleder\n"
    record = extract_record(text)
    assert (record.chair, record.present) == ("Gerd Solbakken", [])


def test_people_listed_under_their_own_body_are_present_and_a_speaker_among_them_is_a_guest() -> None:
    text = "Referat\n\nFra KS: Bodil Nilsen, Geir Holm\n\nFrå Statsforvaltaren: Karl Myren (innleiar)\n"
    record = extract_record(text)
    assert [(p.name, p.organization) for p in record.present] == [("Bodil Nilsen", "KS"), ("Geir Holm", "KS")]
    assert record.guests == ["Karl Myren"]


def test_an_attendance_line_wrapped_by_the_page_is_read_whole() -> None:
    text = (
        "Referat\n\nTil stades: Kari Nordmann (Alver), Sindre Hope (Austrheim), Hilde Brekke\n"
        "Lygre (Modalen), Ane Sofie Rong (Nordhordland Utviklingsselskap), Ola Vik\n"
        "(Vaksdal, referent)\n\nSak 1/23 Orientering\n"
    )
    record = extract_record(text)
    assert [(p.name, p.organization) for p in record.present] == [
        ("Kari Nordmann", "Alver"),
        ("Sindre Hope", "Austrheim"),
        ("Hilde Brekke Lygre", "Modalen"),
        ("Ane Sofie Rong", "Nordhordland Utviklingsselskap"),
        ("Ola Vik", "Vaksdal"),
    ]
    assert record.minute_taker == "Ola Vik"


def test_attendance_written_as_sentences() -> None:
    record = extract_record(
        "Referat fra møte i Helseledernettverket\n\nMøtet ble holdt 7. mai 2024 på Sortland helsehus.\n\n"
        "Til stede var Lene Kristiansen (Sortland), Bård Johnsen (Hadsel) og Tove\n"
        "Ellingsen (Bø). Forfall: Rune Sandvik (Øksnes). Lene Kristiansen ledet møtet, og Tove Ellingsen skrev\n"
        "referat.\n"
    )
    assert [(p.name, p.organization) for p in record.present] == [
        ("Lene Kristiansen", "Sortland"),
        ("Bård Johnsen", "Hadsel"),
        ("Tove Ellingsen", "Bø"),
    ]
    assert record.absent == ["Rune Sandvik"]
    assert (record.chair, record.minute_taker) == ("Lene Kristiansen", "Tove Ellingsen")


def test_titles_places_and_officers_written_around_names() -> None:
    record = extract_record(
        "Referat\n\nDato: 1. februar 2024\n\nMøtande medlemer:\nOrdfører Anne Lid Kjos, Kviteseid\n"
        "Sandnes: Ingrid Tjelta, Morten Vigre\n\nLeiar: Anne Lid Kjos. Referent: Morten Vigre.\n"
    )
    assert [(p.name, p.organization) for p in record.present] == [
        ("Anne Lid Kjos", "Kviteseid"),
        ("Ingrid Tjelta", "Sandnes"),
        ("Morten Vigre", "Sandnes"),
    ]
    assert (record.chair, record.minute_taker) == ("Anne Lid Kjos", "Morten Vigre")


def test_an_invitation_records_its_members_as_nobody_present() -> None:
    record = extract_record(
        "Møteinnkalling\n\nDato: 7. februar 2025\n\nMedlemmer:\nBjarne Holen, Lom (leder)\nRandi Lykken, Skjåk\n"
        "\nSaksliste\nPS 1/25 Godkjenning av innkalling\n"
    )
    assert (record.present, record.chair) == ([], "Bjarne Holen")
