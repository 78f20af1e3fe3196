""" "Mine oppfølgingspunkter": each person's own open items, marked done from the page."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def items(world, meeting):
    from motebok.meetings.models import ActionItem

    case = meeting.agenda.first().case
    mine = ActionItem.objects.create(
        what="Følge opp BankID",
        owner_person=world.member,
        body=world.network,
        case=case,
        meeting=meeting,
        due=dt.date(2025, 4, 1),
    )
    ActionItem.objects.create(what="Karis oppgave", owner_person=world.chair, body=world.network)
    ActionItem.objects.create(
        what="Allerede gjort", owner_person=world.member, body=world.network, status=ActionItem.Status.DONE
    )
    return mine


def test_it_lists_only_my_open_items_with_body_case_and_due_date(world, items):
    page = world.client_for(world.member).get("/protokoll/mine/").content.decode()

    assert "Følge opp BankID" in page and "Helseledernettverket" in page and "1.4.2025" in page
    assert "Sak 1/25" in page or "1/25" in page
    assert "Karis oppgave" not in page and "Allerede gjort" not in page


def test_it_marks_my_item_done(world, items):
    response = world.client_for(world.member).post(f"/protokoll/oppfolging/{items.pk}/utfort/")

    assert response.status_code == 302
    items.refresh_from_db()
    assert items.status == "done" and items.completed is not None


@pytest.mark.parametrize("target", ["//other.example/phish", "https://other.example/", "/\\other.example/"])
def test_it_returns_only_to_a_page_of_this_site_after_marking_done(world, items, target):
    response = world.client_for(world.member).post(
        f"/protokoll/oppfolging/{items.pk}/utfort/", {"next": target}
    )

    assert response.status_code == 302
    assert response["Location"] == "/protokoll/mine/"
    items.refresh_from_db()
    assert items.status == "done"


def test_it_returns_to_the_page_it_was_marked_done_from(world, items):
    response = world.client_for(world.member).post(
        f"/protokoll/oppfolging/{items.pk}/utfort/", {"next": "/organ/helseledernettverket/"}
    )

    assert response["Location"] == "/organ/helseledernettverket/"


def test_it_does_not_let_someone_else_mark_my_item_done(world, items):
    assert (
        world.client_for(world.outsider).post(f"/protokoll/oppfolging/{items.pk}/utfort/").status_code == 404
    )
    items.refresh_from_db()
    assert items.status == "open"


def test_the_body_page_links_my_follow_ups_for_members_only(world, client):
    assert (
        "Mine oppfølgingspunkter"
        in world.client_for(world.member).get("/organ/helseledernettverket/").content.decode()
    )
    assert "Mine oppfølgingspunkter" not in client.get("/organ/helseledernettverket/").content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client):
    assert client.get("/protokoll/mine/").status_code == 302
