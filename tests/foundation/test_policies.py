"""The policies in motebok.access.policies: the list and the single check come from one object, and the pages,
downloads and lists answer exactly as the policy does, for every reader."""

from __future__ import annotations

import itertools

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.test import Client

from motebok.access import policies
from motebok.documents.models import Document
from motebok.meetings import services
from motebok.meetings.models import ActionItem, Case, Deadline, Meeting
from motebok.minutes.services import start_minutes
from tests.conftest import at


@pytest.fixture
def things(world, settings, tmp_path):
    """Meetings published or not, approved or in draft, of both bodies, each with an open and an exempt case,
    documents filed every way, follow-ups and deadlines."""
    settings.MEDIA_ROOT = tmp_path
    basis = {"exemption_basis": "offl. § 13", "public_title": "Unntatt"}
    exempt = {"access": "exempt", **basis}
    for n, (body, published, status) in enumerate(
        itertools.product(
            [world.network, world.steering_group],
            [True, False],
            [Meeting.Status.HELD, Meeting.Status.APPROVED],
        )
    ):
        meeting = services.create_meeting(
            body, start=at(2024, 1 + n, 10), is_published=published, status=status
        )
        if status == Meeting.Status.HELD:
            start_minutes(meeting)
        for access in ({}, exempt):
            case = Case.objects.create(body=body, title=f"Sak {n}", **access)
            services.place_case(case, meeting)
            for filed, document_access in itertools.product(
                [{"case": case}, {"case": case, "meeting": meeting}],
                ["case", "open", "exempt"],
            ):
                Document.objects.create(
                    title="Dokument", body=body, sha256="3" * 64, access=document_access,
                    file=ContentFile(b"x", "d.txt"), **filed, **basis,
                )  # fmt: skip
            for meeting_or_none in (meeting, None):
                ActionItem.objects.create(what="Oppgave", body=body, case=case, meeting=meeting_or_none)
                Deadline.objects.create(body=body, what="Frist", date=at(2026, 1, 1).date(), case=case,
                                        meeting=meeting_or_none)  # fmt: skip
    Case.objects.create(body=world.network, title="Forslag uten møte")


@pytest.fixture
def readers(world) -> dict:
    staff = get_user_model().objects.create_user("stian", "stian@example.no", "pw", is_staff=True)
    return {"anonym": AnonymousUser(), "stab": staff, **world.users}


POLICIES = ["bodies", "meetings", "cases", "documents", "follow_ups", "deadlines"]


@pytest.mark.parametrize("name", POLICIES)
def test_the_check_and_the_list_agree_for_every_reader(things, readers, name):
    policy = getattr(policies, name)
    everything = list(policy.model.objects.all())
    for who, reader in readers.items():
        listed = set(policy.visible(reader).values_list("pk", flat=True))
        assert listed == {thing.pk for thing in everything if policy.can_see(reader, thing)}, who
    assert len(policy.visible(readers["stab"])) == len(everything)
    assert policy.visible(readers["anonym"]).count() < len(everything)


@pytest.mark.parametrize(
    "name, url", [("meetings", "/mote/{}/"), ("cases", "/sak/{}/"), ("documents", "/dokument/{}/")]
)
def test_pages_answer_as_the_policy_does(things, readers, name, url):
    policy = getattr(policies, name)
    for who in ("anonym", "olav", "mona", "stab"):
        reader, client = readers[who], Client()
        if reader.is_authenticated:
            client.force_login(reader)
        for thing in policy.model.objects.all():
            expected = 200 if policy.can_see(reader, thing) else 404
            assert client.get(url.format(thing.pk)).status_code == expected, (who, name, thing.pk)


def test_outsiders_see_no_follow_up_or_deadline_of_an_exempt_case_an_unpublished_meeting_or_draft_minutes(
    things, readers
):
    for name in ("follow_ups", "deadlines"):
        shown = getattr(policies, name).visible(readers["anonym"])
        assert shown.exists()
        assert not shown.filter(case__access="exempt").exists()
        assert not shown.filter(meeting__is_published=False).exists()
        assert not shown.filter(
            meeting__minutes__approved_revision__isnull=True, meeting__minutes__isnull=False
        )
        assert not shown.exclude(body__is_public=True).exists()
