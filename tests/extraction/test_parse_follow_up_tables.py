"""Follow-up tables flattened into text (tabs, runs of spaces, pipes) and deadlines beside an owner."""

from __future__ import annotations

import datetime as dt

import pytest

from motebok.extraction.parse import extract_record

HEAD = "Referat fra regionrådet\nDato: 14. mars 2025\n\nDeltakere: Åse Lind, Per Hansen, Tor Brekke\n\n"


def _actions(body: str) -> list[tuple[str, str, dt.date | None]]:
    return [(a.owner, a.task, a.due) for a in extract_record(HEAD + body).action_items]


@pytest.mark.parametrize(
    "table",
    [
        "Hva\tHvem\tFrist\nSende brev til HF\tPer Hansen\t1.4.25\nLage oversikt\tSekretariatet\t\n",
        "Nr\tKva\tKven\tFrist\n1\tSende brev til HF\tPer Hansen\t01.04.2025\n2\tLage oversikt\tSekretariatet\tNeste møte\n",
        "Hva skal gjøres          Hvem              Når\n"
        "Sende brev til HF         Per Hansen        1. april\n"
        "Lage oversikt             Sekretariatet\n",
        "Kva skal gjerast\tKven har ansvar\tFrist\nSende brev til HF\tPer Hansen\t1.4.\nLage oversikt\tSekretariatet\n",
        "Tiltak/oppgåve | Ansvarleg | Frist\nSende brev til HF | Per Hansen | 1.4.2025\nLage oversikt | Sekretariatet |\n",
    ],
)
def test_a_follow_up_table_in_any_flattened_layout(table: str) -> None:
    assert _actions("Oppfølging\n" + table) == [
        ("Per Hansen", "Sende brev til HF", dt.date(2025, 4, 1)),
        ("Sekretariatet", "Lage oversikt", None),
    ]


def test_a_deadline_closing_the_ansvar_sentence_or_the_next_is_the_due_date() -> None:
    body = (
        "Utarbeide plan for opplæring. Ansvar: Per Hansen, frist 1. mai.\n\n"
        "Det skal lages en oversikt over avtalene. Ansvar: Tor Brekke. Frist: 15. mai.\n"
    )
    assert _actions(body) == [
        ("Per Hansen", "Utarbeide plan for opplæring", dt.date(2025, 5, 1)),
        ("Tor Brekke", "lage en oversikt over avtalene", dt.date(2025, 5, 15)),
    ]


def test_a_nynorsk_passive_with_vert_and_a_bracketed_owner() -> None:
    body = "Saka vert send til kommunane (Tor Brekke).\nDet vert laga eit notat (sekretariatet).\n"
    assert _actions(body) == [
        ("Tor Brekke", "sende saka til kommunane", None),
        ("sekretariatet", "lage eit notat", None),
    ]


def test_a_weekday_before_the_date_of_a_time_limit() -> None:
    record = extract_record(
        HEAD + "Per Hansen sender uttalelsen innen tysdag 1. april.\nFrist for innspill er fredag 4. april.\n"
    )
    assert [(a.owner, a.task, a.due) for a in record.action_items] == [
        ("Per Hansen", "sende uttalelsen", dt.date(2025, 4, 1))
    ]
    assert [d.date for d in record.deadlines] == [dt.date(2025, 4, 1), dt.date(2025, 4, 4)]
