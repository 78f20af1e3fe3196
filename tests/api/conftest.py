"""The network's approved meeting (an open and an exempt case, conclusions, a follow-up, a deadline, documents), a
coming meeting, and personal API tokens for Mona (network) and Olav (steering group)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone

from tests.conftest import at
from tests.minutes.conftest import approve, meeting  # noqa: F401 (the fixture is used by the tests here)


@dataclass
class Record:
    meeting: object
    open_case: object
    exempt_case: object
    follow_up: object
    deadline: object
    document: object
    exempt_document: object
    coming: object
    steering_case: object
    tokens: dict


@pytest.fixture
def record(world, meeting, settings, tmp_path) -> Record:  # noqa: F811 (the fixture above)
    from motebok.api.services import create_token
    from motebok.documents.models import Document
    from motebok.meetings import services
    from motebok.meetings.models import ActionItem, Case, Deadline, Meeting

    settings.MEDIA_ROOT = tmp_path
    approve(meeting)
    open_case = Case.objects.get(title="Tema ledelse")
    exempt_case = Case.objects.get(title="Lønnsvilkår for daglig leder")
    follow_up = ActionItem.objects.create(
        what="Sende høringssvar", owner_person=world.member, body=world.network, case=open_case,
        due=dt.date(2025, 4, 1),
    )  # fmt: skip
    deadline = Deadline.objects.create(
        body=world.network, what="Høring om legevakt", date=dt.date(2025, 5, 2)
    )
    document = Document.objects.create(
        title="Saksframlegg ledelse", body=world.network, case=open_case, sha256="a" * 64,
        file=ContentFile(b"Ledelse i nettverket", "ledelse.txt"), original_name="ledelse.txt",
    )  # fmt: skip
    exempt_document = Document.objects.create(
        title="Lønnsoversikt daglig leder", body=world.network, case=exempt_case, sha256="b" * 64,
        file=ContentFile(b"Hemmelig", "lonn.txt"),
    )  # fmt: skip
    start = timezone.now() + dt.timedelta(days=14)
    coming = services.create_meeting(
        world.network, start=start, end=start + dt.timedelta(hours=2), format=Meeting.Format.DIGITAL,
        online_link="https://teams.example/nettverket", status=Meeting.Status.INVITED, is_published=True,
    )  # fmt: skip
    steering = services.create_meeting(world.steering_group, start=at(2025, 2, 1), is_published=True)
    steering_case = Case.objects.create(body=world.steering_group, title="Budsjett for styringsgruppa")
    services.place_case(steering_case, steering)
    tokens = {
        name: create_token(person.user, "Test")[1]
        for name, person in (("mona", world.member), ("olav", world.outsider), ("sara", world.secretary))
    }
    return Record(
        meeting, open_case, exempt_case, follow_up, deadline, document, exempt_document, coming, steering_case,
        tokens,
    )  # fmt: skip


def get(path: str, token: str | None = None, client: Client | None = None, **params):
    """GET an API path (under /api/v1) as an anonymous visitor, a token's owner or a signed-in client."""
    client = client or Client()
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.get(f"/api/v1{path}", params, headers=headers)


def post(path: str, token: str | None = None, data: dict | None = None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return Client().post(f"/api/v1{path}", data or {}, content_type="application/json", headers=headers)
