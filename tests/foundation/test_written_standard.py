"""Generated texts follow the body's written standard: a nynorsk network gets nynorsk agendas and minutes."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser

from motebok.invitations.agenda import agenda_document
from motebok.meetings.services import create_meeting
from motebok.planning.agenda import set_up_agenda
from tests.conftest import at


def test_a_nynorsk_bodys_standing_items_and_agenda_are_in_nynorsk(world):
    world.network.written_standard = "nn"
    world.network.save()
    meeting = create_meeting(world.network, start=at(2031, 9, 16))
    set_up_agenda(meeting)
    titles = list(meeting.agenda.values_list("case__title", flat=True))
    assert "Godkjenning av referat frå førre møte" in titles
    document = agenda_document(meeting, AnonymousUser(), with_link=False)
    assert document.people[0][0] == "Innkalla"


def test_a_bokmaal_bodys_texts_stay_in_bokmaal_whatever_the_reader_chose(world, settings):
    from django.utils import translation

    meeting = create_meeting(world.network, start=at(2031, 9, 16))
    with translation.override("nn"):
        set_up_agenda(meeting)
        document = agenda_document(meeting, AnonymousUser(), with_link=False)
    assert "Godkjenning av referat fra forrige møte" in meeting.agenda.values_list("case__title", flat=True)
    assert document.people[0][0] == "Innkalt"
