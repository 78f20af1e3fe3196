"""What kind of document it is, and the one case a case presentation argues."""

from __future__ import annotations

from motebok.extraction.parse import extract_record

_SAKSUTREDNING = (
    "Nordby kommune\n\n"
    "Arkivsak-dok.    23/01234-2\n"
    "Saksbehandler    Kari Nordmann\n\n"
    "Saksgang                    Møtedato        Saknr\n"
    "1 Levekårsutvalget          03.04.2024      12/24\n"
    "2 Kommunestyret             24.04.2024\n\n"
    "NY AVTALE OM LEGEVAKT\n\n"
    "Kommunedirektørens innstilling\n"
    "1. Avtalen godkjennes.\n"
    "2. Utgiftene tas inn i budsjettet.\n\n"
    "Saksopplysninger\n"
    "Avtalen løper ut.\n\n"
    "Konklusjon\n"
    "Kommunedirektøren tilrår at avtalen godkjennes.\n"
)


def test_a_saksutredning_without_the_word_in_its_title_is_a_case_presentation() -> None:
    assert extract_record(_SAKSUTREDNING).doc_type == "case_presentation"


def test_the_case_of_a_saksutredning_comes_from_its_saksgang_table() -> None:
    record = extract_record(_SAKSUTREDNING)
    assert record.body == "Levekårsutvalget"
    assert record.meeting.date.isoformat() == "2024-04-03"
    assert [(c.number, c.title, c.conclusion) for c in record.cases] == [
        ("12/24", "NY AVTALE OM LEGEVAKT", "1. Avtalen godkjennes. 2. Utgiftene tas inn i budsjettet.")
    ]


def test_a_note_from_a_telephone_meeting_is_a_summary() -> None:
    text = "Notat frå telefonmøte i styret – 2.2.24\n\nTil stades: Per Hansen, Kari Moe.\n\nVi drøfta budsjettet.\n"
    assert extract_record(text).doc_type == "summary"


def test_a_nynorsk_saksutgreiing_is_read_by_its_tilraading() -> None:
    text = (
        "Arkivsak: 23/1\nSakshandsamar: Kari Moe\n\n"
        "Saksgang\tMøtedato\tSaknr\nLevekårsutvalet\t03.04.2024\t12/24\n\n"
        "NY AVTALE\n\nKommunedirektøren si tilråding\nAvtalen vert godkjend.\n"
    )
    record = extract_record(text)
    assert record.doc_type == "case_presentation"
    assert [(c.number, c.title, c.conclusion) for c in record.cases] == [
        ("12/24", "NY AVTALE", "Avtalen vert godkjend.")
    ]


def test_a_mail_that_welcomes_to_a_meeting_is_an_invitation() -> None:
    text = (
        "Fra: Kari Moe <kari@nordby.kommune.no>\nSendt: 3. mars 2025\nEmne: Møte 9. april\n\n"
        "Hei!\n\nVelkommen til møte onsdag 9. april kl. 10.\n\nHilsen Kari\n"
    )
    assert extract_record(text).doc_type == "invitation"


def test_attendance_and_decisions_under_an_untyped_title_make_minutes() -> None:
    text = (
        "Nettverksmøte 3. mars 2025\n\nTil stede: Kari Moe, Jon Vik\n\n"
        "Leder ønsket velkommen til møtet.\n\nSak 1/25 Budsjett\nVedtak: Godkjent.\n"
    )
    assert extract_record(text).doc_type == "minutes"


def test_a_meeting_note_is_a_summary() -> None:
    assert extract_record(
        "Møtenotat\n\nTil stede: Kari Moe, Jon Vik\n\nVi drøftet budsjettet.\n"
    ).doc_type == ("summary")


def test_a_flattened_transcript_is_minutes_when_its_title_follows_a_short_cover_page() -> None:
    text = (
        "1 Vedlegg til saker til behandling i Lindesnesrådet Alle vedleggene er samlet til ett pdf-dokument. "
        "Vis bokmerker for enklere navigering (Klikk på helt til venstre i skjermbildet) 2 LINDESNESRÅDET "
        "REFERAT (UTKAST) Styre/organ: Lindesnesrådet Sted: Mandal rådhus Innkalles: Ordfører i Åseral Oddmund "
        "Ljosland (leder) Forfall uten vara: Terje Damman SAKSLISTE: LR-56/2013 Referat fra møte"
    )
    assert extract_record(text).doc_type == "minutes"
