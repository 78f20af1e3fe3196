"""Every case, meeting and document is searchable by exactly those whom motebok.access.rules lets open it,
also after a meeting is published and after a body stops or starts publishing."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from motebok.access import rules
from motebok.documents.models import Document
from motebok.meetings import services
from motebok.meetings.models import Case
from tests.conftest import at
from tests.search.conftest import found, place

# One word per thing, none the beginning of another, so that each search finds one thing at most.
WORDS = [
    "Fjordbuss",
    "Skredvarsel",
    "Havnelos",
    "Vindmåler",
    "Torvtak",
    "Bekkelukking",
    "Kirkeklokke",
    "Sagbruk",
    "Kornsilo",
    "Lyktestolpe",
    "Fergekai",
    "Snøbrøyting",
    "Steinbrudd",
    "Turløype",
    "Gatelys",
    "Reinbeite",
]


@pytest.fixture
def things(world):
    """Cases, meetings and open documents in every state of publication, each with a word of its own."""
    words = iter(WORDS)
    published = services.create_meeting(
        world.network, start=at(2023, 1, 9), place=next(words), is_published=True
    )
    draft = services.create_meeting(world.network, start=at(2023, 2, 9), place=next(words))
    steering = services.create_meeting(
        world.steering_group, start=at(2023, 3, 9), place=next(words), is_published=True
    )
    visible_case = place(published, next(words))
    draft_case = place(draft, next(words))
    unplaced_case = Case.objects.create(body=world.network, title=next(words))
    steering_case = place(steering, next(words))
    homes = [
        {"body": world.network},
        {"meeting": published},
        {"meeting": draft},
        {"meeting": steering},
        {"body": world.network, "case": visible_case},
        {"body": world.network, "case": draft_case},
        {"body": world.network, "case": unplaced_case},
        {"meeting": draft, "case": visible_case},
        {},
    ]
    documents = [
        Document.objects.create(title=next(words), sha256=f"{n:064}", **home) for n, home in enumerate(homes)
    ]
    return {
        "meetings": [published, draft, steering],
        "cases": [visible_case, draft_case, unplaced_case, steering_case],
        "documents": documents,
        "draft": draft,
    }


def _agrees(world, things) -> set[bool]:
    checks = [(m.place, rules.can_see_meeting, m) for m in things["meetings"]]
    checks += [(c.title, rules.can_see_case, c) for c in things["cases"]]
    checks += [(d.title, rules.can_download_document, d) for d in things["documents"]]
    outcomes = set()
    for reader in (AnonymousUser(), world.member.user, world.outsider.user):
        for word, may_open, thing in checks:
            thing.refresh_from_db()
            expected = may_open(reader, thing)
            assert bool(found(reader, word)) == expected, (str(reader), word)
            outcomes.add(expected)
    return outcomes


def test_search_agrees_with_the_rules(world, things):
    assert _agrees(world, things) == {True, False}


def test_search_agrees_with_the_rules_after_a_meeting_is_published(world, things):
    things["draft"].is_published = True
    things["draft"].save()
    assert found(None, things["cases"][1].title) == [things["cases"][1].title]
    assert _agrees(world, things) == {True, False}


def test_search_agrees_with_the_rules_when_a_body_stops_and_starts_publishing(world, things):
    world.network.is_public = False
    world.network.save()
    assert found(None, things["cases"][0].title) == []
    assert _agrees(world, things) == {True, False}
    world.network.is_public = True
    world.network.save()
    assert found(None, things["cases"][0].title) == [things["cases"][0].title]
    assert _agrees(world, things) == {True, False}
