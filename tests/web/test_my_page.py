"""Each user's own page: coming meetings with the answer and the online link, follow-ups, proposals, deadlines."""

from __future__ import annotations

import datetime as dt

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from motebok.invitations.models import Answer
from motebok.meetings.models import ActionItem, Case, Deadline, Meeting
from motebok.meetings.services import create_meeting

TEAMS = "https://teams.example/helgeland"


def _coming(world) -> Meeting:
    start = timezone.now() + dt.timedelta(days=10)
    return create_meeting(world.network, start=start, end=start + dt.timedelta(hours=2), format="digital",
                          online_link=TEAMS, place="Digitalt")  # fmt: skip


def test_after_login_a_member_lands_on_her_own_page_with_meetings_tasks_and_deadlines(world):
    meeting = _coming(world)
    create_meeting(world.steering_group, start=timezone.now() + dt.timedelta(days=3), title="Styringsmøte")
    ActionItem.objects.create(what="Sende høringssvar", owner_person=world.member, body=world.network)
    Case.objects.create(body=world.network, title="Felles legevakt", proposed_by=world.member)
    Deadline.objects.create(
        body=world.network, what="Høring om legevakt", date=timezone.localdate() + dt.timedelta(days=30)
    )
    client = Client()
    response = client.post(reverse("login"), {"username": "mona", "password": "pw"})
    assert response["Location"] == reverse("my_page")
    page = client.get(reverse("my_page")).content.decode()
    for expected in (TEAMS, "Ikke svart", "Sende høringssvar", "Felles legevakt", "Høring om legevakt"):
        assert expected in page
    assert "Styringsmøte" not in page
    # The answer button opens her personal answer page for that meeting.
    answer_page = client.get(reverse("invitations:mine", args=[meeting.pk]))
    answer = Answer.objects.get(meeting=meeting, person=world.member)
    assert answer_page["Location"] == answer.get_absolute_url()


def test_a_members_meeting_page_shows_the_answer_button_and_the_online_link(world, client):
    meeting = _coming(world)
    page = world.client_for(world.member).get(meeting.get_absolute_url()).content.decode()
    assert TEAMS in page and reverse("invitations:mine", args=[meeting.pk]) in page
    meeting.is_published = True
    meeting.save()
    public = client.get(meeting.get_absolute_url()).content.decode()
    assert TEAMS not in public and reverse("invitations:mine", args=[meeting.pk]) not in public


def test_someone_else_cannot_answer_for_a_body_she_is_not_in(world):
    meeting = _coming(world)
    assert (
        world.client_for(world.outsider).get(reverse("invitations:mine", args=[meeting.pk])).status_code
        == 404
    )
    assert not Answer.objects.exists()


def test_the_not_found_page_does_not_ask_a_logged_in_user_to_log_in(world, client):
    page = world.client_for(world.member).get("/organ/finnes-ikke/")
    assert page.status_code == 404 and "Logg inn" not in page.content.decode().split("</header>")[1]
    anonymous = client.get("/organ/finnes-ikke/").content.decode()
    assert "Er du medlem, kan du prøve å logge inn." in anonymous
