"""Members propose cases with attachments; the secretary and chair accept, postpone or decline them."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from motebok.documents.models import Document
from motebok.meetings.models import Case
from motebok.meetings.services import create_meeting

PDF = b"%PDF-1.4\n% Notat om legevaktsamarbeid\n"


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _propose_url(world):
    return reverse("planning:propose", args=[world.network.slug])


def _proposal(world, **fields) -> Case:
    return Case.objects.create(
        body=world.network, title="Felles legevakt", proposed_by=world.member, **fields
    )


def test_it_lets_a_member_propose_a_case_with_attachments(world, data_dir):
    # Only coming meetings can be wished for, so a fixed date would stop working once it has passed.
    wished = create_meeting(world.network, start=timezone.now() + dt.timedelta(days=30))
    response = world.client_for(world.member).post(
        _propose_url(world),
        {
            "title": "Felles legevakt",
            "background": "Kommunene vurderer et felles legevaktsamarbeid.",
            "kind": Case.Kind.DISCUSSION,
            "wished_meeting": wished.pk,
            "attachments": [
                SimpleUploadedFile("notat.pdf", PDF),
                SimpleUploadedFile("tall.csv", b"a;b\n1;2\n"),
            ],
        },
    )
    assert response.status_code == 302
    case = Case.objects.get(title="Felles legevakt")
    assert (case.status, case.kind, case.proposed_by, case.wished_meeting) == (
        Case.Status.PROPOSED, Case.Kind.DISCUSSION, world.member, wished,
    )  # fmt: skip
    assert case.sequence is None  # numbered only when placed on an agenda
    documents = {d.original_name: d for d in Document.objects.filter(case=case)}
    assert set(documents) == {"notat.pdf", "tall.csv"}
    assert documents["notat.pdf"].sha256 == hashlib.sha256(PDF).hexdigest()
    assert documents["notat.pdf"].file.read() == PDF


def test_it_names_the_missing_title(world):
    response = world.client_for(world.member).post(_propose_url(world), {"kind": Case.Kind.ORIENTATION})
    assert response.status_code == 200
    page = response.content.decode()
    # The error sits with the title field, before the next field begins (and in the error summary above).
    title = page.index('for="id_title"')
    assert page.index("Feltet er påkrevet.", title) < page.index('for="id_background"')
    assert 'href="#id_title">Tittel: Feltet er påkrevet.</a>' in page[:title]
    assert not Case.objects.exists()


def test_it_refuses_proposals_from_outsiders_and_anonymous_visitors(world, client):
    data = {"title": "Utenfra", "kind": Case.Kind.ORIENTATION}
    assert world.client_for(world.outsider).post(_propose_url(world), data).status_code == 404
    assert client.post(_propose_url(world), data).status_code == 404
    steering = reverse("planning:propose", args=[world.steering_group.slug])
    assert world.client_for(world.member).post(steering, data).status_code == 404
    assert not Case.objects.exists()


def test_it_lists_proposals_for_the_secretary(world):
    _proposal(world, background="Bakgrunnen for saken.")
    Case.objects.create(body=world.network, title="Avvist før", status=Case.Status.DECLINED)
    response = world.client_for(world.secretary).get(reverse("planning:proposals", args=[world.network.slug]))
    page = response.content.decode()
    assert "Felles legevakt" in page and "Bakgrunnen for saken." in page and "Mona Medlem" in page
    assert "Avvist før" not in page


@pytest.mark.parametrize(
    ("who", "decision"),
    [
        ("secretary", Case.Status.ACCEPTED),
        ("chair", Case.Status.DECLINED),
        ("secretary", Case.Status.POSTPONED),
    ],
)
def test_it_lets_the_secretary_and_chair_decide(world, who, decision):
    case = _proposal(world)
    client = world.client_for(getattr(world, who))
    response = client.post(reverse("planning:decide", args=[case.pk]), {"decision": decision})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == decision


def test_it_lets_no_member_outsider_or_anonymous_visitor_decide(world, client):
    case = _proposal(world)
    url = reverse("planning:decide", args=[case.pk])
    assert world.client_for(world.member).post(url, {"decision": "accepted"}).status_code == 403
    assert world.client_for(world.outsider).post(url, {"decision": "accepted"}).status_code == 404
    assert client.post(url, {"decision": "accepted"}).status_code == 404
    assert (
        world.client_for(world.member)
        .get(reverse("planning:proposals", args=[world.network.slug]))
        .status_code
        == 403
    )
    case.refresh_from_db()
    assert case.status == Case.Status.PROPOSED


def test_it_does_not_decide_on_a_case_already_on_an_agenda(world):
    case = _proposal(world, status=Case.Status.ON_AGENDA)
    world.client_for(world.secretary).post(
        reverse("planning:decide", args=[case.pk]), {"decision": "declined"}
    )
    case.refresh_from_db()
    assert case.status == Case.Status.ON_AGENDA
