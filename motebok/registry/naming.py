"""How a body is named from a document: its kind from its name, its region, and an address without ø, æ or å."""

from __future__ import annotations

import re

from django.utils.text import slugify

from motebok.registry.models import Body

# Regions that inter-municipal networks name themselves after ("Kommunedirektørkollegiet Nordmøre"): the
# traditional districts, plus the counties, old and new (the registry holds those as organisations too).
REGIONS = (
    "Agder",
    "Akershus",
    "Buskerud",
    "Dalane",
    "Finnmark",
    "Follo",
    "Fosen",
    "Glåmdal",
    "Gudbrandsdalen",
    "Hadeland",
    "Hallingdal",
    "Hardanger",
    "Haugalandet",
    "Hedmark",
    "Helgeland",
    "Hordaland",
    "Innherred",
    "Innlandet",
    "Jæren",
    "Lister",
    "Lofoten",
    "Midt-Troms",
    "Møre og Romsdal",
    "Namdalen",
    "Nord-Troms",
    "Nordfjord",
    "Nordhordland",
    "Nordland",
    "Nordmøre",
    "Ofoten",
    "Oppland",
    "Orkdalen",
    "Romerike",
    "Romsdal",
    "Ryfylke",
    "Rogaland",
    "Salten",
    "Setesdal",
    "Sogn",
    "Sogn og Fjordane",
    "Solør",
    "Sunnfjord",
    "Sunnhordland",
    "Sunnmøre",
    "Sør-Troms",
    "Telemark",
    "Troms",
    "Trøndelag",
    "Valdres",
    "Vest-Finnmark",
    "Vestfold",
    "Vestland",
    "Vesterålen",
    "Viken",
    "Øst-Finnmark",
    "Østerdalen",
    "Østfold",
)

# Longest first, so that "Sogn og Fjordane" wins over "Sogn" and "Nord-Troms" over "Troms".
_REGION = re.compile(
    r"(?<![\wæøå-])("
    + "|".join(re.escape(r) for r in sorted(REGIONS, key=len, reverse=True))
    + r")(?![\wæøå-])"
)
# A sign-off line names where the document was written: "Nordmøre, 17. mars 2022".
_DATELINE = re.compile(r"^\s*([^\n,]{2,40}),\s*\d{1,2}\.\s*\w+\s+\d{4}\s*$", re.MULTILINE)

# The word in a body's name that says what kind of body it is, bokmål and nynorsk.
_KINDS = (
    ("arbeidsutval", Body.Kind.WORKING_COMMITTEE),
    ("arbeidsgrupp", Body.Kind.WORKING_GROUP),
    ("styringsgrupp", Body.Kind.STEERING_GROUP),
    ("programkomit", Body.Kind.PROGRAMME_COMMITTEE),
    ("kollegi", Body.Kind.COLLEGE),
    ("nettverk", Body.Kind.NETWORK),
    ("program", Body.Kind.PROGRAMME),
)

_TRANSLITERATION = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "å": "a", "Å": "A"})


def body_kind(name: str) -> str:
    """The kind of body a name says it is ("Styringsgruppe VÅG" is a steering group); "other" if it says none."""
    folded = name.casefold()
    for word, kind in _KINDS:
        if word in folded:
            return kind
    return Body.Kind.OTHER


def body_slug(name: str) -> str:
    """A web address part for the name, with ø, æ and å written o, ae and a ("kommunedirektorkollegiet")."""
    return slugify(name.translate(_TRANSLITERATION))


def region_of(text: str) -> str | None:
    """The region a document's sign-off line names ("Nordmøre, 17. mars 2022"), or None.

    Regions mentioned in the running text are not used: a case about "NAV Solør" does not make the body Solør's.
    """
    for match in _DATELINE.finditer(text):
        found = _REGION.fullmatch(match[1].strip())
        if found:
            return found[1]
    return None


def with_region(name: str, text: str) -> str:
    """The body's name with the document's region after it, unless the name already names a region."""
    if _REGION.search(name):
        return name
    region = region_of(text)
    return f"{name} {region}" if region else name
