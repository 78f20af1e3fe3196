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


def test_year_first_case_numbers_are_cases() -> None:
    text = "Innkalling\n\nSak 2023/07 Godkjenning\nSak 2023/08 Eventuelt\n"
    assert [number for number, _, _ in _cases(text)] == ["2023/07", "2023/08"]


def test_a_unanimous_decision_heading_concludes_but_a_vote_report_does_not() -> None:
    text = (
        "Protokoll\n\n014/22 Godkjenning av sakliste\nSamrøystes vedteke:\nSaklista vert godkjend.\n\n"
        "015/22 Revisor\nEnstemmig vedtatt.\n"
    )
    assert [conclusion for _, _, conclusion in _cases(text)] == ["Saklista vert godkjend.", None]


def test_a_case_presentation_concludes_with_its_proposal_and_reads_a_spaced_header_table() -> None:
    text = (
        "SAKSFRAMLEGG\n\nSaksbehandler: Henrik Aas\nArkivsak: 23/01845\n\n"
        "Saksgang                 Møtedato        Saksnr\nFormannskapet            05.12.2023      112/23\n\n"
        "Ny avtale for legevakt\n\nKommunedirektørens forslag til vedtak\nAvtalen godkjennes.\n\n"
        "Vedlegg\n1. Avtaleutkast\n\nVurdering\nAvtalen er god.\n\nKonklusjon\nKommunedirektøren anbefaler avtalen.\n"
    )
    record = extract_record(text)
    assert (record.doc_type, record.body, str(record.meeting.date)) == (
        "case_presentation",
        "Formannskapet",
        "2023-12-05",
    )
    assert [(c.number, c.title, c.conclusion) for c in record.cases] == [
        ("112/23", "Ny avtale for legevakt", "Avtalen godkjennes.")
    ]


def test_a_mandate_has_no_cases_but_keeps_its_deadlines() -> None:
    text = (
        "Mandat for arbeidsgruppe for rekruttering\n\n1. Bakgrunn\nTekst.\n\n2. Rapportering\n"
        "Frist for rapportering er 1. februar 2024.\n"
    )
    record = extract_record(text)
    assert record.cases == []
    assert [str(d.date) for d in record.deadlines] == ["2024-02-01"]


def test_a_title_and_a_decision_wrapped_by_the_page_are_joined() -> None:
    text = (
        "Protokoll\n\nPS 13/23 Budsjett 2024 og økonomiplan for\nHallingdal brann- og redningsteneste IKS\n"
        "Vedtak: Representantskapet ber brannsjefen sende budsjettet til kommunane innan\n15. desember 2023.\n"
    )
    assert _cases(text) == [
        (
            "PS 13/23",
            "Budsjett 2024 og økonomiplan for Hallingdal brann- og redningsteneste IKS",
            "Representantskapet ber brannsjefen sende budsjettet til kommunane innan 15. desember 2023.",
        )
    ]


def test_sub_points_of_eventuelt_stay_out_of_its_title() -> None:
    text = "Møtebok\n\nSak 41/2024 Eventuelt\na) Kari tok opp beredskap.\nb) Ingen fleire saker.\n"
    assert _cases(text) == [("41/2024", "Eventuelt", None)]


def test_bullets_that_open_an_invitation_after_a_colon_are_its_agenda() -> None:
    text = (
        "Møteinnkalling\n\nHei alle,\n\nVelkomen til møte 12. desember 2024.\n\nVi går gjennom:\n"
        "• Budsjett 2025\n• Felles innkjøp\n• Eventuelt\n"
    )
    assert _cases(text) == [
        (None, "Budsjett 2025", None),
        (None, "Felles innkjøp", None),
        (None, "Eventuelt", None),
    ]


def test_tema_labels_and_headed_sections_with_a_summary_are_cases() -> None:
    labelled = "Oppsummering\n\nTema: Medvirkning\nOppsummering: Flere arenaer trengs.\n\nTema: Veien videre\nKS følger opp.\n"
    assert _cases(labelled) == [(None, "Medvirkning", "Flere arenaer trengs."), (None, "Veien videre", None)]
    headed = (
        "Oppsummering frå nettverksmøte\nFagnettverket i Valdres\n\nTilskot til rusarbeid\nOrdninga vart gått gjennom.\n"
        "Oppsummering: Kommunane søkjer kvar for seg.\n\nAnna\nIngen merknader.\n"
    )
    assert _cases(headed) == [(None, "Tilskot til rusarbeid", "Kommunane søkjer kvar for seg.")]
