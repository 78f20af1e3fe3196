"""Follow-ups whose owner stands apart from the task: a later "Ansvar:" line, brackets, "Oppfølging:", "v/"."""

from __future__ import annotations

import datetime as dt

from motebok.extraction.parse import extract_record

HEAD = "Referat fra regionrådet\nDato: 4. mars 2025\n\nDeltakere: Åse Lind, Per Hansen, Tor Brekke\n\n"


def _actions(body: str) -> list[tuple[str, str, dt.date | None]]:
    return [(a.owner, a.task, a.due) for a in extract_record(HEAD + body).action_items]


def test_an_ansvar_sentence_after_a_passive_owns_it_and_the_task_is_made_active() -> None:
    body = "Sak 3-25 Budsjett\nDet skal lages et notat om saken. Ansvar: Sekretariatet.\n"
    assert _actions(body) == [("Sekretariatet", "lage et notat om saken", None)]


def test_an_ansvar_line_under_a_passive_takes_its_subject_and_deadline() -> None:
    body = "Sak 3-25 Budsjett\nUtkastet sendes på høring til kommunene innen 1. april.\nAnsvar: Per Hansen\n"
    assert _actions(body) == [("Per Hansen", "sende utkastet på høring til kommunene", dt.date(2025, 4, 1))]


def test_a_nynorsk_passive_becomes_an_infinitive() -> None:
    body = "Sak 3/25 Budsjett\nDet skal lagast eit notat om saka. Ansvar: Tor Brekke.\n"
    assert _actions(body) == [("Tor Brekke", "lage eit notat om saka", None)]


def test_an_owner_in_brackets_closing_a_passive_or_an_infinitive_owns_it() -> None:
    body = (
        "Notat utarbeides (Per Hansen).\n"
        "Saken sendes til kommunene innen 1. april (sekretariatet).\n"
        "Sende invitasjon til fagdagen (Vefsn kommune).\n"
    )
    assert _actions(body) == [
        ("Per Hansen", "utarbeide notat", None),
        ("sekretariatet", "sende saken til kommunene", dt.date(2025, 4, 1)),
        ("Vefsn kommune", "Sende invitasjon til fagdagen", None),
    ]


def test_brackets_that_name_no_owner_give_no_follow_up() -> None:
    body = "Sak 4-25 Orientering om budsjett (Per Hansen)\nRapporten sendes ut (se vedlegg).\nPlanen vedtas (enstemmig).\n"
    assert _actions(body) == []


def test_an_oppfolging_label_gives_the_owner_named_after_it() -> None:
    body = "Sak 3-25 Budsjett\nOppfølging: Åse Lind sender referatet til kommunene.\nPlanen skal revideres. Oppfølging: Tor Brekke\n"
    assert _actions(body) == [
        ("Åse Lind", "sende referatet til kommunene", None),
        ("Tor Brekke", "revidere planen", None),
    ]


def test_an_oppfolging_label_followed_by_prose_names_no_owner() -> None:
    assert _actions("Oppfølging: Saken tas opp igjen i neste møte.\n") == []


def test_an_owner_written_with_v_slash_is_kept_as_written() -> None:
    body = (
        "Sekretariatet v/ Tor Brekke lager en oversikt over avtalene.\n"
        "Alstahaug kommune v/Åse Lind kaller inn til neste møte.\n"
    )
    assert _actions(body) == [
        ("Sekretariatet v/ Tor Brekke", "lage en oversikt over avtalene", None),
        ("Alstahaug kommune v/Åse Lind", "kalle inn til neste møte", None),
    ]


def test_tasks_written_in_the_present_are_given_as_infinitives() -> None:
    body = "Per Hansen samlar innspela og sender dei til KS.\nTor Brekke følgjer opp saka med kommunane.\n"
    assert _actions(body) == [
        ("Per Hansen", "samle innspela og sende dei til KS", None),
        ("Tor Brekke", "følgje opp saka med kommunane", None),
    ]


def test_a_noun_after_og_is_not_made_a_verb() -> None:
    assert _actions("Tor Brekke bestiller utstyr og deler til kontoret.\n") == [
        ("Tor Brekke", "bestille utstyr og deler til kontoret", None)
    ]


def test_more_follow_up_verbs_and_an_agreement_that_gives_the_task() -> None:
    body = (
        "Det ble avtalt at Per Hansen sender budsjettet til kommunene.\n"
        "Tor Brekke sørger for at alle får innkallingen.\n"
        "Åse Lind tar med seg saken til rådmannsgruppa.\n"
        "Vefsn kommune ved Åse Lind innkaller til nytt møte.\n"
        "Det er viktig at alle kommunene deltar.\n"
    )
    assert _actions(body) == [
        ("Per Hansen", "sende budsjettet til kommunene", None),
        ("Tor Brekke", "sørge for at alle får innkallingen", None),
        ("Åse Lind", "ta med seg saken til rådmannsgruppa", None),
        ("Vefsn kommune ved Åse Lind", "innkalle til nytt møte", None),
    ]


def test_a_follow_up_list_with_the_owner_beside_the_task() -> None:
    body = (
        "Oppfølging:\n"
        "- Sende referatet til kommunene (Per Hansen)\n"
        "- Lage notat om økonomien – Sekretariatet\n"
        "- Tor Brekke: kalle inn til nytt møte innen 1. april\n"
    )
    assert _actions(body) == [
        ("Per Hansen", "Sende referatet til kommunene", None),
        ("Sekretariatet", "Lage notat om økonomien", None),
        ("Tor Brekke", "kalle inn til nytt møte", dt.date(2025, 4, 1)),
    ]


def test_a_label_or_a_report_beside_a_dash_is_no_owner() -> None:
    body = "- Vedtak: sende saken til kommunene\n- Budsjett 2025 – Per Hansen orienterte\n- Sende referat – frist 1. mai\n"
    assert _actions(body) == []


def test_owners_with_a_bracketed_detail_nynorsk_verbs_and_lower_case_bodies() -> None:
    body = (
        "Per Hansen (Vefsn) sender saken til kommunene.\n"
        "Tor Brekke skriv eit notat om saka.\n"
        "Det ble enighet om at sekretariatet lager en oversikt.\n"
        "Tiltak: Åse Lind lager en plan.\n"
    )
    assert _actions(body) == [
        ("Per Hansen", "sende saken til kommunene", None),
        ("Tor Brekke", "skrive eit notat om saka", None),
        ("sekretariatet", "lage en oversikt", None),
        ("Åse Lind", "lage en plan", None),
    ]


def test_a_nynorsk_passive_follow_up_given_to_a_lower_case_body() -> None:
    assert _actions("Saka vert følgd opp av administrasjonen.\n") == [
        ("administrasjonen", "følgje opp saka", None)
    ]


def test_reporting_is_a_follow_up_only_with_a_time_limit() -> None:
    body = (
        "Kommunane melder behov innan 2. april.\n"
        "Kommunene melder avvik samlet til samarbeidsutvalget.\n"
        "Hemnes kommune melder at saken er løst innen 1. mai.\n"
    )
    assert _actions(body) == [("Kommunane", "melde behov", dt.date(2025, 4, 2))]


def test_owners_named_by_their_offices() -> None:
    body = "Leder og nestleder følger opp saken med KS.\nStyreleiar og dagleg leiar sender brevet.\n"
    assert _actions(body) == [
        ("Leder og nestleder", "følge opp saken med KS", None),
        ("Styreleiar og dagleg leiar", "sende brevet", None),
    ]
