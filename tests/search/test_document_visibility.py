"""An open document is searchable by exactly those who may download it, whatever its body, meeting and case."""

from __future__ import annotations

import itertools

from django.contrib.auth.models import AnonymousUser

from motebok.access import rules
from motebok.documents.models import Document
from motebok.meetings import services
from tests.conftest import at
from tests.search.conftest import found, place


def test_open_documents_are_found_by_those_who_may_download_them(world):
    published = services.create_meeting(world.network, start=at(2023, 1, 9), is_published=True)
    draft = services.create_meeting(world.network, start=at(2023, 2, 9))
    steering = services.create_meeting(world.steering_group, start=at(2023, 3, 9), is_published=True)
    visible_case = place(published, "Synlig sak")
    unplaced_case = type(visible_case).objects.create(body=world.network, title="Uplassert sak")
    homes = {
        "body only": {"body": world.network},
        "published meeting": {"meeting": published},
        "draft meeting": {"meeting": draft},
        "steering meeting": {"meeting": steering},
        "visible case": {"body": world.network, "case": visible_case},
        "unplaced case": {"body": world.network, "case": unplaced_case},
        "draft meeting, visible case": {"meeting": draft, "case": visible_case},
        "nowhere": {},
    }
    documents = [
        Document.objects.create(
            title=f"Dokument {n}", sha256=f"{n:064}", extracted_text=f"Kartlegging{n}", **home
        )
        for n, home in enumerate(homes.values())
    ]
    readers = [AnonymousUser(), world.member.user, world.outsider.user]
    outcomes = set()
    for reader, document in itertools.product(readers, documents):
        expected = rules.can_download_document(reader, document)
        assert bool(found(reader, document.extracted_text)) == expected, (reader, document.title)
        outcomes.add(expected)
    assert outcomes == {True, False}
