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
