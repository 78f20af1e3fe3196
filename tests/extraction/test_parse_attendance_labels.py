"""Attendance read by its labels: each rule on its own example, and the same text with its line breaks lost."""

from __future__ import annotations

import pytest

from motebok.extraction.parse.attendance import (
    LABEL_RULES,
    LabelRule,
    chair_by_title,
    read_attendance,
    signing_chair,
)
from motebok.extraction.parse.name_runs import Token, split_run

READABLE = [rule for rule in LABEL_RULES if rule.field != "stop"]


def _names(text: str, field: str) -> list[str]:
    read = read_attendance(text)
    if field in ("chair", "minute_taker"):
        found = getattr(read, field)
        return [found.value] if found else []
    return [person.name.value for person in getattr(read, field)]


@pytest.mark.parametrize("rule", READABLE, ids=lambda rule: rule.name)
def test_each_label_rule_reads_its_own_example(rule: LabelRule) -> None:
    assert _names(rule.example, rule.field) == list(rule.expected)


def test_the_stop_rule_ends_a_list_at_the_first_case() -> None:
    assert _names("Forfall: Kari Aakre Sak 47/14 Godkjenning Per Olsen", "absent") == ["Kari Aakre"]


def test_it_cuts_a_run_of_names_where_given_names_start() -> None:
    text = "Nils-Olav Nøss Christopher Beckham Helge André Njåstad Torill Eidsheim"
    tokens = [Token(word, 0, 0) for word in text.split()]
    assert [" ".join(t.text for t in name) for name in split_run(tokens)] == [
        "Nils-Olav Nøss",
        "Christopher Beckham",
        "Helge André Njåstad",
        "Torill Eidsheim",
    ]


def test_it_reads_a_flattened_page_as_it_reads_the_lines() -> None:
    lines = (
        "Til stades:\nJon Askeland, Knut Moe\nNUI: Rune Heradstveit\n"
        "Andre: Stein Byrkjeland (49/14)\nForfall: Kari Aakre, Kristin Handeland\nSak 47/14 Godkjenning"
    )
    flat = lines.replace("\n", " ")
    for text in (lines, flat):
        read = read_attendance(text)
        assert [p.name.value for p in read.present] == ["Jon Askeland", "Knut Moe", "Rune Heradstveit"]
        assert read.present[2].organization.value == "NUI"
        assert [p.name.value for p in read.guests] == ["Stein Byrkjeland"]
        assert [p.name.value for p in read.absent] == ["Kari Aakre", "Kristin Handeland"]


def test_it_reads_absent_and_substitute_columns_flattened_row_by_row() -> None:
    read = read_attendance(
        "FORFALL MØTANDE VARAMEDLEMER Monica Nilsen Inger Signe Ulvund Georg Indrevik Ottar Tangen"
    )
    assert [p.name.value for p in read.absent] == ["Monica Nilsen", "Georg Indrevik"]
    assert [(p.name.value, p.for_name.value) for p in read.substitutes] == [
        ("Inger Signe Ulvund", "Monica Nilsen"),
        ("Ottar Tangen", "Georg Indrevik"),
    ]


def test_a_substitute_is_not_also_present() -> None:
    read = read_attendance(
        "MØTANDE VARAMEDLEMER Ole Irgens DESSE MØTTE HØGRE 1. Tom-Christer Nilsen 2. Ole Irgens"
    )
    assert [p.name.value for p in read.present] == ["Tom-Christer Nilsen"]
    assert read.present[0].organization.value == "HØGRE"
    assert [p.name.value for p in read.substitutes] == ["Ole Irgens"]


def test_it_reads_members_written_surname_first_with_their_party() -> None:
    read = read_attendance(
        "DESSE MØTTE Grung, Ruth (A) Selsvold, Astrid F. (A) Søviknes, Terje (Frp) FORFALL"
    )
    assert [(p.name.value, p.organization.value) for p in read.present] == [
        ("Grung, Ruth", "A"),
        ("Selsvold, Astrid F.", "A"),
        ("Søviknes, Terje", "Frp"),
    ]


