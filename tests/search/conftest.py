"""An archive for search tests, on top of the named people of tests/conftest.py.

The public network has two published meetings with open cases, an exempt case whose only trace of the
word "fallskjermavtale" is in its notes, and an open and an exempt document; the non-public steering group
has its own meeting and case.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import AnonymousUser

from motebok.documents.models import Document
from motebok.meetings import services
from motebok.meetings.models import Case, Meeting
from motebok.search.finding import Filters, find
from motebok.search.models import Entry
from motebok.search.query import parse
from tests.conftest import at

EXEMPT_WORD = "fallskjermavtale"


@dataclass
class Archive:
    meeting: Meeting
    later_meeting: Meeting
    open_case: Case
    exempt_case: Case
    steering_case: Case
    open_document: Document
    exempt_document: Document


def place(meeting: Meeting, title: str, notes: str = "", conclusion: str = "", **fields) -> Case:
    case = Case.objects.create(body=meeting.body, title=title, **fields)
    item = services.place_case(case, meeting)
    item.notes, item.conclusion = notes, conclusion
    item.save()
    return case


@pytest.fixture
def archive(world) -> Archive:
    meeting = services.create_meeting(
        world.network, start=at(2022, 3, 14, 13), place="Tingvoll Økopark", is_published=True
    )
    later = services.create_meeting(world.network, start=at(2024, 5, 6, 9), place="Teams", is_published=True)
    open_case = place(
        meeting,
        "Bærekraftig samarbeid etter plansamarbeidet",
        notes="Ønske om fellesprosjekt med Åsnes kommune.",
        conclusion="Arbeidsgruppa følger opp.",
        background="Plansamarbeidet avsluttes i år.",
    )
    exempt_case = place(
        meeting,
        "Lønnsvilkår for daglig leder Kari Nordmann",
        notes=f"Drøftet {EXEMPT_WORD} og forhandlingsmandat.",
        conclusion="Tas til etterretning.",
        access="exempt",
        exemption_basis="offl. § 25",
        public_title="Oppnevning av forhandlingsutvalg",
        background="Personalsak om lønn.",
    )
    place(later, "Budsjett for regionrådet", notes="Forslaget ble vedtatt.")
    steering_meeting = services.create_meeting(world.steering_group, start=at(2023, 9, 1, 9), place="Hamar")
    steering_case = place(
        steering_meeting, "Styringsgruppas prosjektøkonomi", notes="Regnskapet er gjennomgått."
    )
    open_document = Document.objects.create(
        title="Referat fra møtet i mars",
        body=world.network,
        meeting=meeting,
        sha256="1" * 64,
        extracted_text="Referatet omtaler veivedlikehold og bredbåndsutbygging.",
    )
    exempt_document = Document.objects.create(
        title=f"Avtaleutkast om {EXEMPT_WORD}",
        body=world.network,
        meeting=meeting,
        sha256="2" * 64,
        access="exempt",
        exemption_basis="offl. § 25",
        public_title="Avtaleutkast",
        extracted_text=f"Utkast til {EXEMPT_WORD} for daglig leder.",
    )
    return Archive(meeting, later, open_case, exempt_case, steering_case, open_document, exempt_document)


def found(user, text: str, **filters) -> list[str]:
    """The titles a user finds, in the order found."""
    ids = find(user or AnonymousUser(), parse(text), Filters(**filters))
    titles = dict(Entry.objects.filter(pk__in=ids).values_list("pk", "title"))
    return [titles[pk] for pk in ids]
