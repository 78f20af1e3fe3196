"""Case numbers, titles and conclusions in the layouts municipal documents use."""

from __future__ import annotations

from motebok.extraction.parse import extract_record


def _cases(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.number, c.title, c.conclusion) for c in extract_record(text).cases]


def test_it_keeps_the_documents_own_spelling_of_case_numbers() -> None:
    text = "Referat\n\nSak 14-22 Første\n\nPS 29/14 Andre\n\n016/22 Tredje\n\n17/22 Fjerde\n"
    assert [number for number, _, _ in _cases(text)] == ["14-22", "PS 29/14", "016/22", "17/22"]


def test_a_decision_wins_over_the_proposal_before_it() -> None:
    text = (
        "Protokoll\n\nPS 2/24 Handlingsplan\nKommunedirektørens forslag til vedtak:\nPlanen vedtas.\n\n"
        "Vedtak:\nPlanen vedtas med endringer.\n"
    )
    assert _cases(text) == [("PS 2/24", "Handlingsplan", "Planen vedtas med endringer.")]


def test_the_conclusion_is_the_paragraph_under_oppsummering() -> None:
    text = (
        "Sak 3-23 Tema\n- punkt\n\nOppsummering\n\nTas til orientering.\n\nSak 4-23 Eventuelt\nIngen saker.\n"
    )
    assert _cases(text) == [("3-23", "Tema", "Tas til orientering."), ("4-23", "Eventuelt", None)]


def test_an_inline_decision_ends_with_its_line() -> None:
    text = "Sak 1/24 Plan\nVedtak: Planen godkjennes.\nKari Nordmann tek ansvar for oppfølginga.\n"
    assert _cases(text)[0][2] == "Planen godkjennes."


def test_unnumbered_agenda_bullets_are_the_cases_of_an_invitation() -> None:
    text = "Innkalling\n\nSaksliste:\n• Budsjett\n• Eventuelt\n\nVelkommen\n"
    record = extract_record(text)
    assert record.doc_type == "invitation"
    assert [(c.number, c.title, c.conclusion) for c in record.cases] == [
        (None, "Budsjett", None),
        (None, "Eventuelt", None),
    ]


def test_numbered_capital_headings_form_the_cases_when_nothing_else_does() -> None:
    text = "REFERAT\n\n1. GODKJENNING\nKonklusjon: Godkjent.\n\n2. BUDSJETT\nDrøftet.\n"
    assert _cases(text) == [("1", "GODKJENNING", "Godkjent."), ("2", "BUDSJETT", None)]


def test_a_bold_html_title_stops_where_the_bold_stops() -> None:
    text = "Referent: Kari Nordmann\n1. <b>Velkommen</b> – ved Ola Hansen\n2. <b>Status</b>\n"
    assert [title for _, title, _ in _cases(text)] == ["Velkommen", "Status"]
