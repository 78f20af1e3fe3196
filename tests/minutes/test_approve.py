"""Approval: the chair's sign-off or the next meeting, publication to the meeting, e-mail, and history."""

from __future__ import annotations

import pytest
from django.conf import settings

from tests.conftest import at
from tests.minutes.conftest import editor_data

pytestmark = pytest.mark.django_db


def _write(world, meeting, conclusion: str) -> None:
    client = world.client_for(world.secretary)
    client.post(f"/protokoll/mote/{meeting.pk}/skriv/", {"start": ""})
    meeting.minutes.refresh_from_db()
    section = meeting.minutes.sections.first()
    response = client.post(
        f"/protokoll/mote/{meeting.pk}/skriv/",
        editor_data(meeting.minutes, **{f"section-{section.pk}-conclusion": conclusion}),
    )
    assert response.status_code == 302


def test_it_lets_the_chair_approve_and_publishes_and_mails_the_members(world, meeting, smtp):
    from motebok.meetings.models import Meeting

    meeting.is_published = False
    meeting.save()
    _write(world, meeting, "Tas til orientering")

    response = world.client_for(world.chair).post(f"/protokoll/mote/{meeting.pk}/godkjenn/")

    assert response.status_code == 302
    meeting.refresh_from_db()
    assert (meeting.status, meeting.is_published) == (Meeting.Status.APPROVED, True)
    assert meeting.agenda.first().conclusion == "Tas til orientering"
    assert meeting.minutes.approvals.get().approved_by == world.chair
    assert sorted(m["To"] for m in smtp.messages) == [
        "Kari Leder <kari@example.no>",
        "Mona Medlem <mona@example.no>",
        "Sara Sekretær <sara@example.no>",
    ]
    message = smtp.to("mona@example.no")[0]
    text = message.get_body(("plain",)).get_content()
    assert "Tas til orientering" in text
    assert message["Subject"].startswith("Godkjent protokoll: Helseledernettverket ")
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["Reply-To"] == "Sara Sekretær <sara@example.no>"
    # E-mail leaves the body's systems: the exempt case by its public title, and where to read the rest.
    assert "Lønnsvilkår for daglig leder" not in text
    assert "Forhandlingsutvalg" in text
    assert f"Les hele saken etter innlogging: {settings.SITE_URL}/protokoll/mote/{meeting.pk}/" in text
    kinds = sorted(part.get_content_type() for part in message.iter_attachments())
    assert kinds == [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]


def test_it_refuses_approval_by_a_member_or_the_secretary_when_the_chair_signs(world, meeting):
    _write(world, meeting, "Tas til orientering")

    assert world.client_for(world.member).post(f"/protokoll/mote/{meeting.pk}/godkjenn/").status_code == 403
    assert (
        world.client_for(world.secretary).post(f"/protokoll/mote/{meeting.pk}/godkjenn/").status_code == 403
    )
    assert meeting.minutes.approvals.count() == 0


def test_it_records_approval_at_the_next_meeting_when_the_body_decides_so(world, meeting, smtp):
    from motebok.meetings import services
    from motebok.minutes.models import Approval

    secretary = world.client_for(world.secretary)
    secretary.post(f"/protokoll/organ/{world.network.slug}/godkjenning/", {"approval": Approval.NEXT_MEETING})
    next_meeting = services.create_meeting(world.network, start=at(2025, 4, 11, 13))
    _write(world, meeting, "Tas til etterretning")

    response = secretary.post(f"/protokoll/mote/{meeting.pk}/godkjenn/", {"at_meeting": next_meeting.pk})

    assert response.status_code == 302
    approval = meeting.minutes.approvals.get()
    assert (approval.how, approval.at_meeting) == (Approval.NEXT_MEETING, next_meeting)
    page = world.client_for(world.member).get(f"/protokoll/mote/{meeting.pk}/").content.decode()
    assert "Godkjent i møte 11. april 2025" in page


def test_it_keeps_the_approved_text_in_history_and_public_until_a_change_is_approved(
    world, meeting, smtp, client
):
    _write(world, meeting, "Tas til orientering")
    world.client_for(world.chair).post(f"/protokoll/mote/{meeting.pk}/godkjenn/")

    _write(world, meeting, "Vedtatt som foreslått")

    minutes = meeting.minutes
    minutes.refresh_from_db()
    assert (minutes.revision, minutes.approved_revision, minutes.awaits_approval) == (2, 1, True)
    public = client.get(f"/protokoll/mote/{meeting.pk}/").content.decode()
    assert "Tas til orientering" in public and "Vedtatt som foreslått" not in public
    meeting.refresh_from_db()
    assert meeting.agenda.first().conclusion == "Tas til orientering"
    history = world.client_for(world.member).get(f"/protokoll/mote/{meeting.pk}/historikk/").content.decode()
    version_2 = history.split('id="versjon-2"')[1].split("</article>")[0]
    assert "<del>Konklusjon: Tas til orientering</del>" in version_2
    assert "<ins>Konklusjon: Vedtatt som foreslått</ins>" in version_2
    assert "Godkjent av Kari Leder" in history.split('id="versjon-1"')[1]
    assert [r.content["sections"][0]["conclusion"] for r in minutes.revisions.order_by("number")] == [
        "",
        "Tas til orientering",
        "Vedtatt som foreslått",
    ]

    world.client_for(world.chair).post(f"/protokoll/mote/{meeting.pk}/godkjenn/")

    assert "Vedtatt som foreslått" in client.get(f"/protokoll/mote/{meeting.pk}/").content.decode()


def test_a_revision_cannot_be_changed(world, meeting):
    _write(world, meeting, "Tas til orientering")
    revision = meeting.minutes.revisions.get(number=1)
    revision.content = {}

    with pytest.raises(ValueError):
        revision.save()


def test_it_refuses_approval_before_the_meeting_is_over(world, meeting):
    from django.utils import timezone

    meeting.start = timezone.now() - timezone.timedelta(hours=1)
    meeting.end = timezone.now() + timezone.timedelta(hours=1)
    meeting.save()
    _write(world, meeting, "Tas til orientering")
    response = world.client_for(world.chair).post(f"/protokoll/mote/{meeting.pk}/godkjenn/", follow=True)
    assert "Protokollen kan ikke godkjennes før møtet er slutt" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.status != "approved" and not meeting.minutes.approvals.exists()
