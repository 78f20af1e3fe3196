"""Who sees what on the pages: members, other bodies' members, and anonymous visitors."""

from __future__ import annotations

import pytest
from django.urls import reverse

from motebok.meetings import services
from motebok.meetings.models import Case, Meeting
from tests.conftest import at

SECRET = "Lønnsforhandling for daglig leder Per Hansen"
PUBLIC_TITLE = "Forhandlinger om lønn"


@pytest.fixture
def meetings(world):
    published = services.create_meeting(
        world.network, start=at(2022, 3, 14, 13), place="Tingvoll", is_published=True
    )
    unpublished = services.create_meeting(world.network, start=at(2022, 4, 11, 13), place="Teams")
    steering = services.create_meeting(world.steering_group, start=at(2022, 6, 28, 9), place="Teams")
    open_case = Case.objects.create(body=world.network, title="Samarbeid med høgskolen")
    exempt_case = Case.objects.create(
        body=world.network,
        title=SECRET,
        access="exempt",
        exemption_basis="offl. § 25",
        public_title=PUBLIC_TITLE,
        background="Forslag om lønnsramme for Per Hansen.",
    )
    for case in (open_case, exempt_case):
        item = services.place_case(case, published)
        item.notes, item.conclusion = "Notat om Per Hansen" if case is exempt_case else "Notat", "Vedtatt."
        item.save()
    services.place_case(
        Case.objects.create(body=world.steering_group, title="Lokasjon for økonomikontor"), steering
    )
    return {"published": published, "unpublished": unpublished, "steering": steering, "exempt": exempt_case}


def pages_of(meetings, world) -> list[str]:
    return [
        reverse("front"),
        reverse("body", args=[world.network.slug]),
        reverse("meeting", args=[meetings["published"].pk]),
        reverse("case", args=[meetings["exempt"].pk]),
    ]


def test_a_member_of_another_body_cannot_see_its_unpublished_meetings(world, meetings):
    olav = world.client_for(world.outsider)
    assert olav.get(reverse("meeting", args=[meetings["unpublished"].pk])).status_code == 404
    body_page = olav.get(reverse("body", args=[world.network.slug])).content.decode()
    assert "11. april 2022" not in body_page
    assert "14. mars 2022" in body_page


def test_a_member_cannot_see_a_non_public_body_at_all(world, meetings):
    mona = world.client_for(world.member)
    assert mona.get(reverse("body", args=[world.steering_group.slug])).status_code == 404
    assert mona.get(reverse("meeting", args=[meetings["steering"].pk])).status_code == 404
    assert "Styringsgruppa" not in mona.get(reverse("front")).content.decode()


def test_members_see_their_bodys_unpublished_meetings_and_exempt_content(world, meetings):
    mona = world.client_for(world.member)
    assert mona.get(reverse("meeting", args=[meetings["unpublished"].pk])).status_code == 200
    page = mona.get(reverse("meeting", args=[meetings["published"].pk])).content.decode()
    assert SECRET in page
    assert "Notat om Per Hansen" in page


def test_an_anonymous_visitor_sees_only_published_material(client, world, meetings):
    assert client.get(reverse("meeting", args=[meetings["unpublished"].pk])).status_code == 404
    assert client.get(reverse("meeting", args=[meetings["steering"].pk])).status_code == 404
    assert client.get(reverse("body", args=[world.steering_group.slug])).status_code == 404
    assert client.get(reverse("meeting", args=[meetings["published"].pk])).status_code == 200
    assert "Styringsgruppa" not in client.get(reverse("front")).content.decode()


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_an_exempt_case_shows_only_its_public_title_on_every_page(client, world, meetings, who):
    visitor = client if who == "anonymous" else world.client_for(world.outsider)
    for url in pages_of(meetings, world):
        response = visitor.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert "Per Hansen" not in page, url
        assert SECRET not in page, url
    meeting_page = visitor.get(reverse("meeting", args=[meetings["published"].pk])).content.decode()
    assert PUBLIC_TITLE in meeting_page
    assert "offl. § 25" in meeting_page


def test_cases_of_unpublished_meetings_are_hidden_from_outsiders(client, world, meetings):
    hidden = Case.objects.create(body=world.network, title="Kun på upublisert møte")
    services.place_case(hidden, meetings["unpublished"])
    assert client.get(reverse("case", args=[hidden.pk])).status_code == 404
    assert world.client_for(world.member).get(reverse("case", args=[hidden.pk])).status_code == 200


def test_staff_see_everything(world, meetings, admin_client):
    assert admin_client.get(reverse("meeting", args=[meetings["steering"].pk])).status_code == 200
    assert SECRET in admin_client.get(reverse("case", args=[meetings["exempt"].pk])).content.decode()


def test_a_missing_page_is_a_norwegian_404_without_a_stack_trace(client, db):
    response = client.get("/mote/999999/")
    assert response.status_code == 404
    assert "Fant ikke siden" in response.content.decode()
    assert "Traceback" not in response.content.decode()
    assert Meeting.objects.count() == 0


def test_follow_ups_of_unapproved_minutes_stay_with_the_members(client, world, meetings):
    from motebok.meetings.models import ActionItem

    case = meetings["published"].agenda.exclude(case=meetings["exempt"]).get().case
    ActionItem.objects.create(
        what="Utkast til oppfølging",
        owner_person=world.member,
        body=world.network,
        case=case,
        meeting=meetings["published"],
    )
    url = reverse("case", args=[case.pk])
    assert "Utkast til oppfølging" not in client.get(url).content.decode()
    assert "Utkast til oppfølging" in world.client_for(world.member).get(url).content.decode()
    Meeting.objects.filter(pk=meetings["published"].pk).update(status=Meeting.Status.APPROVED)
    assert "Utkast til oppfølging" in client.get(url).content.decode()
