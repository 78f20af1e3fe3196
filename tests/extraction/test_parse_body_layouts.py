"""The body's name written above or below the document-type word, or in the opening sentence."""

from __future__ import annotations

from motebok.extraction.parse import extract_record


def test_the_name_above_a_bare_title_is_the_body() -> None:
    text = "Kulturnettverket Ofoten\n\nReferat\n\nMøtet ble holdt 3. mars 2025 i Narvik.\n"
    assert extract_record(text).body == "Kulturnettverket Ofoten"


def test_the_committee_under_the_organisation_is_the_body() -> None:
    text = "TROMS REGIONRÅD\nArbeidsutvalget i Troms\n\nPROTOKOLL FRA MØTE\n\nDato: 04.03.2025\n"
    assert extract_record(text).body == "Arbeidsutvalget i Troms"


def test_the_name_under_a_mandate_heading_is_the_body() -> None:
    text = "MANDAT\nBiblioteknettverket i Ryfylke\n\nNettverket skal dele erfaringar.\n"
    assert extract_record(text).body == "Biblioteknettverket i Ryfylke"


def test_a_name_with_a_comma_in_a_meeting_note_title_is_kept_whole() -> None:
    text = "Notat frå telefonmøte i AU, nettverk for skulefagleg samarbeid i Nordfjord – 4.3.25 kl 08.15\n\nOk.\n"
    assert extract_record(text).body == "AU, nettverk for skulefagleg samarbeid i Nordfjord"


def test_a_name_ending_in_i_and_a_region_is_not_cut() -> None:
    text = "Hei!\n\nVelkomen til møte i Lærarforum i Sunnhordland.\n\nTid: 9. april 2025 kl. 13\n"
    assert extract_record(text).body == "Lærarforum i Sunnhordland"


def test_the_name_before_a_dash_and_the_document_word_is_the_body() -> None:
    assert (
        extract_record("Skolenettverket Nord – referat\n\nDato: 3. mars 2025\n").body
        == "Skolenettverket Nord"
    )


def test_a_named_network_after_the_meeting_kind_and_a_dash_stands_alone() -> None:
    text = "Kort referat fra nettverksmøte – Barnevernsnettverket Midt\n\nDato: 3. mars 2025\n"
    assert extract_record(text).body == "Barnevernsnettverket Midt"


def test_a_meeting_kind_a_dash_and_a_project_name_are_joined() -> None:
    text = "Referat fra styringsgruppemøte – Digi Nord\n\nDato: 3. mars 2025\n"
    assert extract_record(text).body == "Styringsgruppe Digi Nord"


def test_a_network_under_the_title_wins_over_a_municipality_above_it() -> None:
    text = "Nordby kommune\nReferat\nHelsenettverket Sør\n\nDato: 3. mars 2025\n"
    assert extract_record(text).body == "Helsenettverket Sør"


def test_a_group_meeting_for_a_named_partnership_keeps_the_group() -> None:
    text = "Referat – styringsgruppemøte for Nordby legevaktsamarbeid\n\nDato: 3. mars 2025\n"
    assert extract_record(text).body == "Styringsgruppe for Nordby legevaktsamarbeid"


def test_a_network_written_in_lower_case_before_its_region_is_the_body() -> None:
    text = "Hei alle,\n\nVelkommen til møte i skuleleiarnettverket i Sogn torsdag 9. mars 2023 kl. 10.\n"
    assert extract_record(text).body == "Skuleleiarnettverket i Sogn"


def test_a_board_meeting_in_a_named_council_is_its_board() -> None:
    text = "STYREMØTE I FOSEN REGIONRÅD MØTEBOK. Auditoriet Leksvik vgs\n\nSted: Leksvik\n"
    assert extract_record(text).body == "Styret i FOSEN REGIONRÅD"


def test_a_meeting_held_for_a_council_names_it() -> None:
    text = "Leiaren ledet det siste møte for Øst-Finnmark regionråd for denne perioden.\n\nProtokoll fra møte nr. 2/15\n"
    assert extract_record(text).body == "Øst-Finnmark regionråd"


def test_an_organ_named_by_whose_it_is() -> None:
    text = (
        "Arbeidsutvalet (AU)\nVestlandsrådet sitt arbeidsutval (AU) består av dei fire fylkesordførarane.\n"
    )
    assert extract_record(text).body == "Vestlandsrådet sitt arbeidsutval"


def test_the_body_under_a_mandate_heading_further_down_a_page() -> None:
    text = (
        "Kommunereform – prosjektorganisasjon\nBilete av skiløypa\nArbeidet har ein prosjektorganisering.\n"
        "Mandat – oppgaver\nFelles styringsgruppe\nStyringsgruppa representerer kommunestyrene.\n"
    )
    record = extract_record(text)
    assert (record.doc_type, record.body) == ("mandate", "Felles styringsgruppe")


def test_a_name_that_starts_with_digital_keeps_its_first_word() -> None:
    text = "OPPSUMMERING DIGITALISERINGSNETTVERKET VEST 12-01\n\nMandag 2. januar 2012 kl. 0900 - 1200\n"
    assert extract_record(text).body == "DIGITALISERINGSNETTVERKET VEST"


def test_a_mandate_heading_run_into_the_sentence_that_repeats_it_names_the_body() -> None:
    text = "Koordineringsrådet Koordineringsrådet er eit administrativt samarbeidsutval for Helse Førde HF. Mandat"
    assert extract_record(text).body == "Koordineringsrådet"


def test_an_organ_and_its_councils_acronym_after_a_dash_is_the_body() -> None:
    text = "Møte i AU – IHR\n\nTeams\nTid: 10.00 – 11.00\n\nSAKSLISTE\nAU-17/20  Referatsaker\n"
    assert extract_record(text).body == "AU – IHR"


def test_the_organisation_opening_a_transcribed_page_above_its_title_is_the_body() -> None:
    text = (
        "1 Vossarådet RÅDSMEDLEMMENE INNKALLING TIL RÅDSMØTE Dato: Torsdag Stad: Voss "
        "Agenda: Klokka Møte i Regionalt Næringsfond Voss Klokka Lunsj HR-sak 16/13 Meldingar"
    )
    assert extract_record(text).body == "Vossarådet"


def test_a_short_name_in_the_title_is_read_as_written_out_further_down() -> None:
    text = (
        "INNKALLING TIL MØTE I FELLESNEMNDA\n\nDato: Onsdag 21. desember 2005\nSakliste\n"
        "27/05 Godkjenning av protokoll\n\nSaksframlegg Utvalg Møtedato Utvalgssaksnr "
        "Fellesnemnda for Molde og Aukra /2005\n"
    )
    assert extract_record(text).body == "Fellesnemnda for Molde og Aukra"


def test_a_saksframlegg_without_case_numbers_names_the_first_body_of_its_saksgang() -> None:
    text = (
        "1 Snåsa kommune Arkiv: 033 Arkivsaksnr.: 15/ Saksbehandler: Kari Moe Dato: Utvalg SAKSFRAMLEGG "
        "Møtedato Snåsa formannskap Snåsa kommunestyre Vedlagte dokumenter: 1. Brev\n\n"
        "Rådmannens forslag til vedtak:\nSnåsa kommune går videre alene.\n"
    )
    record = extract_record(text)
    assert record.doc_type == "case_presentation"
    assert record.body == "Snåsa formannskap"
