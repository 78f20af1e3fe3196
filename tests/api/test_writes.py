"""Writing through the API with a personal token: propose a case, answer an invitation, mark a follow-up done."""

from __future__ import annotations

from motebok.invitations.models import Answer
from motebok.meetings.models import ActionItem, Case
from tests.api.conftest import post


def test_a_member_proposes_a_case_with_her_token(world, record):
    response = post("/cases", record.tokens["mona"], {"body_id": world.network.pk, "title": "Felles legevakt",
                                                       "background": "Kommunene vil samarbeide."})  # fmt: skip
    assert response.status_code == 201
    case = Case.objects.get(pk=response.json()["id"])
    assert (case.title, case.status, case.proposed_by) == ("Felles legevakt", "proposed", world.member)


def test_writing_needs_a_token_not_a_session(world, record):
    client = world.client_for(world.member)
    response = client.post(
        "/api/v1/cases", {"body_id": world.network.pk, "title": "X"}, content_type="application/json"
    )
    assert response.status_code == 401
    assert not Case.objects.filter(title="X").exists()


def test_a_member_of_another_body_cannot_propose_to_the_network(world, record):
    response = post("/cases", record.tokens["olav"], {"body_id": world.network.pk, "title": "Olavs forslag"})
    assert response.status_code == 403
    assert response.json()["errors"][0]["field"] == "body_id"
    assert not Case.objects.filter(title="Olavs forslag").exists()


def test_a_proposal_without_a_title_is_refused_naming_the_field(world, record):
    response = post("/cases", record.tokens["mona"], {"body_id": world.network.pk, "title": ""})
    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": "title", "message": "«title» må fylles ut."}]


def test_a_member_answers_the_invitation(world, record):
    response = post(f"/meetings/{record.coming.pk}/answer", record.tokens["mona"], {"response": "absent",
                                                                                    "comment": "Syk"})  # fmt: skip
    assert response.status_code == 200 and response.json()["response"] == "absent"
    answer = Answer.objects.get(meeting=record.coming, person=world.member)
    assert (answer.response, answer.comment) == ("absent", "Syk")


def test_a_substitute_needs_a_name(world, record):
    response = post(f"/meetings/{record.coming.pk}/answer", record.tokens["mona"], {"response": "substitute"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "substitute_name"


def test_a_held_meeting_takes_no_answers(world, record):
    response = post(f"/meetings/{record.meeting.pk}/answer", record.tokens["mona"], {"response": "attending"})
    assert response.status_code == 409
    assert not Answer.objects.filter(meeting=record.meeting, response="attending").exists()


def test_an_outsider_cannot_answer_for_the_network(world, record):
    response = post(f"/meetings/{record.coming.pk}/answer", record.tokens["olav"], {"response": "attending"})
    assert response.status_code == 403


def test_the_person_responsible_marks_her_follow_up_done(world, record):
    response = post(f"/follow-ups/{record.follow_up.pk}/done", record.tokens["mona"])
    assert response.status_code == 200 and response.json()["status"] == "done"
    record.follow_up.refresh_from_db()
    assert record.follow_up.status == ActionItem.Status.DONE and record.follow_up.completed


def test_someone_else_cannot_mark_it_done(world, record):
    response = post(f"/follow-ups/{record.follow_up.pk}/done", record.tokens["olav"])
    assert response.status_code == 403
    record.follow_up.refresh_from_db()
    assert record.follow_up.status == ActionItem.Status.OPEN
