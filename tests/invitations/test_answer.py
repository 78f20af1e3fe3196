"""Answering through the personal link: no login, and the answer becomes the draft attendance."""

from __future__ import annotations

import pytest
from django.urls import reverse

from motebok.invitations import services
from motebok.invitations.models import Answer
from motebok.meetings.models import Attendance
from motebok.registry.models import Mandate
from tests.invitations.conftest import PUBLIC_TITLE, SECRET_TITLE


@pytest.fixture
def monas_answer(world, meeting, smtp) -> Answer:
    services.send_invitation(meeting, world.secretary)
    return Answer.objects.get(meeting=meeting, person=world.member)


def test_it_records_attendance_through_the_link_without_login(world, meeting, monas_answer, client):
    response = client.post(monas_answer.get_absolute_url(), {"response": "attending"})

    assert response.status_code == 302
    monas_answer.refresh_from_db()
    assert monas_answer.response == Answer.Response.ATTENDING and monas_answer.answered
    attendance = Attendance.objects.get(meeting=meeting, person=world.member)
    assert attendance.status == Attendance.Status.PRESENT


def test_it_shows_the_answer_to_the_secretary(world, meeting, monas_answer, client):
    client.post(monas_answer.get_absolute_url(), {"response": "absent", "comment": "Kommunestyremøte"})
    secretary = world.client_for(world.secretary)

    invitations_page = secretary.get(reverse("invitations:meeting", args=[meeting.pk])).content.decode()
    meeting_page = secretary.get(meeting.get_absolute_url()).content.decode()

    assert '<tr data-response="absent"><td>Mona Medlem</td><td>Forfall</td>' in invitations_page
    assert "Kommunestyremøte" in invitations_page
    assert "<td>Mona Medlem</td><td></td><td>Forfall" in meeting_page
    assert reverse("invitations:meeting", args=[meeting.pk]) in meeting_page


def test_it_records_a_named_substitute(world, meeting, monas_answer, client):
    client.post(
        monas_answer.get_absolute_url(),
        {
            "response": "substitute",
            "substitute_name": "Siri Stedfortreder",
            "substitute_email": "siri@example.no",
        },
    )

    member = Attendance.objects.get(meeting=meeting, person=world.member)
    substitute = Attendance.objects.get(meeting=meeting, substitute_for=world.member)
    assert member.status == Attendance.Status.ABSENT
    assert (substitute.person.name, substitute.status) == ("Siri Stedfortreder", Attendance.Status.SUBSTITUTE)


def test_it_replaces_the_substitute_when_the_member_comes_after_all(world, meeting, monas_answer, client):
    client.post(
        monas_answer.get_absolute_url(), {"response": "substitute", "substitute_name": "Siri Stedfortreder"}
    )
    client.post(monas_answer.get_absolute_url(), {"response": "attending"})

    assert list(meeting.attendance.values_list("person__name", "status")) == [("Mona Medlem", "present")]


def test_it_asks_for_the_substitutes_name_next_to_the_field(world, meeting, monas_answer, client):
    response = client.post(
        monas_answer.get_absolute_url(), {"response": "substitute", "substitute_name": " "}
    )

    assert response.status_code == 200
    assert "Skriv navnet på stedfortrederen." in response.content.decode()
    assert not Attendance.objects.filter(meeting=meeting).exists()


def test_it_offers_no_substitute_where_the_mandate_allows_none(world, meeting, monas_answer, client):
    Mandate.objects.filter(body=world.network).update(substitute_rule=Mandate.SubstituteRule.NONE)

    page = client.get(monas_answer.get_absolute_url()).content.decode()
    response = client.post(
        monas_answer.get_absolute_url(), {"response": "substitute", "substitute_name": "Siri"}
    )

    assert 'value="substitute"' not in page
    assert response.status_code == 200
    assert not Attendance.objects.filter(meeting=meeting).exists()


def test_it_gives_404_for_an_unknown_link(client, meeting):
    assert client.get(reverse("invitations:answer", args=["ikke-en-nokkel"])).status_code == 404


def test_it_shows_exempt_cases_by_public_title_on_the_answer_page(world, meeting, monas_answer, client):
    page = client.get(monas_answer.get_absolute_url()).content.decode()

    assert PUBLIC_TITLE in page and SECRET_TITLE not in page


def test_the_link_stops_working_when_the_membership_ends(world, meeting, monas_answer, client):
    import datetime as dt

    from motebok.registry.models import Membership

    Membership.objects.filter(person=world.member, body=world.network).update(
        end=dt.date.today() - dt.timedelta(days=1)
    )

    assert client.get(monas_answer.get_absolute_url()).status_code == 404
    assert client.post(monas_answer.get_absolute_url(), {"response": "attending"}).status_code == 404
    assert not Attendance.objects.filter(meeting=meeting).exists()


@pytest.mark.parametrize("how", ["held", "past"])
def test_the_link_stops_working_when_the_meeting_is_over(world, meeting, monas_answer, client, how):
    import datetime as dt

    from motebok.meetings.models import Meeting

    if how == "held":
        Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.HELD)
    else:
        Meeting.objects.filter(pk=meeting.pk).update(
            start=meeting.start - dt.timedelta(days=30), end=meeting.end - dt.timedelta(days=30)
        )

    assert client.get(monas_answer.get_absolute_url()).status_code == 404


def test_it_offers_the_deputy_of_the_members_municipality_seat_as_substitute(
    world, meeting, monas_answer, client
):
    from motebok.registry.models import Membership
    from motebok.registry.municipalities import resolve_municipality
    from tests.conftest import make_person

    rana = resolve_municipality("Rana", county="Nordland")
    world.network.municipalities.set([rana])
    world.network.memberships.filter(person=world.member).update(organisation=rana)
    dag = make_person("Dag Vara", email="dag@rana.kommune.no")
    Membership.objects.create(
        body=world.network, person=dag, organisation=rana, role=Membership.Role.SUBSTITUTE
    )

    form = client.get(monas_answer.get_absolute_url()).context["form"]

    assert (form["substitute_name"].value(), form["substitute_email"].value()) == ("Dag Vara", dag.email)
