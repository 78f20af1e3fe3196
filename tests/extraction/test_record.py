"""The meeting record: JSON shape, round trip, sources and the readable rendering."""

from __future__ import annotations

from motebok.extraction.parse import extract_record
from motebok.extraction.record import MeetingRecord

TEXT = (
    "Referat fra møte i Testrådet\nDato: 2. mai 2023 kl. 09.00-11.00\nSted: Rådhuset\n\n"
    "Til stede: Kari Nordmann, Ola Hansen\n\nSak 3/23 Budsjett\nVedtak: Godkjent.\n"
    "Ola Hansen følger opp med frist 1. juni.\n"
)


def test_to_dict_has_exactly_the_schema_fields_and_sources() -> None:
    data = extract_record(TEXT).to_dict()
    assert list(data) == [
        "doc_type", "body", "meeting", "chair", "minute_taker", "present", "absent", "substitutes",
        "guests", "cases", "action_items", "deadlines", "sources",
    ]  # fmt: skip
    assert data["meeting"] == {"date": "2023-05-02", "start": "09:00", "end": "11:00", "place": "Rådhuset",
                               "format": "physical"}  # fmt: skip
    assert data["action_items"][0]["due"] == "2023-06-01"


def test_every_source_points_at_its_value_in_the_text() -> None:
    record = extract_record(TEXT)
    data = record.to_dict()
    for path in ("body", "meeting.place", "present[1].name", "cases[0].title", "cases[0].conclusion"):
        start, end = data["sources"][path]
        head, _, rest = path.partition(".")
        value = data[head] if not rest else None
        if head.startswith("present["):
            value = data["present"][1]["name"]
        elif head.startswith("cases["):
            value = data["cases"][0][rest]
        elif head == "meeting":
            value = data["meeting"][rest]
        assert record.text[start:end] == value


def test_from_dict_round_trips() -> None:
    data = extract_record(TEXT).to_dict()
    assert MeetingRecord.from_dict(data).to_dict() == data


def test_to_text_labels_fields_in_norwegian() -> None:
    rendered = extract_record(TEXT).to_text()
    assert "Dokumenttype: referat" in rendered
    assert "Sted: Rådhuset" in rendered
    assert "Konklusjon: Godkjent." in rendered