def test_the_ordforer_who_signs_an_invitation_chairs_its_meeting() -> None:
    found = signing_chair(
        "Sakliste 115/14 Søknad om skjenkeløyve Dato Per Lerøy ordførar Jan Olav Osen rådmann"
    )
    assert found is not None and found.value == "Per Lerøy"


def test_a_chair_is_named_by_the_title_written_before_the_name() -> None:
    found = chair_by_title("Leder av regionrådet, Frank M. Ingilæ, ønsker deretter møtedeltakerne velkommen.")
    assert found is not None and found.value == "Frank M. Ingilæ"


def test_nynorsk_column_labels_til_stades_pair_absent_members_with_substitutes() -> None:
    read = read_attendance(
        "Representantar som er borte: Vararepresentantar som er til stades: Jarle Andersen Vilde Tøfte Øvstetun"
        " Marit Mellingen Alison Molland Til stades: I alt: 14"
    )
    assert [p.name.value for p in read.absent] == ["Jarle Andersen", "Marit Mellingen"]
    assert [p.name.value for p in read.substitutes] == ["Vilde Tøfte Øvstetun", "Alison Molland"]


def test_an_organisation_written_after_the_name_on_its_line_is_the_persons() -> None:
    text = "Følgende møtte:\n\nHarald Larsen Lebesby kommune (leder)\nStian Lindgård Nesseby kommune\n\nSak 1: Valg"
    for variant in (text, " ".join(text.split())):
        read = read_attendance(variant)
        assert [(p.name.value, p.organization.value) for p in read.present] == [
            ("Harald Larsen", "Lebesby kommune"),
            ("Stian Lindgård", "Nesseby kommune"),
        ]


def test_a_municipality_heads_the_row_of_names_after_it() -> None:
    # A table of one cell per line, with an empty cell and a member written only as "Forfall".
    cells = [
        "Kommune", "Ordfører", "Rådmann", "Vadsø", "Knut Busk", "Jens Betsi (8.)", "Vardø", "Robert Jensen", " ",
        "Båtsfjord", "Forfall", "Terje Jakobsen", "ØFR v/ daglig leder: Bernt-Aksel Jensen",
    ]  # fmt: skip
    text = "Følgende medlemmer møtte:\n\n" + "\n\n".join(cells) + "\n\nKonstituering: Velkommen"
    for variant in (text, " ".join(text.split())):
        read = read_attendance(variant)
        assert [(p.name.value, p.organization.value) for p in read.present] == [
            ("Knut Busk", "Vadsø"),
            ("Jens Betsi", "Vadsø"),
            ("Robert Jensen", "Vardø"),
            ("Terje Jakobsen", "Båtsfjord"),
            ("Bernt-Aksel Jensen", "ØFR"),
        ]


def test_a_capitalised_forfall_after_a_name_is_the_next_cell_of_a_flattened_row() -> None:
    text = (
        "Følgende medlemmer møtte: Kommune Ordfører Mindretallsmedlem Rådmann Vardø Robert Jensen Ingolf Eriksen "
        "Forfall Båtsfjord Forfall Forfall Terje Jakobsen Konstituering: Velkommen"
    )
    read = read_attendance(text)
    assert [p.name.value for p in read.present] == ["Robert Jensen", "Ingolf Eriksen", "Terje Jakobsen"]
    assert read.absent == []


def test_an_organisation_with_a_lower_case_noun_is_no_part_of_the_name_before_it() -> None:
    text = (
        "Øvrige deltakere Organisasjon Tor Inge Hellander Statens vegvesen Remi Strand Finnmark fylkeskommune"
    )
    assert [p.name.value for p in read_attendance(text).guests] == ["Tor Inge Hellander", "Remi Strand"]


def test_a_blank_line_parts_two_cells_even_in_a_list_with_commas() -> None:
    cells = ["Øvrige deltakere", "Organisasjon", "Unni Sildnes", "UiT, campus Kirkenes", "Rune Rautio",
             "Petro Øst/Aquaplan Niva", "Arve Tannvik", "Kirkenes Næringshage, Vadsø", "Jan Rudy Pedersen",
             "Politimesteren i Finnmark,"]  # fmt: skip
    read = read_attendance("\n\n".join(cells))
    assert [p.name.value for p in read.guests] == [
        "Unni Sildnes",
        "Rune Rautio",
        "Arve Tannvik",
        "Jan Rudy Pedersen",
    ]


