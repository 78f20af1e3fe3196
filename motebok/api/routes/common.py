"""What every list shares: cursor pagination, the filters by body and date, and the documented refusals."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from django.db.models import QuerySet
from django.utils import timezone
from ninja import Field, Schema
from ninja.pagination import CursorPagination
from pydantic import AfterValidator

from motebok.api.errors import ErrorOut

# Ids are positive and fit the databases' 64-bit integers.
Id = Annotated[int, Field(ge=1, le=2**63 - 1)]


def _in_utc(moment: dt.datetime) -> dt.datetime:
    """A moment in UTC, as the databases compare them (PostgreSQL refuses offsets past ±15:59); a moment
    without an offset is Oslo time."""
    try:
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        return moment.astimezone(dt.UTC)
    except OverflowError:
        raise ValueError("out of range") from None


Moment = Annotated[dt.datetime, AfterValidator(_in_utc)]

# Every read may be refused for a bad token (401), a thing that is not there or not for the reader (404), or
# a parameter that does not parse (422).
REFUSALS = {401: ErrorOut, 404: ErrorOut, 422: ErrorOut}


class Page(CursorPagination):
    """Pages of at most 100 rows in the order they were made; `next` and `previous` are whole URLs."""

    def __init__(self, **kwargs):
        super().__init__(ordering=("id",), page_size=50, max_page_size=100, **kwargs)


class ListFilters(Schema):
    body: Id | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    updated_since: Moment | None = None


def narrowed(queryset: QuerySet, filters: ListFilters, date_field: str, body_field: str = "body") -> QuerySet:
    """The rows of one body, between two days (both included), and changed since a moment, as the filters ask."""
    if filters.body is not None:
        queryset = queryset.filter(**{body_field: filters.body})
    if filters.date_from is not None:
        queryset = queryset.filter(**{f"{date_field}__gte": filters.date_from})
    if filters.date_to is not None:
        queryset = queryset.filter(**{f"{date_field}__lte": filters.date_to})
    if filters.updated_since is not None:
        queryset = queryset.filter(updated__gte=filters.updated_since)
    return queryset
