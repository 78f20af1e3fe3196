"""Case headings, titles and conclusion labels written in layouts beyond "Sak 14-22 Tittel"."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from motebok.extraction.parse import extract_record
from motebok.extraction.readers import read_document
from tests.extraction.conftest import SEEDS, SHARED

GOLD = SHARED / "extraction" / "gold"


def _cases(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.number, c.title, c.conclusion) for c in extract_record(text).cases]


def test_a_bare_case_number_takes_its_title_from_the_next_line() -> None:
    text = "Referat\n\nSak 1.\nBudsjett for neste år\nGodkjent uten merknader.\n\nSak 2.\nEventuelt\n"
    assert _cases(text) == [("1", "Budsjett for neste år", None), ("2", "Eventuelt", None)]


def test_a_case_number_with_a_full_stop_opens_a_heading_with_its_title() -> None:
    text = "Møtebok\n\nSak 1. Valg av ordstyrer\nVedtak: Per Hansen.\nSak 2. Eventuelt\n"
    assert _cases(text) == [("1", "Valg av ordstyrer", "Per Hansen."), ("2", "Eventuelt", None)]


def test_a_case_number_written_with_an_en_dash_keeps_its_year() -> None:
    text = "Referat\n\nSak 4–24 Skoleskyss\nKonklusjon: Utsettes.\n"
    assert _cases(text) == [("4–24", "Skoleskyss", "Utsettes.")]


def test_a_vote_or_a_date_between_the_label_and_its_colon_still_labels_the_decision() -> None:
    text = (
        "Protokoll\n\nPS 3/24 Plan\nInnstilling: Planen vedtas.\nVedtak (enstemmig): Planen vedtas med endring.\n\n"
        "PS 4/24 Avtale\nStyrets vedtak 02.02.2024:\nAvtalen godkjennes.\n"
    )
    assert _cases(text) == [
        ("PS 3/24", "Plan", "Planen vedtas med endring."),
        ("PS 4/24", "Avtale", "Avtalen godkjennes."),
    ]


def test_semje_om_labels_a_conclusion() -> None:
    text = "Referat\n\nSak 5/24 Turløyper\nDrøfting.\nSemje om: Vi lagar eit felles kart.\n"
    assert _cases(text)[0][2] == "Vi lagar eit felles kart."


def test_a_deadline_after_a_dash_is_not_part_of_the_title() -> None:
    text = "Innkalling\n\nSak 7/2024 Høyring om vegplan – høyringsfrist 3. mai\nSak 8/2024 Eventuelt\n"
    assert _cases(text)[0][1] == "Høyring om vegplan"


def test_headings_in_capitals_are_the_themes_of_a_summary() -> None:
    text = (
        "Oppsummering frå nettverksmøte\nNettverk for kultur\n\nTid: 3. mars 2025\n\n"
        "BIBLIOTEK\nDrøfta opningstider.\nSemje om: Vi samordnar opningstidene.\n\n"
        "UNGDOMSKLUBB\nKort runde.\n\nEVENTUELT\nIngenting.\n"
    )
    assert _cases(text) == [
        (None, "BIBLIOTEK", "Vi samordnar opningstidene."),
        (None, "UNGDOMSKLUBB", None),
        (None, "EVENTUELT", None),
    ]


def test_a_case_table_gives_title_and_conclusion_from_their_own_columns() -> None:
    text = (
        "Referat\n\nSak\tTema\tVedtak/konklusjon\tAnsvar\n"
        "3/25\tSkulerute\tVedteke.\tRektorane\n"
        "4/25\tEventuelt\t–\t–\n"
    )
    assert _cases(text) == [("3/25", "Skulerute", "Vedteke."), ("4/25", "Eventuelt", None)]


def test_the_decision_after_the_report_items_belongs_to_the_case_that_lists_them() -> None:
    text = (
        "Protokoll\n\nPS 5/25 Referatsaker\n\nRS 1/25 Brev fra departementet\n\nRS 2/25 Rapport\n\n"
        "Utvalgets vedtak:\nReferatsakene tas til orientering.\n"
    )
    assert _cases(text) == [
        ("PS 5/25", "Referatsaker", "Referatsakene tas til orientering."),
        ("RS 1/25", "Brev fra departementet", None),
        ("RS 2/25", "Rapport", None),
    ]


def test_sak_nr_opens_a_case() -> None:
    text = "Referat\n\nSak nr. 3 Budsjett\nVedtak: Godkjent.\nSak nr. 4 Eventuelt\n"
    assert _cases(text) == [("3", "Budsjett", "Godkjent."), ("4", "Eventuelt", None)]


@pytest.mark.parametrize("label", ["Vedtak, enstemmig:", "Konklusjon og oppfølging:"])
def test_a_qualified_conclusion_label_still_labels_the_conclusion(label: str) -> None:
    text = f"Referat\n\nSak 3/25 Budsjett\n{label} Godkjent.\n"
    assert _cases(text) == [("3/25", "Budsjett", "Godkjent.")]


def test_a_case_table_laid_out_with_spaces_is_read_by_its_columns() -> None:
    text = (
        "Referat\n\nSak     Tema              Konklusjon\n"
        "3/25    Skulerute         Vedteke.\n"
        "4/25    Eventuelt         –\n"
    )
    assert _cases(text) == [("3/25", "Skulerute", "Vedteke."), ("4/25", "Eventuelt", None)]


def test_a_sentence_under_a_bare_case_number_is_not_its_title() -> None:
    text = "Referat\n\nSak 3/25\nKari Moe orienterte om status i alle kommunene i regionen.\n"
    assert _cases(text) == [("3/25", None, None)]


def test_report_items_with_decisions_of_their_own_keep_them() -> None:
    text = (
        "Protokoll\n\nPS 5/25 Referatsaker\n\nRS 1/25 Brev\nVedtak: Tas til orientering.\n\n"
        "RS 2/25 Rapport\nVedtak: Tas til etterretning.\n"
    )
    assert _cases(text) == [
        ("PS 5/25", "Referatsaker", None),
        ("RS 1/25", "Brev", "Tas til orientering."),
        ("RS 2/25", "Rapport", "Tas til etterretning."),
    ]


def test_a_case_table_without_a_title_column_takes_the_title_from_the_number_cell() -> None:
    text = "Referat\n\nSak\tVedtak\n7/25 Budsjett\tGodkjent.\n8/25 Eventuelt\t–\n"
    assert _cases(text) == [("7/25", "Budsjett", "Godkjent."), ("8/25", "Eventuelt", None)]


VAG_SEED = SEEDS / "004_bb032be2586d1de7.txt"


def _vag_paragraphs() -> list[str]:
    return [line for line in VAG_SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.skipif(not VAG_SEED.is_file(), reason=f"the shared seeds are not at {SEEDS}")
def test_the_vag_minutes_as_a_wrapped_pdf_give_the_cases_of_their_word_version(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    import docx

    word = docx.Document()
    for paragraph in _vag_paragraphs():
        if paragraph.startswith("· "):
            word.add_paragraph(paragraph[2:], style="List Bullet")
        else:
            word.add_paragraph(paragraph)
    word.save(tmp_path / "referat.docx")
    # A narrow page wraps the first agenda item and most of the text; the PDF keeps no blank lines.
    page = "<style>@page { size: A6; margin: 1cm }</style>" + "".join(
        f"<p>{html.escape(paragraph.replace('· ', '• '))}</p>" for paragraph in _vag_paragraphs()
    )
    pdf = read_document(make_pdf([page]))
    assert "• HR Prosjekt – tilbakemelding fra\narbeidsgruppene\n" in pdf.text

    titles = [
        [case.title for case in extract_record(text).cases]
        for text in (pdf.text, read_document(tmp_path / "referat.docx").text)
    ]

    gold = json.loads((GOLD / "004_bb032be2586d1de7.json").read_text(encoding="utf-8"))
    assert titles[0] == titles[1] == [case["title"] for case in gold["cases"]]