def test_a_group_heading_without_a_space_and_a_heading_glued_to_the_list_end() -> None:
    text = (
        "Følgende medlemmer møtte:\nTana: Frank M. Ingilæ Ellen K. Saba\nNesseby:Oddvar Betten\n\n"
        "Øvrige deltakere: Organisasjon:\nKarin Straume Fylkesmannen i FinnmarkKonstituering:\n"
        "Ordfører Geir Knutsen ønsket velkommen til Båtsfjord kommune."
    )
    read = read_attendance(text)
    assert [(p.name.value, p.organization.value) for p in read.present] == [
        ("Frank M. Ingilæ", "Tana"),
        ("Ellen K. Saba", "Tana"),
        ("Oddvar Betten", "Nesseby"),
    ]
    assert [p.name.value for p in read.guests] == ["Karin Straume"]


def test_one_entry_a_line_keeps_each_persons_place_and_title_on_their_own_line() -> None:
    text = (
        "Møtande medlemer\nOla Tveito, Gol (leiar)\nKnut Rudningen, Ål\nBirgit Haugen, Hemsedal\n"
        "Trond Bakkehaug, kommunedirektør Nord-Fron\nForfall: Torleiv Medhus, Nes\n"
    )
    read = read_attendance(text)
    assert [(p.name.value, p.organization and p.organization.value) for p in read.present] == [
        ("Ola Tveito", "Gol"),
        ("Knut Rudningen", "Ål"),
        ("Birgit Haugen", "Hemsedal"),
        ("Trond Bakkehaug", "Nord-Fron"),
    ]
    assert read.chair.value == "Ola Tveito"


def test_a_title_ending_a_line_is_the_role_of_the_name_before_it() -> None:
    read = read_attendance("Til stede:\nOddvar Lien, leder\nGudrun Haugstad\n\nForfall:\nSverre Holen\n")
    assert read.chair.value == "Oddvar Lien"
    assert [p.role and p.role.value for p in read.present] == ["leder", None]


def test_a_dash_after_the_name_opens_its_organisation() -> None:
    read = read_attendance(
        "Deltakere:\nMarianne Hansen – Sortland kommune\nBodil Nilsen – KS Nordland, prosessleder\n"
    )
    assert [(p.name.value, p.organization.value) for p in read.present] == [
        ("Marianne Hansen", "Sortland kommune"),
        ("Bodil Nilsen", "KS Nordland"),
    ]


def test_a_numbered_agenda_item_after_a_blank_line_ends_the_list() -> None:
    text = "Gjester: Are Benjaminsen, Nordlandssykehuset\n\n1. Velkommen\nMarianne Hansen ønsket velkommen.\n"
    assert [p.name.value for p in read_attendance(text).guests] == ["Are Benjaminsen"]


def test_a_heading_alone_on_its_line_opens_a_list_but_a_repeated_one_is_a_table_cell() -> None:
    read = read_attendance("Deltakere\n\nBerit Hannasvik\nKnut Haugen\n\nFravær\n\nBirgit Eckhoff\n")
    assert [p.name.value for p in read.present] == ["Berit Hannasvik", "Knut Haugen"]
    assert [p.name.value for p in read.absent] == ["Birgit Eckhoff"]
    cells = "Følgende medlemmer møtte:\n\nVadsø\n\nKari Moe\n\nForfall\n\nVardø\n\nForfall\n\nPer Lid\n"
    assert read_attendance(cells).absent == []


def test_a_name_cut_by_a_narrow_page_is_read_whole() -> None:
    # A PDF page about 55 characters wide wrapped the list inside "Rune Sandvik".
    text = (
        "Møtet vart halde på Gol rådhus, og dei frammøtte var:\n"
        "Til stede: Kari Nordmann, Per Hansen, Ola Nilsen, Rune\nSandvik, Eva Dahl, Siri Moe\n"
    )
    names = [p.name.value for p in read_attendance(text).present]
    assert names == ["Kari Nordmann", "Per Hansen", "Ola Nilsen", "Rune Sandvik", "Eva Dahl", "Siri Moe"]
