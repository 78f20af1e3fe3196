"""rules.visible_documents (one query for a page of results) agrees with rules.can_download_document (one
document at a time) for every reader and every way a document can be filed, open or exempt."""

from __future__ import annotations

import itertools

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from motebok.access import rules
from motebok.documents.models import Document
from motebok.meetings import services
from motebok.meetings.models import Case
from tests.conftest import at
from tests.search.conftest import place


@pytest.fixture
def documents(world) -> list[Document]:
    """An open and an exempt document for every combination of body, meeting and case, however odd."""
    network_published = services.create_meeting(world.network, start=at(2023, 1, 9), is_published=True)
    network_draft = services.create_meeting(world.network, start=at(2023, 2, 9))
    steering_published = services.create_meeting(
        world.steering_group, start=at(2023, 3, 9), is_published=True
    )
    steering_draft = services.create_meeting(world.steering_group, start=at(2023, 4, 9))
    cases = [
        place(network_published, "Sak på publisert møte"),
        place(network_draft, "Sak på utkast"),
        Case.objects.create(body=world.network, title="Sak uten møte"),
        place(steering_published, "Styringsgruppas sak"),
    ]
    bodies = [None, world.network, world.steering_group]
    meetings = [None, network_published, network_draft, steering_published, steering_draft]
    made = []
    for n, (body, meeting, case, exempt) in enumerate(
        itertools.product(bodies, meetings, [None, *cases], [False, True])
    ):
        access = (
            {"access": "exempt", "exemption_basis": "offl. § 13", "public_title": "Unntatt"} if exempt else {}
        )
        made.append(
            Document.objects.create(
                title=f"Dokument {n}", sha256=f"{n:064}", body=body, meeting=meeting, case=case, **access
            )
        )
    return made


@pytest.fixture
def readers(world) -> dict:
    staff = get_user_model().objects.create_user("stian", "stian@example.no", "pw", is_staff=True)
    return {"anonym": AnonymousUser(), "stab": staff, **world.users}


def test_it_agrees_with_the_per_document_check_for_every_reader_and_document(documents, readers):
    outcomes = set()
    for name, reader in readers.items():
        listed = set(rules.visible_documents(reader).values_list("pk", flat=True))
        for document in documents:
            expected = rules.can_download_document(reader, document)
            assert (document.pk in listed) == expected, (name, document.title)
            outcomes.add((name, expected))
    # Every reader but site staff is refused something, and everyone may download something.
    assert {name for name, allowed in outcomes if not allowed} == set(readers) - {"stab"}
    assert {name for name, allowed in outcomes if allowed} == set(readers)


def test_it_never_lists_an_exempt_document_for_someone_without_the_right(documents, readers, world):
    for reader in (readers["anonym"], world.outsider.user):
        listed = rules.visible_documents(reader, Document.objects.filter(body=world.network))
        assert not listed.filter(access="exempt").exists()
    assert rules.visible_documents(world.member.user).filter(body=world.network, access="exempt").exists()


def _queries(reader, queryset) -> int:
    with CaptureQueriesContext(connection) as queries:
        list(rules.visible_documents(reader, queryset).values_list("pk", flat=True))
    return len(queries)


def test_it_asks_as_many_queries_for_ten_documents_as_for_all(documents, world):
    few = Document.objects.filter(pk__in=[d.pk for d in documents[:10]])
    assert _queries(world.member.user, few) == _queries(world.member.user, Document.objects.all()) <= 3
