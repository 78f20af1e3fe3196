"""Norwegian dates and clock times: "14. mars 2022", "06.04.2017", "kl. 1300 - 1600", "frist 26. april"."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from .vocabulary import alternation, month_numbers

MONTHS = month_numbers()
_MONTH_ALT = alternation(MONTHS)
# Every form starts with a digit; the lookahead lets the engine skip other positions at once (10x faster).
DATE_RE = re.compile(
    r"(?=\d)(?:"
    r"(?<![\d.])(?P<d1>\d{1,2})\.\s?(?P<m1>\d{1,2})\.\s?(?P<y1>\d{4}|\d{2})(?![\d])"
    r"|(?<!\d)(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})(?!\d)"
    # "innan 15.09.": a day and month without a year, which then is the meeting's.
    r"|(?<![\d.])(?P<d4>0?[1-9]|[12]\d|3[01])\.(?P<m4>0?[1-9]|1[0-2])\.(?!\d)"
    # "18.–19. april": a span of days is dated by its first day.
    rf"|(?<![\d.])(?P<d3>\d{{1,2}})\.?(?:\s?[–-]\s?\d{{1,2}}\.)?\s*(?P<m3>{_MONTH_ALT})\.?(?![a-zæøå])(?:\s+(?P<y3>\d{{4}})(?!\d))?"
    r")",
    re.I,
)
# A clock time needs a "kl" before it or minutes after it, so that bare numbers are never times.
_CLOCK = r"(?P<{h}>[01]?\d|2[0-3])(?:(?P<{sep}>[.:])(?P<{m}>[0-5]\d)|(?P<{m}c>[0-5]\d)(?=\D|$))?"
TIME_RE = re.compile(
    r"(?P<kl>\bkl(?:okka|okken)?\.?\s*)?(?<![\d.:])"
    + _CLOCK.format(h="h1", sep="s1", m="m1")
    + r"(?:(?:\s*(?:-|–|—|til)\s*(?:ca\.?\s*)?(?:kl\.?\s*)?"
    # "kl. 09:00 14:30": a transcript dropped the dash between two clock times, a third would be another day's.
    + r"|(?<=\d[.:]\d\d)[ \t]+(?=\d{1,2}[.:]\d\d(?![\d.:])(?![ \t]+\d{1,2}[.:]\d\d)))"
    + _CLOCK.format(h="h2", sep="s2", m="m2")
    + r")?(?![\d])",
    re.I,
)


class DateMatch(NamedTuple):
    day: int
    month: int
    year: int | None
    start: int
    end: int

    def resolve(self, default_year: int | None) -> dt.date | None:
        """Return the date, taking a missing year from `default_year` (the meeting's)."""
        year = self.year if self.year is not None else default_year
        if year is None:
            return None
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None


class TimeRange(NamedTuple):
    start: dt.time
    end: dt.time | None
    span: tuple[int, int]


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """Return every date written in text[start:end], in order."""
    found = []
    for m in DATE_RE.finditer(text, start, len(text) if end is None else end):
        if m.group("d1"):
            year = int(m.group("y1"))
            found.append(DateMatch(int(m.group("d1")), int(m.group("m1")), _full_year(year), *m.span()))
        elif m.group("d4"):
            found.append(DateMatch(int(m.group("d4")), int(m.group("m4")), None, *m.span()))
        elif m.group("y2"):
            found.append(DateMatch(int(m.group("d2")), int(m.group("m2")), int(m.group("y2")), *m.span()))
        else:
            # "APRİL" matches "april" ignoring case, but lower-cases to "apri̇l" (a dotted i): no month.
            month = MONTHS.get(m.group("m3").lower())
            if month is None:
                continue
            year = int(m.group("y3")) if m.group("y3") else None
            found.append(DateMatch(int(m.group("d3")), month, year, *m.span()))
    return [d for d in found if 1 <= d.month <= 12 and 1 <= d.day <= 31]


def find_time_range(text: str, start: int, end: int, labelled: bool = False) -> TimeRange | None:
    """Return the first clock time or time range in text[start:end], ignoring the dates there.

    `labelled` says the segment follows a time label ("Møtetid: 0900–1130"), where a four-digit range is a time.
    """
    segment = _blank_dates(text[start:end])
    for m in TIME_RE.finditer(segment):
        has_minutes = bool(m.group("m1") or m.group("m1c"))
        four_digit_range = labelled and bool(m.group("m1c") and m.group("h2"))
        if not m.group("kl") and not (m.group("s1") and has_minutes) and not four_digit_range:
            continue
        first = _clock(m.group("h1"), m.group("m1") or m.group("m1c"))
        second = _clock(m.group("h2"), m.group("m2") or m.group("m2c")) if m.group("h2") else None
        if second is not None and second <= first:
            second = None
        return TimeRange(first, second, (start + m.start(), start + m.end()))
    return None


def _blank_dates(segment: str) -> str:
    return DATE_RE.sub(lambda m: " " * len(m.group(0)), segment)


def _clock(hour: str, minute: str | None) -> dt.time:
    return dt.time(int(hour), int(minute or 0))


def _full_year(year: int) -> int:
    return year + 2000 if year < 100 else year
