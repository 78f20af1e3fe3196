"""The municipality registry: loading it from the data files, and resolving names at a date."""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from pathlib import Path

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from motebok.registry.models import Organisation

DATA_DIR = Path(__file__).resolve().parent / "data"


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@transaction.atomic
def load_registry(organisation_model=Organisation) -> int:
    """Create or update every county and municipality in the data files; return how many rows were read.

    The model is a parameter so that a data migration can pass its historical model.
    """
    kind_of = {"counties.csv": "county", "municipalities.csv": "municipality"}
    by_key: dict[tuple[str, str], object] = {}
    successor_numbers: list[tuple[object, str, list[str]]] = []
    count = 0
    for file_name, kind in kind_of.items():
        for row in _rows(file_name):
            county = None
            if kind == "municipality":
                county = _current_county(by_key, row["county_number"], _date(row["valid_from"]))
            organisation, _ = organisation_model.objects.update_or_create(
                kind=kind,
                number=row["number"],
                valid_from=_date(row["valid_from"]),
                defaults={
                    "name": row["name"],
                    "valid_to": _date(row["valid_to"]),
                    "county": county,
                    "email_domains": [d for d in row.get("email_domains", "").split(";") if d],
                },
            )
            by_key[(kind, row["number"], row["valid_from"])] = organisation
            successors = [n for n in row["successors"].split(";") if n]
            if successors:
                successor_numbers.append((organisation, kind, successors, row["valid_to"]))
            count += 1
    for organisation, kind, numbers, valid_to in successor_numbers:
        start = (_date(valid_to) + dt.timedelta(days=1)).isoformat() if valid_to else ""
        targets = [by_key[(kind, number, start)] for number in numbers if (kind, number, start) in by_key]
        organisation.successors.set(targets)
    return count


def _current_county(by_key: dict, number: str, day: dt.date | None):
    """The county row with that number which existed on the day (counties are loaded first)."""
    candidates = [org for (kind, num, _), org in by_key.items() if kind == "county" and num == number]
    for county in candidates:
        if (county.valid_from is None or day is None or county.valid_from <= day) and (
            county.valid_to is None or day is None or day <= county.valid_to
        ):
            return county
    return candidates[0] if candidates else None


def fold(name: str) -> str:
    """Compare names case- and accent-insensitively, so "Lindas" and "LINDÅS" both find Lindås."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().replace("ø", "o").replace("æ", "ae"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("kommune", "").strip()


def municipality_candidates(name: str, on: dt.date | None = None) -> list[Organisation]:
    """Every municipality of that name (or number) which existed on the date (today if none); several for "Os"."""
    on = on or timezone.localdate()
    wanted = fold(name)
    if not wanted:
        return []
    existing = _existing_on(on).select_related("county")
    if wanted.isdigit():
        return list(existing.filter(number=wanted.zfill(4)))
    return [m for m in existing if wanted in _names(m)]


def _existing_on(on: dt.date):
    return Organisation.objects.filter(kind=Organisation.Kind.MUNICIPALITY).filter(
        Q(valid_from__isnull=True) | Q(valid_from__lte=on), Q(valid_to__isnull=True) | Q(valid_to__gte=on)
    )


def _names(municipality: Organisation) -> set[str]:
    # Official names may carry a Sámi or Kven form after a slash or a dash ("Kautokeino/Guovdageaidnu").
    parts = [municipality.name, *municipality.name.split("/"), *municipality.name.split(" - ")]
    return {fold(part) for part in parts}


def email_domain(email: str | None) -> str:
    """The domain of an e-mail address, lower case ("os-ho.kommune.no"), or "" for no address."""
    if not email or "@" not in email:
        return ""
    return email.rsplit("@", 1)[1].strip().strip(">").casefold()


def resolve_municipality(
    name: str | None,
    on: dt.date | None = None,
    county: str | None = None,
    email: str | None = None,
) -> Organisation | None:
    """The one municipality of that name or number on the date, or None if there is none or it stays ambiguous.

    `county` (a county's name or number) and the domain of `email` settle names that several municipalities
    had, like Os or Våler; without a name, the e-mail domain alone may name the municipality.
    """
    domain = email_domain(email)
    if name and name.strip():
        candidates = municipality_candidates(name, on)
    elif domain:
        candidates = list(_existing_on(on or timezone.localdate()).select_related("county"))
    else:
        return None
    if county and len(candidates) > 1:
        wanted = fold(county)
        candidates = [
            m for m in candidates if m.county and (m.county.number == county or fold(m.county.name) == wanted)
        ]
    if domain and (len(candidates) > 1 or not name):
        # The domains are derived, not verified (data/README.md): they only choose among the named candidates.
        candidates = [m for m in candidates if domain in (d.casefold() for d in m.email_domains)]
    return candidates[0] if len(candidates) == 1 else None
