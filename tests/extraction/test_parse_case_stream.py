"""Cases read from the flow of the text: by the shape of their numbers, whatever the line breaks."""

from __future__ import annotations

import pytest

from motebok.extraction.parse.case_stream import CASE_NUMBER_RULES, find_stream_cases


@pytest.mark.parametrize("rule", CASE_NUMBER_RULES, ids=lambda rule: rule.name)
def test_each_case_number_rule_finds_its_example(rule) -> None:
    m = rule.pattern.search(rule.example)
    assert m is not None
    assert m.group("value") == rule.expected


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            case.number.value,
            case.title.value if case.title else None,
            case.conclusion.value if case.conclusion else None,
        )
        for case in find_stream_cases(text)
    ]


def test_it_reads_an_agenda_whose_line_breaks_were_lost() -> None:
    text = (
        "1 Referat: styremøte 15. mai 2009 kl Dagsorden: Sak nr. 47/09 Godkjenning av saksliste Sak nr. 48/09 "
        "Referat fra siste styremøte 15. april 2009 Sak nr. 49/09 Eventuelt Sted: Rådhuset Tilstede: Nes: Eidsvoll:"
    )
    assert _read(text) == [
        ("47/09", "Godkjenning av saksliste", None),
        ("48/09", "Referat fra siste styremøte 15. april 2009", None),
        ("49/09", "Eventuelt", None),
    ]


def test_it_reads_the_same_cases_with_and_without_line_breaks() -> None:
    lines = "Saksliste\n\n105/14 Godkjenning av innkalling\n106/14 Meldingar\n107/14 Kjøp av paviljong Kaland skule\n"
    assert _read(lines) == _read(" ".join(lines.split()))
    assert [title for _, title, _ in _read(lines)] == [
        "Godkjenning av innkalling",
        "Meldingar",
        "Kjøp av paviljong Kaland skule",
    ]


def test_an_archive_number_after_the_case_number_is_not_a_case() -> None:
    text = "SAKSLISTE Saksnr. Arkivsaksnr. Tittel 6/07 05/1476 DELTAKELSE I LEGEVAKTORDNING 7/07 07/482 KANTINEDRIFT VED SKOLEN"
    assert _read(text) == [
        ("6/07", "DELTAKELSE I LEGEVAKTORDNING", None),
        ("7/07", "KANTINEDRIFT VED SKOLEN", None),
    ]


def test_a_number_that_lost_its_digits_is_kept_as_written() -> None:
    text = "Sakliste 27/05 Godkjenning av protokoll /05 Orienteringssaker 29/05 Budsjett /05 Uttalelse til budsjett"
    assert [number for number, _, _ in _read(text)] == ["27/05", "/05", "29/05", "/05"]


def test_meeting_numbers_property_numbers_and_ranges_are_not_cases() -> None:
    text = (
        "Protokoll fra møte nr. 4/12. Saknr.: 206/12-243/12 Kjøp av tomt gbnr. 130/20 Til stede: Ola Nordmann "
        "Sak 21/12 Status for prosjektet"
    )
    assert _read(text) == [("21/12", "Status for prosjektet", None)]


def test_a_case_takes_its_decision_over_the_proposal_in_minutes() -> None:
    text = (
        "Sak 3/24 Kjøp av bil Innstilling: Rådet kjøper ein bil. Behandling: Samrøystes. "
        "Vedtak: Rådet kjøper to bilar. Sak 4/24 Eventuelt Ingen saker."
    )
    assert _read(text)[0] == ("3/24", "Kjøp av bil", "Rådet kjøper to bilar.")


def test_an_invitation_concludes_a_case_with_its_proposal() -> None:
    text = "105/14 Kommunestyret PS Godkjenning av innkalling Framlegg til vedtak: Innkalling vert godkjent Saksopplysninger: Ingen"
    cases = find_stream_cases(text, prefer_decisions=False)
    assert cases[0].conclusion.value == "Innkalling vert godkjent"


def test_a_label_inside_a_sentence_does_not_start_a_conclusion() -> None:
    text = "Sak 5/24 Budsjett Dermed ble innstillingen vedtatt i møtet. Sak 6/24 Eventuelt"
    assert _read(text)[0][2] is None


def test_a_saksprotokoll_names_its_one_case_without_a_title() -> None:
    text = "Ungdomsrådets behandling av sak 14/2026 i møte den 20.05.2026:\n\nVedtak:\nUngdomsrådet anbefaler skolen.\n"
    assert _read(text) == [("14/2026", None, "Ungdomsrådet anbefaler skolen.")]
