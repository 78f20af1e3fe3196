"""Follow-ups and deadlines: what counts, and what does not."""

from __future__ import annotations

import datetime as dt

from motebok.extraction.parse import extract_record

HEAD = "Referat\nDato: 14. mars 2022\n\nDeltakere: Arne Ingebrigtsen, Kari Nordmann\n\n"


def _actions(body: str) -> list[tuple[str, str, dt.date | None]]:
    return [(a.owner, a.task, a.due) for a in extract_record(HEAD + body).action_items]


def test_it_reads_the_common_ways_of_giving_a_follow_up() -> None:
    body = (
        "Kristiansund kommune følger opp saken.\n"
        "Ansvar: Kari Nordmann\n"
        "Kari tar ansvar for å skaffe ny leder.\n"
        "Arne skal sende vedtaket.\n"
        "IPR vil utarbeide forslag til uttalelse – frist 26. april\n"
    )
    owners = [owner for owner, _, _ in _actions(body)]
    assert owners == ["Kari Nordmann", "Kari Nordmann", "Arne Ingebrigtsen", "IPR"]
    assert _actions(body)[-1] == ("IPR", "utarbeide forslag til uttalelse", dt.date(2022, 4, 26))


def test_descriptions_and_ownerless_tasks_are_not_follow_ups() -> None:
    body = "KS fasciliterar møtene.\nStad avklarast når dato er bestemt.\nDet vil være lurt å koordinere.\n"
    assert _actions(body) == []


def test_proposed_meeting_dates_and_week_numbers_are_not_deadlines() -> None:
    record = extract_record(HEAD + "Neste møte 12. juni.\nFerdig i uke 32/33.\nHøring med frist 6. mai.\n")
    assert [d.date for d in record.deadlines] == [dt.date(2022, 5, 6)]


def test_a_follow_up_table_gives_one_action_per_row_and_dated_rows_are_deadlines() -> None:
    body = (
        "| Oppfølgingspunkt | Ansvarlig | Frist |\n|---|---|---|\n"
        "| Sende risikovurdering til kommunene | Kari Nordmann | 07.06.2022 |\n"
        "| Avklare lisenser med KS | Arne Ingebrigtsen | |\n"
    )
    record = extract_record(HEAD + body)
    assert [(a.owner, a.task, a.due) for a in record.action_items] == [
        ("Kari Nordmann", "Sende risikovurdering til kommunene", dt.date(2022, 6, 7)),
        ("Arne Ingebrigtsen", "Avklare lisenser med KS", None),
    ]
    assert [(d.what, d.date) for d in record.deadlines] == [
        ("Sende risikovurdering til kommunene", dt.date(2022, 6, 7))
    ]


def test_a_sentence_wrapped_by_the_page_is_read_whole() -> None:
    body = (
        "Vedtak: Rådet slutter seg til uttalelsen med de endringene som kom fram i møtet. Kari Nordmann sender\n"
        "uttalelsen til Helse Nord innen høringsfristen 5. april.\n"
    )
    assert _actions(body) == [("Kari Nordmann", "sende uttalelsen til Helse Nord", dt.date(2022, 4, 5))]


def test_ansvar_takes_over_the_task_given_a_sentence_earlier() -> None:
    body = "Vedtak:\nSekretariatet sender planen på høring. Høringsfristen er 1. desember.\n\nAnsvar: Kari Nordmann\n"
    assert _actions(body) == [("Kari Nordmann", "sende planen på høring", None)]


def test_the_network_deciding_its_own_work_is_no_follow_up() -> None:
    assert _actions("Konklusjon: Nettverket lager en felles oversikt over tiltak.\n") == []


def test_a_follow_up_joined_to_a_decision_or_asked_of_a_role_in_lower_case() -> None:
    body = (
        "Vedtak: Regionrådet godkjenner planen med endringene og sender den på høring til kommunene.\n\n"
        "Vedtak: Samarbeidsrådet ber dagleg leiar inngå ein intensjonsavtale med høgskulen.\n\n"
        "Kommunane legg rutinane fram for kommunedirektørane innan 1. november.\n"
    )
    assert _actions(body) == [
        ("Regionrådet", "sende den på høring til kommunene", None),
        ("dagleg leiar", "inngå ein intensjonsavtale med høgskulen", None),
        ("Kommunane", "legge rutinane fram for kommunedirektørane", dt.date(2022, 11, 1)),
    ]
