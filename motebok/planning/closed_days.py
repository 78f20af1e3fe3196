"""Days a network never meets: public holidays, Easter week, the July holiday and Christmas to New Year."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from functools import cache

import holidays
from dateutil.easter import easter


@cache
def _public_holidays(year: int) -> holidays.HolidayBase:
    return holidays.Norway(years=year)


def easter_week(year: int) -> tuple[dt.date, dt.date]:
    """Monday before Easter through Easter Monday."""
    sunday = easter(year)
    return sunday - dt.timedelta(days=6), sunday + dt.timedelta(days=1)


class Closed(StrEnum):
    HOLIDAY = "holiday"
    EASTER = "easter"
    JULY = "july"
    CHRISTMAS = "christmas"


def closed_reason(day: dt.date) -> Closed | None:
    """Why no meeting can be held on a day, or None when the day is open."""
    if day in _public_holidays(day.year):
        return Closed.HOLIDAY
    first, last = easter_week(day.year)
    if first <= day <= last:
        return Closed.EASTER
    if day.month == 7:
        return Closed.JULY
    if (day.month, day.day) >= (12, 24) or (day.month, day.day) == (1, 1):
        return Closed.CHRISTMAS
    return None


def is_closed(day: dt.date) -> bool:
    return closed_reason(day) is not None
