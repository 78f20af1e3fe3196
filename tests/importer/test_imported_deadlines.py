"""Deadlines and follow-ups of imported minutes reach the case page, the body page and the next agenda."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.urls import reverse

from motebok.invitations.agenda import follow_up_lines
from motebok.meetings.models import Case, Deadline
from motebok.meetings.services import create_meeting
from motebok.planning.agenda import coming_deadlines, set_up_agenda
from tests.conftest import at
from tests.importer.documents import MARCH_SUMMARY, write

pytestmark = pytest.mark.django_db

# The March summary five years ahead, so that its consultation deadline (6 May) is still to come.
SUMMARY_2031 = MARCH_SUMMARY.replace("14. mars 2022", "14. mars 2031")


@pytest.fixture(autouse=True)
def _files_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def imported(world, tmp_path):
    path = write(tmp_path, "mars.txt", SUMMARY_2031)
    call_command("import", str(path), "--body", world.network.name, stdout=StringIO(), stderr=StringIO())
    return Deadline.objects.get(body=world.network)


def test_the_imported_consultation_deadline_is_on_its_case_page_and_the_body_page(world, imported):
    assert (imported.what, imported.date.isoformat(), imported.kind) == (
        "Utviklingsplan for HMR er sendt ut på høring",
        "2031-05-06",
        Deadline.Kind.CONSULTATION,
    )
    assert imported.case == Case.objects.get(body=world.network, sequence=14)
    sara = world.client_for(world.secretary)

    case_page = sara.get(reverse("case", args=[imported.case_id])).text
    body_page = sara.get(world.network.get_absolute_url()).text

    assert "Høringsfrist: Utviklingsplan for HMR er sendt ut på høring (6.5.2031)" in case_page
    assert "6. mai 2031: Utviklingsplan for HMR er sendt ut på høring" in body_page
    assert "Kontrollutvalgssekretariat" in body_page


def test_the_next_agenda_carries_the_deadline_and_the_follow_up_of_the_imported_minutes(world, imported):
    following = create_meeting(world.network, start=at(2031, 4, 4, 13))
    set_up_agenda(following)

    page = world.client_for(world.secretary).get(reverse("planning:agenda", args=[following.pk])).text
    lines = follow_up_lines(following, world.secretary.user)

    assert "Høringsfrist: Utviklingsplan for HMR er sendt ut på høring (6.5.2031)" in page
    assert "Kontrollutvalgssekretariat" in page
    assert lines[-1] == "Høringsfrist: Utviklingsplan for HMR er sendt ut på høring (6. mai 2031)"
    # A deadline recorded at a meeting reaches outsiders only once its minutes are approved and published.
    assert not coming_deadlines(following, AnonymousUser()).exists()
    after_it = create_meeting(world.network, start=at(2031, 6, 2, 13))
    assert not coming_deadlines(after_it).exists()
