"""Case numbers as networks write them ("14-22", "014/22", "PS 29/14", "Sak 14-2022") into (year, sequence)."""

from __future__ import annotations

import re

from django.utils import timezone

_NUMBER = re.compile(r"(\d{1,5})\s*[-/]\s*(\d{4}|\d{2})\b")


class BadCaseNumber(ValueError):
    """A case number that names no possible case."""


def parse_case_number(written: str | None) -> tuple[int, int] | None:
    """Return (year, sequence), None when the text carries no year, or raise BadCaseNumber."""
    match = _NUMBER.search(written or "")
    if match is None:
        return None
    sequence, year_text = int(match[1]), match[2]
    year = int(year_text) if len(year_text) == 4 else _century(int(year_text))
    if sequence < 1:
        raise BadCaseNumber(f"saksnummer «{written}» har sekvensnummer 0")
    if not 1900 <= year <= 2100:
        raise BadCaseNumber(f"saksnummer «{written}» har et umulig år")
    return year, sequence


def _century(two_digits: int) -> int:
    """ "98" is 1998 and "22" is 2022: a two-digit year is never more than a year ahead of today."""
    year = 2000 + two_digits
    return year if year <= timezone.localdate().year + 1 else year - 100
