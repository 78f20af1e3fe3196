"""Agendas and minutes as PDF and Word are rendered once per version, kept in Django's file storage, and rendered
anew whenever what the reader gets changes (motebok.publishing.stored)."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.urls import reverse

from motebok.meetings.models import Case
from tests.minutes.conftest import approve, docx_text, meeting, pdf_text  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def storage(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path / "rendered"


def stored(folder: Path, extension: str) -> list[Path]:
    return sorted(folder.rglob(f"*.{extension}")) if folder.exists() else []


@pytest.mark.parametrize("extension", ["pdf", "docx"])
def test_a_version_of_the_minutes_is_rendered_once_and_served_from_storage(
    world,
    meeting,  # noqa: F811
    client,
    storage,
    extension,
):
    approve(meeting)
    url = reverse(f"minutes:{extension}", args=[meeting.pk])

    first = client.get(url)
    [kept] = stored(storage, extension)
    kept.write_bytes(kept.read_bytes() + b"\n% served from storage")
    second = client.get(url)

    assert first.status_code == second.status_code == 200
    assert second.content == first.content + b"\n% served from storage"
    assert stored(storage, extension) == [kept]


def test_changing_an_exempt_case_gives_a_new_file(world, meeting, client, storage):  # noqa: F811
    approve(meeting)
    url = reverse("minutes:pdf", args=[meeting.pk])
    before = pdf_text(client.get(url).content)
    assert "Forhandlingsutvalg" in before and "Lønnsvilkår" not in before

    Case.objects.filter(title="Lønnsvilkår for daglig leder").update(public_title="Personalsak")
    Case.objects.filter(title="Tema ledelse").update(
        access="exempt", exemption_basis="offl. § 14", public_title="Intern drøfting"
    )
    after = pdf_text(client.get(url).content)

    assert "Personalsak" in after and "Forhandlingsutvalg" not in after
    assert "Intern drøfting" in after and "Tema ledelse" not in after
    assert len(stored(storage, "pdf")) == 2


def test_a_member_and_the_public_get_each_their_own_file(world, meeting, client, storage):  # noqa: F811
    approve(meeting)
    url = reverse("minutes:docx", args=[meeting.pk])

    members = docx_text(world.client_for(world.member).get(url).content)
    public = docx_text(client.get(url).content)

    assert "Lønnsvilkår for daglig leder" in members
    assert "Lønnsvilkår" not in public and "Forhandlingsutvalg" in public
    assert len(stored(storage, "docx")) == 2


def test_an_agenda_whose_meeting_moves_is_rendered_anew(world, meeting, client, storage):  # noqa: F811
    from motebok.meetings.models import Meeting

    url = reverse("invitations:agenda_pdf", args=[meeting.pk])
    member = world.client_for(world.member)
    member.get(url)
    Meeting.objects.filter(pk=meeting.pk).update(place="Kristiansund rådhus")

    assert "Kristiansund rådhus" in pdf_text(member.get(url).content)
    assert "Kristiansund rådhus" in pdf_text(client.get(url).content)
    # The member's agenda before and after the move, and the public's after it.
    assert len(stored(storage, "pdf")) == 3
