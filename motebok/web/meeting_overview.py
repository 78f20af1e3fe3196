"""A body's meetings as its page shows them: the next few, then the past ones one year at a time.

A network with ten years of monthly meetings must not get one endless page, nor one query per meeting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractYear

UPCOMING_SHOWN = 5
YEAR_PARAMETER = "ar"
ALL_UPCOMING_PARAMETER = "kommende"


@dataclass(frozen=True)
class YearLink:
    year: int
    count: int


@dataclass(frozen=True)
class MeetingOverview:
    upcoming: list
    upcoming_total: int
    showing_all_upcoming: bool
    years: list[YearLink]
    year: int | None
    past: list
    # A year asked for in the URL that has no meetings, so that the page can say so instead of hiding it.
    missing_year: str = ""

    @property
    def upcoming_hidden(self) -> int:
        return self.upcoming_total - len(self.upcoming)

    @property
    def collapsible(self) -> bool:
        """All upcoming meetings are shown although there are more than the page shows by default."""
        return self.showing_all_upcoming and self.upcoming_total > UPCOMING_SHOWN


def meeting_overview(meetings: QuerySet, query: dict, now: dt.datetime) -> MeetingOverview:
    """Split visible meetings into the next few and one chosen year of past ones, in a fixed number of queries."""
    upcoming = meetings.filter(start__gte=now).order_by("start")
    showing_all = query.get(ALL_UPCOMING_PARAMETER) == "alle"
    shown = list(upcoming) if showing_all else list(upcoming[:UPCOMING_SHOWN])
    total = len(shown) if showing_all else upcoming.count()

    past = meetings.filter(start__lt=now)
    years = [
        YearLink(row["meeting_year"], row["count"])
        for row in past.annotate(meeting_year=ExtractYear("start"))
        .values("meeting_year")
        .annotate(count=Count("pk"))
        .order_by("-meeting_year")
    ]
    requested = query.get(YEAR_PARAMETER, "")
    year = _chosen_year(requested, years)
    past_shown = list(past.filter(start__year=year).order_by("-start")) if year is not None else []
    missing = requested if requested and str(year) != requested else ""
    return MeetingOverview(shown, total, showing_all, years, year, past_shown, missing)


def _chosen_year(requested: str, years: list[YearLink]) -> int | None:
    """The year asked for in the URL if it has meetings, else the latest year that has."""
    known = {link.year for link in years}
    if requested and requested.isdigit() and int(requested) in known:
        return int(requested)
    return years[0].year if years else None
