"""Demo: Helseledernettverk Helgeland gets a meeting plan, an agenda for its next meeting and a proposal."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from motebok.meetings.models import ActionItem, Case
from motebok.planning import agenda, cases, services


def _plan_from(demo, year: int, not_before: dt.date | None = None) -> list:
    body = demo.bodies["helgeland"]
    proposals = services.propose_plan(body, year, not_before=not_before)
    planned = [
        services.PlannedMeeting(p.kind, p.start, p.end, p.host, p.overnight, tuple(p.committee))
        for p in proposals
    ]
    return services.accept_plan(body, planned)


def extend(demo) -> None:
    body = demo.bodies["helgeland"]
    preferences = services.preferences_for(body)
    preferences.online_link = "https://teams.microsoft.com/l/meetup-join/helgeland-demo"
    preferences.save()
    meetings = _plan_from(demo, demo.today.year, not_before=demo.today + dt.timedelta(days=1))
    meetings += _plan_from(demo, demo.today.year + 1)
    next_meeting, following = meetings[0], meetings[1]
    demo.meetings["helgeland_next"] = next_meeting

    held = body.meetings.filter(start__lt=timezone.now()).order_by("-start").first()
    ActionItem.objects.create(
        what="Sende felles innspill til Helsefellesskap Helgeland", owner_text="Sekretariatet", body=body,
        meeting=held, due=demo.today + dt.timedelta(days=10),
    )  # fmt: skip
    people = demo.people
    recruitment = cases.propose_case(
        body, people["Siri Tårnes"], "Rekruttering av sykepleiere – felles tiltak",
        background="Flere kommuner mangler sykepleiere i turnus. Forslag om felles rekrutteringskampanje.",
        kind=Case.Kind.DISCUSSION, wished_meeting=next_meeting,
    )  # fmt: skip
    technology = cases.propose_case(
        body, people["Tor Edvin Lind"], "Velferdsteknologi – status for felles anskaffelse",
        background="Rana orienterer om status i anskaffelsen av digital hjemmeoppfølging.",
    )  # fmt: skip
    for case in (recruitment, technology):
        cases.decide_case(case, Case.Status.ACCEPTED)
    agenda.set_up_agenda(next_meeting, [recruitment, technology])
    demo.cases["helgeland_next_recruitment"] = recruitment
    demo.cases["helgeland_proposed"] = cases.propose_case(
        body, people["Jon Are Mo"], "Felles opplæring i nytt journalsystem",
        background="Leirfjord foreslår at kommunene samarbeider om opplæring før overgangen til nytt journalsystem.",
        kind=Case.Kind.DISCUSSION, wished_meeting=following,
    )  # fmt: skip
