"""The full-text side of search, one small interface with one implementation per database vendor.

`ranked_ids` takes the index rows a reader may search (an Entry queryset, filtered for permissions and the
page's filters) and returns the ids of those matching the query, best or newest first. The full-text index
is not a model field on either database, so each implementation writes its own small piece of SQL.
"""

from __future__ import annotations

from typing import Protocol

from django.db import connection
from django.db.models import BooleanField, FloatField, QuerySet
from django.db.models.expressions import RawSQL

from motebok.search.query import Query, fts5_expression, tsquery_expression


class Backend(Protocol):
    def ranked_ids(self, entries: QuerySet, query: Query, newest_first: bool, limit: int) -> list[int]: ...


def _ordered_ids(entries: QuerySet, newest_first: bool, limit: int) -> list[int]:
    order = ("-dated", "-id") if newest_first else ("score", "-id")
    return list(entries.order_by(*order).values_list("id", flat=True)[:limit])


class SqliteBackend:
    """FTS5 with bm25 ranking (lower is better); titles and case numbers weigh more than body text."""

    def ranked_ids(self, entries: QuerySet, query: Query, newest_first: bool, limit: int) -> list[int]:
        # A join, not a subquery: SQLite then starts from the full-text matches and checks each row once.
        matching = entries.extra(
            tables=["search_entry_fts"],
            where=["search_entry_fts.rowid = search_entry.id", "search_entry_fts MATCH %s"],
            params=[fts5_expression(query)],
            select={"score": "bm25(search_entry_fts, 10.0, 10.0, 1.0)"},
        )
        return _ordered_ids(matching, newest_first, limit)


class PostgresBackend:
    """A tsvector column with the "norwegian" configuration (Snowball stemming), ranked by ts_rank."""

    TSQUERY = "to_tsquery('norwegian'::regconfig, %s)"

    def ranked_ids(self, entries: QuerySet, query: Query, newest_first: bool, limit: int) -> list[int]:
        expression = [tsquery_expression(query)]
        matches = RawSQL(f"search_entry.vector @@ {self.TSQUERY}", expression, output_field=BooleanField())
        # Normalisation 1 divides by the log of the length, so long documents do not bury short cases;
        # negated so that, as with bm25, lower is better.
        score = RawSQL(
            f"-ts_rank(search_entry.vector, {self.TSQUERY}, 1)", expression, output_field=FloatField()
        )
        return _ordered_ids(entries.filter(matches).annotate(score=score), newest_first, limit)


def backend() -> Backend:
    """The implementation for the database in use."""
    return PostgresBackend() if connection.vendor == "postgresql" else SqliteBackend()
