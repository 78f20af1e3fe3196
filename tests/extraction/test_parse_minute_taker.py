"""The minute-taker written after the name, in a Stilling column, or as the author of a summary."""

from __future__ import annotations

import pytest

from motebok.extraction.parse import extract_record


@pytest.mark.parametrize(
    "line",
    [
        "Fra sekretariatet: rådgiver Per Olav Lunde (referent)",
        "Frå sekretariatet: koordinator Per Olav Lunde (protokoll).",
        "Sekretariatet: Per Olav Lunde (rådgiver), referent",
        "Oppsummering ved Per Olav Lunde, koordinator.",
    ],
)
def test_a_duty_after_the_name_or_an_author_line_names_the_minute_taker(line: str) -> None:
    text = f"Referat\n\nTil stede: Kari Moe, Jon Vik\n{line}\n\nSak 1/25 Eventuelt\n"
    assert extract_record(text).minute_taker == "Per Olav Lunde"


def test_the_duty_in_a_stilling_column_names_the_minute_taker() -> None:
    text = (
        "Protokoll\n\nFra sekretariatet:\nNavn                Stilling\n"
        "Kari Moe            daglig leder\nPer Olav Lunde      rådgiver (protokollfører)\n\nSak 1/25 Eventuelt\n"
    )
    assert extract_record(text).minute_taker == "Per Olav Lunde"


def test_a_reference_at_the_foot_names_the_minute_taker() -> None:
    text = (
        "Referat\n\nTil stede: Kari Moe, Jon Vik\n\nSak 1/25 Eventuelt\nIngen saker.\n\nRef. Per Olav Lunde\n"
    )
    assert extract_record(text).minute_taker == "Per Olav Lunde"


def test_a_scanned_l_read_as_a_digit_is_repaired_in_the_minute_takers_name() -> None:
    text = "Referat\n\nReferent: Liv Ho1m, rådgjevar, Kvam herad\n\nSak 1/25 Eventuelt\n"
    assert extract_record(text).minute_taker == "Liv Holm"


def test_a_role_that_merely_mentions_the_minutes_names_nobody() -> None:
    text = "Referat\n\nTil stede: Kari Moe, Jon Vik\n\nSak 1/25 Godkjenning av protokoll\nGodkjent.\n"
    assert extract_record(text).minute_taker is None


@pytest.mark.parametrize("foot", ["Notert av Per Olav Lunde, 3. mars", "For referatet: Per Olav Lunde"])
def test_a_note_at_the_foot_names_the_minute_taker(foot: str) -> None:
    text = f"Referat\n\nTil stede: Kari Moe, Jon Vik\n\nSak 1/25 Eventuelt\nIngen saker.\n\n{foot}\n"
    assert extract_record(text).minute_taker == "Per Olav Lunde"


def test_a_report_written_by_someone_names_no_minute_taker() -> None:
    text = "Referat\n\nTil stede: Kari Moe, Jon Vik\n\nSak 1/25 Rapport\nRapporten er skrevet av Per Olav Lunde.\n"
    assert extract_record(text).minute_taker is None
