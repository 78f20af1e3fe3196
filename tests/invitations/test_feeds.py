"""Calendar feeds: a members' feed per body and per person behind revocable secret tokens, and a public feed."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from icalendar import Calendar

from motebok.invitations import services
from motebok.invitations.models import FeedToken
from motebok.meetings.models import Case, Deadline, Meeting
from motebok.meetings.services import create_meeting, place_case
from tests.conftest import make_exempt_case
from tests.invitations.conftest import PUBLIC_TITLE, SECRET_TITLE, next_weekday


def events(response) -> dict[str, object]:
    calendar = Calendar.from_ical(response.content)
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def published(world, meeting) -> Meeting:
    """The network's meeting is published; a second one is not, and it has an exempt case."""
    meeting.title, meeting.is_published = "Nettverksmøte januar", True
    meeting.save()
    draft = create_meeting(world.network, start=next_weekday(50, 9), title="Arbeidsmøte (upublisert)")
    place_case(
        Case.objects.create(body=world.network, title="Hemmelig omorganisering", access="exempt"), draft
    )
    Deadline.objects.create(
        body=world.network, what="Høring om legevakt", date=dt.date.today() + dt.timedelta(days=30)
    )
    return meeting


def test_it_serves_a_members_feed_with_meetings_and_deadlines(world, published, client):
    token = services.feed_token(world.member, world.network)

    response = client.get(token.get_absolute_url())

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert 'filename="helseledernettverket.ics"' in response["Content-Disposition"]
    found = events(response)
    assert {
        "Helseledernettverket – Nettverksmøte januar",
        "Helseledernettverket – Arbeidsmøte (upublisert)",
    } <= set(found)
    deadline = found["Annen frist: Høring om legevakt"]
    # The stored date, not today's date again: the clock may pass midnight between fixture and request.
    assert deadline.decoded("DTSTART") == Deadline.objects.get(what="Høring om legevakt").date
    assert not isinstance(deadline.decoded("DTSTART"), dt.datetime)


def test_it_keeps_exempt_titles_out_of_every_feed(world, published, client):
    for token in [services.feed_token(world.member, world.network), services.feed_token(world.member, None)]:
        text = client.get(token.get_absolute_url()).content.decode()
        assert SECRET_TITLE not in text and "Hemmelig omorganisering" not in text
        assert PUBLIC_TITLE in text


def test_it_serves_a_persons_feed_of_all_their_bodies(world, published, client):
    response = client.get(services.feed_token(world.member, None).get_absolute_url())

    assert "Helseledernettverket – Nettverksmøte januar" in events(response)


def test_it_gives_404_for_a_revoked_token(world, published, client):
    token = services.feed_token(world.member, world.network)
    assert client.get(token.get_absolute_url()).status_code == 200

    response = world.client_for(world.member).post(reverse("invitations:feed_revoke", args=[token.pk]))

    assert response.status_code == 302
    assert client.get(token.get_absolute_url()).status_code == 404


def test_it_gives_404_when_the_owner_is_no_longer_a_member(world, published, client):
    token = services.feed_token(world.member, world.network)
    world.member.memberships.update(end=dt.date.today() - dt.timedelta(days=1))

    assert client.get(token.get_absolute_url()).status_code == 404


def test_it_lets_a_member_create_a_feed_address_on_the_page(world, published):
    member = world.client_for(world.member)

    member.post(reverse("invitations:feed_create"), {"body": world.network.pk})
    page = member.get(reverse("invitations:feeds")).content.decode()

    token = FeedToken.objects.get(person=world.member, body=world.network)
    assert token.get_absolute_url() in page


def test_it_refuses_a_members_feed_to_an_outsider_and_to_anonymous(world, published, client):
    response = world.client_for(world.outsider).post(
        reverse("invitations:feed_create"), {"body": world.network.pk}
    )
    anonymous = client.get(reverse("invitations:feeds"))

    assert response.status_code == 404
    assert anonymous.status_code == 302 and "/konto/logg-inn/" in anonymous["Location"]
    assert not FeedToken.objects.filter(body=world.network).exists()
    assert client.get(reverse("invitations:body_feed", args=["gjettet-nokkel"])).status_code == 404


def test_it_publishes_only_published_meetings_without_exempt_titles(world, published, client):
    response = client.get(reverse("invitations:public_feed", args=[world.network.slug]))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    found = events(response)
    assert "Helseledernettverket – Nettverksmøte januar" in found
    assert "Helseledernettverket – Arbeidsmøte (upublisert)" not in found
    text = response.content.decode()
    assert SECRET_TITLE not in text and "Hemmelig omorganisering" not in text


def test_it_has_no_public_feed_for_a_body_that_does_not_publish(world, client):
    assert client.get(reverse("invitations:public_feed", args=[world.steering_group.slug])).status_code == 404


def test_it_links_the_public_feed_from_the_body_page(world, published, client):
    page = client.get(world.network.get_absolute_url()).content.decode()

    feed = reverse("invitations:public_feed", args=[world.network.slug])
    assert f'<link rel="alternate" type="text/calendar" title="Helseledernettverket" href="{feed}">' in page
    assert f'href="{feed}"' in page.split("<main", 1)[1]


