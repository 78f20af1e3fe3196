"""Document type, body and meeting details from the head of a document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from motebok.extraction.parse import extract_record
from motebok.extraction.readers import read_document

MAIL = """Fra: Hanne Rasmussen <hanne@kinn.kommune.no>
Sendt: tirsdag 14. februar 2023 13:42
Til: Helseledernettverket
Emne: Innkalling til møte i helseledernettverket 9. mars

Hei alle,

Velkommen til møte torsdag 9. mars 2023 kl. 10.00–15.00.

Saksliste
Sak 05/23 Godkjenning av innkalling
"""


def test_an_e_mail_invitation_is_dated_by_its_meeting_not_its_sending() -> None:
    record = extract_record(MAIL)
    assert record.doc_type == "invitation"
    assert record.meeting.date == dt.date(2023, 3, 9)
    assert (record.meeting.start, record.meeting.end) == (dt.time(10), dt.time(15))
    assert record.body is None  # neither the greeting nor the lower-case "helseledernettverket"


def test_the_body_stands_under_a_bare_title() -> None:
    assert extract_record("MØTEBOK\n\nSamarbeidsrådet for Sunnhordland\n\nTil stades:\n").body == (
        "Samarbeidsrådet for Sunnhordland"
    )
    text = "PROTOKOLL\n\nfrå møte i Representantskapet for Voss brannvesen IKS\n\nMøtedato: 24.11.2022\n"
    assert extract_record(text).body == "Representantskapet for Voss brannvesen IKS"


def test_a_title_naming_only_the_kind_of_meeting_leaves_the_body_to_the_next_line() -> None:
    text = "Oppsummering fra nettverkssamling\n\nNettverk for kommunalsjefer i Vesterålen\nSted: Sortland\n"
    assert extract_record(text).body == "Nettverk for kommunalsjefer i Vesterålen"


def test_a_labelled_working_group_is_the_body() -> None:
    text = "# Referat fra arbeidsgruppemøte\n\n**Arbeidsgruppe:** Digital hjemmeoppfølging\n**Dato:** 23.05.2024\n"
    assert extract_record(text).body == "Digital hjemmeoppfølging"


def test_a_title_naming_a_board_meeting_leaves_the_body_to_the_next_line() -> None:
    text = "PROTOKOLL FRA STYREMØTE\n\nInterkommunalt arkiv i Buskerud IKS\n\nDato: 12. juni 2023\n"
    assert extract_record(text).body == "Interkommunalt arkiv i Buskerud IKS"


def test_a_place_wrapped_after_the_date_and_an_offer_to_join_on_teams_make_a_hybrid_meeting() -> None:
    text = (
        "Innkalling\n\nVelkommen til møte i nettverket torsdag 9. mars 2023 kl. 10.00–15.00 på Nordfjord\n"
        "hotell, Nordfjordeid. Det er mulig å delta på Teams.\n\nSaksliste\nSak 05/23 Godkjenning\n"
    )
    meeting = extract_record(text).meeting
    assert (meeting.place, meeting.format) == ("Nordfjord hotell, Nordfjordeid", "hybrid")


def test_the_body_named_only_in_the_prose_and_the_place_and_times_there() -> None:
    record = extract_record(
        "PROTOKOLL FRA MØTE I REGIONRÅDET\n\nMøtet i Vest-Telemark regionråd ble holdt i Kviteseid kommunehus "
        "torsdag 20. februar 2025\nfra kl. 10.00 til kl. 13.15.\n\nPS 23/25 Godkjenning\n"
    )
    assert record.body == "Vest-Telemark regionråd"
    assert (record.meeting.place, record.meeting.format) == ("Kviteseid kommunehus", "physical")
    assert (record.meeting.start, record.meeting.end) == (dt.time(10, 0), dt.time(13, 15))


def test_the_body_above_a_title_that_only_names_the_kind_of_meeting() -> None:
    record = extract_record(
        "Nordhordland digitalt samarbeid\nREFERAT FRÅ MØTE I ARBEIDSUTVALET\n\n"
        "Tidspunkt: 04.03.2025 kl 0900-1130\nMøtestad: Alver rådhus, møterom 2 og Teams\n"
    )
    assert record.body == "Nordhordland digitalt samarbeid"
    assert (record.meeting.start, record.meeting.end) == (dt.time(9, 0), dt.time(11, 30))
    assert (record.meeting.place, record.meeting.format) == ("Alver rådhus, møterom 2", "hybrid")


def test_a_page_break_ends_a_line() -> None:
    record = extract_record("Protokoll\n\nPS 1/24 Første\nVedtak: Godkjent.\nSide 1 av 2\fPS 2/24 Andre\n")
    assert [case.number for case in record.cases] == ["PS 1/24", "PS 2/24"]


HEADER_ROWS = [("Dato", "12. mars 2024"), ("Tid", "13:00–15:00"), ("Sted", "Rådhuset")]


def _word_header(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Referat fra møte i Helsenettverket Vest")
    table = document.add_table(rows=len(HEADER_ROWS), cols=2)
    for row, values in zip(table.rows, HEADER_ROWS, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("Sak 1/24 Budsjett")
    document.save(path / "referat.docx")
    return path / "referat.docx"


def _html_header(path: Path) -> Path:
    rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in HEADER_ROWS)
    (path / "referat.html").write_text(
        f"<html><body><h1>Referat fra møte i Helsenettverket Vest</h1><table>{rows}</table>"
        "<p>Sak 1/24 Budsjett</p></body></html>",
        encoding="utf-8",
    )
    return path / "referat.html"


@pytest.mark.parametrize("write", [_word_header, _html_header], ids=["word", "html"])
def test_a_time_in_a_table_cell_beside_its_label_is_the_meeting_time(write, tmp_path: Path) -> None:
    source = read_document(write(tmp_path))
    assert "Tid\t13:00–15:00" in source.text  # the label's cell and the time's cell, no colon between

    meeting = extract_record(source.text).meeting

    assert (meeting.date, meeting.start, meeting.end) == (dt.date(2024, 3, 12), dt.time(13), dt.time(15))
