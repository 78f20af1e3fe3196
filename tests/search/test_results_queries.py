"""A page of results asks the access rules a fixed number of queries, however many results it shows."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from motebok.documents.models import Document
from motebok.meetings import services
from motebok.search import indexing
from motebok.search.finding import find
from motebok.search.models import Entry
from motebok.search.query import parse
from motebok.search.results import hits
from tests.conftest import at
from tests.search.conftest import place

WORD = "fiskeoppdrett"


def _queries(user, ids: list[int]) -> tuple[int, int]:
    """The queries asked to show these results, and how many results were shown."""
    with CaptureQueriesContext(connection) as queries:
        shown = hits(user, ids, parse(WORD))
    return len(queries), len(shown)


def test_it_asks_as_many_queries_for_thirty_results_as_for_one_of_each_kind(world):
    with indexing.deferred():
        for month in range(1, 11):
            meeting = services.create_meeting(
                world.network, start=at(2023, month, 9), place=WORD, is_published=True
            )
            case = place(meeting, f"{WORD.capitalize()} {month}")
            Document.objects.create(
                title=f"Notat om {WORD} {month}", sha256=f"{month:064}", meeting=meeting, case=case
            )
    one_of_each = [Entry.objects.filter(kind=kind).values_list("pk", flat=True)[0] for kind in Entry.Kind]
    for reader in (world.member.user, world.outsider.user):
        every = find(reader, parse(WORD))
        few, shown_few = _queries(reader, one_of_each)
        many, shown_many = _queries(reader, every)
        assert (shown_few, shown_many) == (3, 30)
        assert few == many, reader
