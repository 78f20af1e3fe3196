"""The planning links on the body and meeting pages show only to those who may follow them."""

from __future__ import annotations

from django.urls import reverse

from motebok.meetings.models import Meeting
from motebok.meetings.services import create_meeting
from tests.conftest import at


def _labels(response) -> set[str]:
    return {link.label for link in response.context["links"]}


def test_the_body_page_links_planning_for_editors_and_proposing_for_members(world, client):
    url = reverse("body", args=[world.network.slug])
    assert {"Møteplan", "Foreslå sak", "Saksforslag"} <= _labels(world.client_for(world.secretary).get(url))
    member_labels = _labels(world.client_for(world.member).get(url))
    assert "Foreslå sak" in member_labels and not {"Møteplan", "Saksforslag"} & member_labels
    assert not {"Møteplan", "Foreslå sak", "Saksforslag"} & _labels(world.client_for(world.outsider).get(url))
    assert not {"Møteplan", "Foreslå sak", "Saksforslag"} & _labels(client.get(url))


def test_the_meeting_page_links_the_agenda_builder_and_changes_for_editors(world, client):
    meeting = create_meeting(world.network, start=at(2031, 3, 11), is_published=True)
    url = reverse("meeting", args=[meeting.pk])
    page = world.client_for(world.chair).get(url)
    assert {"Bygg saksliste", "Flytt / avlys"} <= _labels(page)
    assert reverse("planning:agenda", args=[meeting.pk]) in page.content.decode()
    for visitor in (world.client_for(world.member), client):
        assert not {"Bygg saksliste", "Flytt / avlys"} & _labels(visitor.get(url))
    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.CANCELLED)
    assert not {"Bygg saksliste", "Flytt / avlys"} & _labels(world.client_for(world.chair).get(url))
