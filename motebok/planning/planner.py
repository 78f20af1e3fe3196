"""Propose a year's meeting plan from a mandate's rules. Plain Python: no database, easy to test.

Digital meetings fall on a preferred weekday each month; physical gatherings run "lunch to lunch" over two
days (or, where the mandate says so, as day meetings except those with a night), spread over the quarters as far
as the count allows, hosted in rotation. No meeting falls on a closed day
(see closed_days).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from zoneinfo import ZoneInfo

from motebok.planning.closed_days import is_closed

OSLO = ZoneInfo("Europe/Oslo")

# Gathering months per quarter, best first: mid-quarter, and September rather than August, when many
# are still on holiday. July never hosts anything.
QUARTER_MONTHS = ((2, 3, 1), (5, 4, 6), (9, 8), (11, 10, 12))


class Kind(StrEnum):
    DIGITAL = "digital"
    GATHERING = "gathering"


@dataclass(frozen=True)
class Rules:
    """The mandate's rules for how often and how the body meets."""

    digital_meetings_per_month: int = 0
    digital_meeting_max_minutes: int | None = None
    physical_gatherings_per_year: int = 0
    gatherings_replace_digital: bool = False
    hosting_in_rotation: bool = False
    overnight_gatherings_per_year: int = 0
    gatherings_per_half_year: int = 0
    day_meetings: bool = False

    @property
    def gatherings_per_year(self) -> int:
        return self.physical_gatherings_per_year or 2 * self.gatherings_per_half_year


@dataclass(frozen=True)
class Preferences:
    """The secretary's choices: weekdays (Monday = 0), which occurrence in the month, and times."""

    digital_weekday: int = 1
    digital_week: int = 2
    digital_start: dt.time = dt.time(9, 0)
    digital_minutes: int = 120
    gathering_weekday: int = 2
    gathering_start: dt.time = dt.time(11, 30)
    gathering_end: dt.time = dt.time(12, 30)
    day_meeting_start: dt.time = dt.time(10, 0)
    day_meeting_end: dt.time = dt.time(15, 0)


@dataclass(frozen=True)
class Proposal:
    kind: Kind
    start: dt.datetime
    end: dt.datetime
    host: Hashable | None = None
    overnight: bool = False
    committee: tuple = field(default=())


class HostRotation:
    """Choose hosts so that no member hosts twice before every member has hosted once, counting earlier years."""

    def __init__(self, members: Sequence[Hashable], earlier_hosts: Iterable[Hashable] = ()):
        self.members = list(dict.fromkeys(members))
        self.times_hosted = dict.fromkeys(self.members, 0)
        self.last_hosted = dict.fromkeys(self.members, -1)
        self.clock = 0
        for host in earlier_hosts:
            self._record(host)

    def _record(self, host: Hashable) -> None:
        self.clock += 1
        if host in self.times_hosted:
            self.times_hosted[host] += 1
            self.last_hosted[host] = self.clock

    def _ranked(self) -> list[Hashable]:
        return sorted(
            self.members, key=lambda m: (self.times_hosted[m], self.last_hosted[m], self.members.index(m))
        )

    def next_host(self) -> Hashable | None:
        ranked = self._ranked()
        if not ranked:
            return None
        self._record(ranked[0])
        return ranked[0]

    def upcoming(self, count: int) -> list[Hashable]:
        """The members next in line, without taking their turn."""
        return self._ranked()[:count]


def propose_year(
    year: int,
    rules: Rules,
    preferences: Preferences,
    members: Sequence[Hashable] = (),
    earlier_hosts: Iterable[Hashable] = (),
    not_before: dt.date | None = None,
) -> list[Proposal]:
    """Propose the year's meetings in date order; `earlier_hosts` lists earlier gatherings' hosts oldest first."""
    not_before = not_before or dt.date(year, 1, 1)
    gathering_days = _gathering_days(year, rules.gatherings_per_year, preferences, not_before)
    gatherings = _gatherings(gathering_days, rules, preferences, HostRotation(members, earlier_hosts))
    digital = _digital_meetings(year, rules, preferences, gathering_days, not_before)
    return sorted(gatherings + digital, key=lambda proposal: proposal.start)


def _at(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=OSLO)


def _weekdays_in_month(year: int, month: int, weekday: int) -> list[dt.date]:
    days = calendar.Calendar().itermonthdates(year, month)
    return [day for day in days if day.month == month and day.weekday() == weekday]


def _gathering_days(year: int, count: int, preferences: Preferences, not_before: dt.date) -> list[dt.date]:
    """First days of the gatherings, spread over the quarters, near the middle of a month."""
    chosen: list[dt.date] = []
    for quarter in (index * 4 // count for index in range(count)):
        for month in QUARTER_MONTHS[quarter]:
            if any(day.month == month for day in chosen):
                continue
            candidates = [
                day
                for day in _weekdays_in_month(year, month, preferences.gathering_weekday)
                if day >= not_before and not is_closed(day) and not is_closed(day + dt.timedelta(days=1))
            ]
            if candidates:
                chosen.append(min(candidates, key=lambda day: abs(day.day - 15)))
                break
    return sorted(chosen)


def _gatherings(
    first_days: list[dt.date], rules: Rules, preferences: Preferences, rotation: HostRotation
) -> list[Proposal]:
    overnight_count = min(rules.overnight_gatherings_per_year, len(first_days))
    overnight = {index * len(first_days) // overnight_count for index in range(overnight_count)}
    proposals = []
    for index, day in enumerate(first_days):
        host = rotation.next_host() if rules.hosting_in_rotation else None
        committee = (host, *rotation.upcoming(2)) if host is not None else ()
        if rules.day_meetings and index not in overnight:
            start, end = _at(day, preferences.day_meeting_start), _at(day, preferences.day_meeting_end)
        else:
            start = _at(day, preferences.gathering_start)
            end = _at(day + dt.timedelta(days=1), preferences.gathering_end)
        proposals.append(
            Proposal(
                kind=Kind.GATHERING,
                start=start,
                end=end,
                host=host,
                overnight=index in overnight,
                committee=committee,
            )
        )
    return proposals


def _digital_meetings(
    year: int, rules: Rules, preferences: Preferences, gathering_days: list[dt.date], not_before: dt.date
) -> list[Proposal]:
    minutes = preferences.digital_minutes
    if rules.digital_meeting_max_minutes:
        minutes = min(minutes, rules.digital_meeting_max_minutes)
    gathering_weeks = {day.isocalendar()[:2] for day in gathering_days}
    busy_days = {day + dt.timedelta(days=offset) for day in gathering_days for offset in (0, 1)}
    proposals = []
    for month in range(1, 13):
        count = rules.digital_meetings_per_month
        if rules.gatherings_replace_digital:
            count -= sum(1 for day in gathering_days if day.month == month)
        occurrences = _weekdays_in_month(year, month, preferences.digital_weekday)
        open_days = [
            (index, day)
            for index, day in enumerate(occurrences)
            if day >= not_before and not is_closed(day) and day not in busy_days
        ]
        for target in (preferences.digital_week - 1 + 2 * n for n in range(max(count, 0))):
            if not open_days:
                break
            # Prefer the wished occurrence, and a week without a gathering.
            best = min(
                open_days,
                key=lambda pair: (pair[1].isocalendar()[:2] in gathering_weeks, abs(pair[0] - target)),
            )
            open_days.remove(best)
            start = _at(best[1], preferences.digital_start)
            proposals.append(
                Proposal(kind=Kind.DIGITAL, start=start, end=start + dt.timedelta(minutes=minutes))
            )
    return proposals
