"""Follow-ups given to a group with a dated task, owners in "(ansv. …)", and what is not a follow-up."""

from __future__ import annotations

from motebok.extraction.parse import extract_record

HEAD = "Referat\nDato: 14. mars 2025\nDeltakere: Åse Lind (Lindås), Marit Hauge Eik (Odda)\n\nSak 1-25 Samarbeid\n"


def _actions(text: str) -> list[tuple[str, str]]:
    return [(a.owner, a.task) for a in extract_record(HEAD + text + "\n").action_items]


def test_a_group_with_any_present_verb_and_a_dated_limit_is_given_the_task() -> None:
    assert _actions(
        "Vedtak: Utvalget slutter seg til planen. Kommunene vurderer planen politisk innen 1. mai."
    ) == [("Kommunene", "vurdere planen politisk")]
    assert _actions("Oppsummering: Alle kommunene gir tilbakemelding til Åse innen 2. mai.") == [
        ("Alle kommunene", "gi tilbakemelding til Åse")
    ]
    assert _actions("Øvrige kommuner gir svar til KS innen 3. mai.") == [
        ("Øvrige kommuner", "gi svar til KS")
    ]


def test_a_group_without_a_time_limit_is_no_follow_up() -> None:
    assert _actions("Kommunene vurderer planen politisk.") == []


def test_what_someone_asks_a_group_to_do_by_a_date_is_the_groups_task() -> None:
    assert _actions("Vertskommunen ber om at deltakerkommunene svarer på utkastet innen 15. juni 2025.") == [
        ("deltakerkommunene", "svare på utkastet")
    ]


def test_an_abbreviated_ansvar_in_brackets_names_the_owner() -> None:
    assert _actions("Det utarbeides en felles veileder om bemanning (ansv. Marit H. E.).") == [
        ("Marit Hauge Eik", "utarbeide en felles veileder om bemanning")
    ]


def test_leading_the_work_is_a_follow_up() -> None:
    assert _actions("Odda kommune v/ Marit Hauge Eik leder arbeidet med kartleggingen.") == [
        ("Odda kommune v/ Marit Hauge Eik", "lede arbeidet med kartleggingen")
    ]


def test_asking_a_municipality_does_not_split_its_name() -> None:
    owners = [
        owner for owner, _ in _actions("Vedtak: Nettverket ber Odda kommune om et møte med helseforetaket.")
    ]
    assert "Odda" not in owners


def test_an_event_announcement_is_no_follow_up() -> None:
    assert _actions("Lindås inviterer til fagdag om skolevegring 22. mai i Knarvik.") == []
