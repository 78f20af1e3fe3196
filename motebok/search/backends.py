"""The full-text side of search, one small interface with one implementation per database vendor.

`ranked_ids` takes the index rows a reader may search (an Entry queryset, filtered for permissions and the
page's filters) and returns the ids of those matching the query, best or newest first.
"""

from __future__ import annotations

from typing import Protocol

from django.db import connection
from django.db.models import QuerySet

from motebok.search.query import Query, fts5_expression, tsquery_expression


class Backend(Protocol):
    def ranked_ids(self, entries: QuerySet, query: Query, newest_first: bool, limit: int) -> list[int]: ...


def _run(sql: str, params: list) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def _allowed(entries: QuerySet) -> tuple[str, tuple]:
    return entries.order_by().values("id").query.sql_with_params()


class SqliteBackend:
    """FTS5 with bm25 ranking; titles and case numbers weigh more than body text."""

    def ranked_ids(self, entries: QuerySet, query: Query, newest_first: bool, limit: int) -> list[int]:
        allowed, params = _allowed(entries)
        order = 'e."dated" DESC' if newest_first else "bm25(search_entry_fts, 10.0, 10.0, 1.0)"
        sql = (
            "SELECT e.id FROM search_entry_fts JOIN search_entry e ON e.id = search_entry_fts.rowid "
            f"WHERE search_entry_fts MATCH %s AND e.id IN ({allowed}) ORDER BY {order}, e.id DESC LIMIT %s"
        )
        return _run(sql, [fts5_expression(query), *params, limit])


class PostgresBackend:
    """A tsvector column with the "norwegian" configuration (Snowball stemming), ranked by ts_rank."""

    def ranked_ids(self, entries: QuerySet, query: Query, newest_first: bool, limit: int) -> list[int]:
        allowed, params = _allowed(entries)
        tsquery = "to_tsquery('norwegian'::regconfig, %s)"
        # Normalisation 1 divides by the log of the length, so long documents do not bury short cases.
        order = 'e."dated" DESC' if newest_first else f"ts_rank(e.vector, {tsquery}, 1) DESC"
        order_params = [] if newest_first else [tsquery_expression(query)]
        sql = (
            f"SELECT e.id FROM search_entry e WHERE e.vector @@ {tsquery} AND e.id IN ({allowed}) "
            f"ORDER BY {order}, e.id DESC LIMIT %s"
        )
        return _run(sql, [tsquery_expression(query), *params, *order_params, limit])


def backend() -> Backend:
    """The implementation for the database in use."""
    return PostgresBackend() if connection.vendor == "postgresql" else SqliteBackend()
