"""Someone who is not a member of a body gets 404, never 403, for anything of it, published or not: a page must not
tell an outsider which of a body's meetings, cases or documents exist."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.urls import get_resolver

from motebok.documents.models import Document
from motebok.importer.services import stage_upload
from motebok.meetings import services
from motebok.meetings.models import ActionItem, Case
from motebok.minutes.services import start_minutes
from tests.conftest import at
from tests.foundation.test_crawler import _routes, _urls


@pytest.fixture
def network_material(world, settings, tmp_path):
    """A published and an unpublished meeting of the public network, each with a case, minutes and a document."""
    settings.MEDIA_ROOT = tmp_path
    for start, published in ((at(2025, 3, 14), True), (at(2025, 4, 11), False)):
        meeting = services.create_meeting(world.network, start=start, is_published=published)
        case = Case.objects.create(body=world.network, title="Sak")
        services.place_case(case, meeting)
        start_minutes(meeting)
        ActionItem.objects.create(
            what="Oppgave", owner_person=world.member, body=world.network, meeting=meeting
        )
        Document.objects.create(
            title="Notat",
            body=world.network,
            meeting=meeting,
            sha256="2" * 64,
            file=ContentFile(b"x", "n.txt"),
        )
    Case.objects.create(body=world.network, title="Forslag", proposed_by=world.member)
    stage_upload(world.network, "referat.txt", b"Referat\n\nSak 1/25 Noe\n", world.secretary.user)


@pytest.mark.parametrize("who", ["anonymous", "member of another body"])
def test_outsiders_get_404_and_never_403_for_a_bodys_things(client, world, network_material, who):
    visitor = client if who == "anonymous" else world.client_for(world.outsider)
    ids = sorted(
        {
            pk
            for model in apps.get_models()
            if model._meta.app_label in {"meetings", "documents", "minutes", "importer", "planning"}
            for pk in model.objects.values_list("pk", flat=True)
        }
    )
    refused = []
    for route in _routes(get_resolver().url_patterns):
        for url in _urls(route, [world.network.slug], ids, ["ukjent-nokkel"]):
            for method in ("get", "post"):
                if getattr(visitor, method)(url).status_code == 403:
                    refused.append(f"{method.upper()} {url}")
    assert refused == []
