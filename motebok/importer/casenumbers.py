"""Case and meeting numbers as networks write them ("14-22", "014/22", "PS 29/14", "22-03") and the years they allow."""

from __future__ import annotations

import re

from django.utils import timezone

# Whole runs of digits, so that "99999999999999999999/26" is one (impossible) number, never its last five digits.
_NUMBER = re.compile(r"(?<!\d)(\d+)\s*[-/]\s*(\d+)(?!\d)")
# "22-03" after a body's name in a heading is the third meeting of 2022; "møte nr. 3" says it in words.
_MEETING_NUMBER = re.compile(
    r"(?<![\d/-])(\d{2})-(\d{2})(?![\d/-])|\bmøte\s*(?:nr\.?|nummer)\s*(\d{1,3})\b", re.I
)
# The highest sequence number a body gives in a year; the database column allows more, no network needs it.
MAX_SEQUENCE = 9999
FIRST_YEAR = 1900


class BadCaseNumber(ValueError):
    """A case number that names no possible case."""


def last_year() -> int:
    """The latest year a meeting, case or time limit may have: a document plans at most a few years ahead."""
    return timezone.localdate().year + 10


def plausible_year(year: int) -> bool:
    return FIRST_YEAR <= year <= last_year()


def parse_case_number(written: str | None) -> tuple[int, int] | None:
    """Return (year, sequence), None when the text carries no year, or raise BadCaseNumber."""
    match = _NUMBER.search(written or "")
    if match is None:
        return None
    sequence_text, year_text = match[1], match[2]
    if len(year_text) not in (2, 4):
        raise BadCaseNumber(f"saksnummer «{written}» har et umulig år")
    sequence = int(sequence_text)
    year = int(year_text) if len(year_text) == 4 else _century(int(year_text))
    if sequence < 1:
        raise BadCaseNumber(f"saksnummer «{written}» har sekvensnummer 0")
    if sequence > MAX_SEQUENCE:
        raise BadCaseNumber(f"saksnummer «{written}» har et for stort sekvensnummer (høyst {MAX_SEQUENCE})")
    if not plausible_year(year):
        raise BadCaseNumber(f"saksnummer «{written}» har et umulig år")
    return year, sequence


def meeting_number(text: str, year: int) -> int | None:
    """The meeting's number in its year, as the document's heading gives it ("… 22-03" in 2022 is 3), or None."""
    for line in [line for line in text.splitlines() if line.strip()][:5]:
        if line.strip().casefold().startswith("sak"):
            continue
        for match in _MEETING_NUMBER.finditer(line):
            if match[3]:
                return int(match[3]) or None
            if int(match[1]) == year % 100 and 1 <= int(match[2]) <= 99:
                return int(match[2])
    return None


def _century(two_digits: int) -> int:
    """ "98" is 1998 and "22" is 2022: a two-digit year is never more than a year ahead of today."""
    year = 2000 + two_digits
    return year if year <= timezone.localdate().year + 1 else year - 100