def test_it_tells_subscribers_how_often_to_refresh_and_who_organizes(world, published, client):
    response = client.get(reverse("invitations:public_feed", args=[world.network.slug]))

    calendar = Calendar.from_ical(response.content)
    assert calendar.decoded("REFRESH-INTERVAL") == dt.timedelta(hours=1)
    assert calendar["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    assert calendar["X-PUBLISHED-TTL"].to_ical() == b"PT1H"
    event = events(response)["Helseledernettverket – Nettverksmøte januar"]
    assert str(event["ORGANIZER"]) == "mailto:sara@example.no"
    assert event["ORGANIZER"].params["CN"] == "Sara Sekretær"


def test_it_raises_the_sequence_in_feeds_when_a_meeting_not_yet_invited_moves(world, published, client):
    token = services.feed_token(world.member, world.network)
    before = events(client.get(token.get_absolute_url()))["Helseledernettverket – Nettverksmøte januar"]

    new_start = published.start + dt.timedelta(days=1)
    services.move_meeting(published, new_start, None, world.secretary)

    after = events(client.get(token.get_absolute_url()))["Helseledernettverket – Nettverksmøte januar"]
    assert str(after["UID"]) == str(before["UID"])
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert after.decoded("DTSTART") == new_start


def test_it_offers_webcal_outlook_and_google_beside_the_address(world, published):
    member = world.client_for(world.member)
    member.post(reverse("invitations:feed_create"), {"body": world.network.pk})

    page = member.get(reverse("invitations:feeds")).content.decode()

    token = FeedToken.objects.get(person=world.member, body=world.network)
    assert f'href="webcal://testserver{token.get_absolute_url()}"' in page
    assert "https://outlook.office.com/calendar/0/addfromweb?url=http%3A%2F%2Ftestserver%2F" in page
    assert "https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Ftestserver%2F" in page


def test_it_offers_the_public_feed_to_outlook_and_google_on_the_body_page(world, published, client):
    page = client.get(world.network.get_absolute_url()).content.decode()

    feed = reverse("invitations:public_feed", args=[world.network.slug])
    assert f'href="webcal://testserver{feed}"' in page
    assert "outlook.office.com/calendar/0/addfromweb?url=http%3A%2F%2Ftestserver%2F" in page
    assert "calendar.google.com/calendar/render?cid=webcal" in page


def _deadline_material(world, published):
    """Deadlines of an exempt case, of an unpublished meeting, and of draft minutes, beside an open one."""
    from motebok.minutes import services as minutes

    soon = dt.date.today() + dt.timedelta(days=20)
    exempt = make_exempt_case(world.network, "Sluttavtale", public_title="X")
    place_case(exempt, published)
    unpublished = Meeting.objects.get(title="Arbeidsmøte (upublisert)")
    Deadline.objects.create(body=world.network, what="Frist i unntatt sak", date=soon, case=exempt)
    Deadline.objects.create(
        body=world.network, what="Frist fra upublisert møte", date=soon, meeting=unpublished
    )
    minutes.start_minutes(published)
    Deadline.objects.create(body=world.network, what="Frist i protokollutkast", date=soon, meeting=published)


HIDDEN_DEADLINES = ("Frist i unntatt sak", "Frist fra upublisert møte", "Frist i protokollutkast")


def test_the_public_feed_leaves_out_deadlines_of_exempt_cases_unpublished_meetings_and_draft_minutes(
    world, published, client
):
    _deadline_material(world, published)

    public = client.get(reverse("invitations:public_feed", args=[world.network.slug])).content.decode()
    members = client.get(services.feed_token(world.member, world.network).get_absolute_url()).content.decode()

    assert "Høring om legevakt" in public
    for what in HIDDEN_DEADLINES:
        assert what not in public
        assert what in members or what == "Frist i unntatt sak"


def test_the_public_feed_carries_the_online_link_only_where_the_body_publishes_it(world, published, client):
    from tests.invitations.conftest import TEAMS

    url = reverse("invitations:public_feed", args=[world.network.slug])
    members_feed = services.feed_token(world.member, world.network).get_absolute_url()

    assert TEAMS not in client.get(url).content.decode().replace("\r\n ", "")
    assert TEAMS in client.get(members_feed).content.decode().replace("\r\n ", "")
    world.network.publish_online_link = True
    world.network.save()
    assert TEAMS in client.get(url).content.decode().replace("\r\n ", "")


def test_the_public_feed_answers_304_until_its_data_changes(world, published, client):
    url = reverse("invitations:public_feed", args=[world.network.slug])
    first = client.get(url)

    assert client.get(url).content == first.content  # stamped from the data, not with the time of the request
    assert client.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 304
    assert client.get(url, headers={"If-Modified-Since": first["Last-Modified"]}).status_code == 304

    case = Case.objects.filter(placements__meeting=published).first()
    case.title = "Ny tittel på saken"
    case.save()
    changed = client.get(url, headers={"If-None-Match": first["ETag"]})

    assert changed.status_code == 200
    assert "Ny tittel på saken" in changed.content.decode()
    assert changed["ETag"] != first["ETag"]


def test_a_members_feed_answers_304_until_a_meeting_moves(world, published, client):
    url = services.feed_token(world.member, None).get_absolute_url()
    first = client.get(url)
    assert client.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 304

    services.move_meeting(published, published.start + dt.timedelta(hours=1), None, world.secretary)

    assert client.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 200
