"""The text layer: tables with a header row, list items, and the label reader reading those tables."""

from __future__ import annotations

from motebok.extraction.parse.attendance import read_attendance
from motebok.extraction.parse.segments import Kind, segment

# Seed 000's layout: a municipality, a name and an e-mail per row, under a header row and no label.
EMAIL_TABLE = (
    "Dato og tid: 06.04.2017\n\n"
    "KOMMUNE\tNAMN\tE- post\n"
    "Askøy\tTorgeir Sæter\ttorgeir.seter@askoy.kommune.no\n"
    "Austevoll\tJofrid Troland\tjofrid.troland@austevoll.kommune.no\n"
)


def test_it_finds_a_table_by_its_header_row_and_gives_each_column_a_kind() -> None:
    (table,) = segment(EMAIL_TABLE).tables
    assert table.columns == ("organization", "name", "email")
    assert [row.kind for row in table.rows] == [Kind.TABLE_ROW, Kind.TABLE_ROW]
    row = table.rows[1]
    assert EMAIL_TABLE[row.start : row.end].startswith("Austevoll\tJofrid Troland")
    assert table.cell(row, "email").value == "jofrid.troland@austevoll.kommune.no"


def test_the_label_reader_reads_a_table_without_a_label_as_those_present() -> None:
    read = read_attendance(EMAIL_TABLE)
    assert [(p.name.value, p.organization.value, p.email.value) for p in read.present] == [
        ("Torgeir Sæter", "Askøy", "torgeir.seter@askoy.kommune.no"),
        ("Jofrid Troland", "Austevoll", "jofrid.troland@austevoll.kommune.no"),
    ]


def test_the_label_reader_files_a_table_under_the_label_above_it_and_by_its_status_column() -> None:
    text = (
        "Til stede: Kari Nordmann, Per Hansen\n\n"
        "Forfall:\n"
        "Navn\tKommune\n"
        "Eva Dahl\tVefsn\n\n"
        "Namn  Rolle  Status\n"
        "Jon Vik  medlem  vara\n"
        "Åse Lind  leiar  forfall\n"
    )
    read = read_attendance(text)
    assert [p.name.value for p in read.present] == ["Kari Nordmann", "Per Hansen"]
    assert [p.name.value for p in read.absent] == ["Eva Dahl", "Åse Lind"]
    assert [p.name.value for p in read.substitutes] == ["Jon Vik"]


def test_a_status_cell_inside_a_table_is_no_label() -> None:
    text = "Navn\tStatus\nEva Dahl\tForfall\nPer Hansen\tmøtt\n\nSak 1/24 Godkjenning"
    read = read_attendance(text)
    assert [p.name.value for p in read.absent] == ["Eva Dahl"]
    assert [p.name.value for p in read.present] == ["Per Hansen"]


def test_it_marks_bullets_as_list_items() -> None:
    items = segment("Saksliste:\n• Budsjett\n- Eventuelt\nTekst").list_items
    assert [(item.kind, item.line) for item in items] == [(Kind.LIST_ITEM, 1), (Kind.LIST_ITEM, 2)]
