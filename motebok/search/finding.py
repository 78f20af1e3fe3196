"""Search the index as one reader: their permissions first, then the page's filters, then the query."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from motebok.registry.models import Body
from motebok.search.backends import backend
from motebok.search.query import Query
from motebok.search.visibility import searchable_entries

# Enough for anyone paging through results; a broader search should be narrowed by body or year instead.
MAX_HITS = 1000


@dataclass(frozen=True)
class Filters:
    kind: str | None = None
    body: Body | None = None
    year_from: int | None = None
    year_to: int | None = None
    newest_first: bool = False


def _new_year(year: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime(year, 1, 1))


def find(user, query: Query, filters: Filters = Filters()) -> list[int]:
    """Ids of the index rows the user may see that match, best (or newest) first; at most MAX_HITS + 1."""
    if not query:
        return []
    entries = searchable_entries(user)
    if filters.kind is not None:
        entries = entries.filter(kind=filters.kind)
    if filters.body is not None:
        entries = entries.filter(body=filters.body)
    if filters.year_from is not None:
        entries = entries.filter(dated__gte=_new_year(filters.year_from))
    if filters.year_to is not None:
        entries = entries.filter(dated__lt=_new_year(filters.year_to + 1))
    return backend().ranked_ids(entries, query, filters.newest_first, MAX_HITS + 1)
