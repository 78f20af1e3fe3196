"""Personal names: recognising them, and expanding "Arne I." or "Mikkelsgård" to a listed full name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import Found
from .vocabulary import MONTHS, WEEKDAYS, forms

_TOKEN = r"[A-ZÆØÅÉÜÄÖ][a-zæøåéèüäöA-ZÆØÅ'’-]*\.?"
_PARTICLE = r"(?:von|van|de|der|den|af|la|le|di|da)"
NAME_RE = re.compile(rf"{_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_TOKEN}){{1,4}}")
_NAME_ONLY_RE = re.compile(rf"(?:{NAME_RE.pattern})\Z")

# Capitalised words that start sentences, headings and organisation names, never personal names.
NOT_NAMES = frozenset(
    [
        *forms(WEEKDAYS),
        *(month.form("bokmål")[0] for month in MONTHS),
        "sak",
        "sykehuset",
        "sykehus",
        "sjukehuset",
        "universitetet",
        "høgskolen",
        "direktoratet",
        "fylkeskommunen",
        "hf",
        "iks",
        "as",
        "saken",
        "saker",
        "kommune",
        "kommunen",
        "kommunane",
        "kommunene",
        "det",
        "den",
        "dette",
        "dei",
        "de",
        "ingen",
        "alle",
        "møte",
        "møtet",
        "referat",
        "protokoll",
        "leder",
        "leiar",
        "teams",
        "vedtak",
        "oppsummering",
        "konklusjon",
        "innstilling",
        "eventuelt",
        "orientering",
        "deltakere",
        "deltagere",
        "fravær",
        "forfall",
        "sted",
        "dato",
        "tid",
        "neste",
        "nettverket",
        "styringsgruppa",
        "arbeidsgruppa",
        "gruppa",
        "helse",
        "nav",
        "ks",
        "fylkeskommune",
        "statsforvalteren",
        "vi",
        "eg",
        "jeg",
        "han",
        "hun",
        "ho",
        "man",
        "en",
        "ein",
        "et",
        "eit",
        "til",
        "fra",
        "frå",
        "for",
        "med",
        "og",
        "i",
        "på",
        "om",
        "av",
        "se",
        "sjå",
        "godkjent",
        "godkjenning",
        "innkalling",
        "saksliste",
        "mandat",
        "formål",
        "formal",
        "vara",
        "varamedlem",
        "varamedlemmer",
        "gjester",
        "inviterte",
        "kl",
        "klokka",
        "ansvar",
        "frist",
        "hovedutvalg",
        "formannskapet",
        "kommunestyret",
        "regionrådet",
        "rådet",
        "utvalget",
        "via",
        "digitalt",
        "fysisk",
        "hybrid",
        "oppfølging",
        "status",
        "tema",
        "revidert",
        "rådmannens",
        "kommunedirektørens",
        "saksbehandler",
        "vedlegg",
        "bakgrunn",
    ]
)

# "Nordlandssykehuset", "Listerrådet", "Krisesenteret": compounds that name a body, never a person.
_BODY_ENDINGS = (
    "sykehuset",
    "sjukehuset",
    "rådet",
    "senteret",
    "tjenesten",
    "tenesta",
    "kommune",
    "kommunen",
)


def is_name(text: str) -> bool:
    """Return True if text is a plausible full personal name (two to five capitalised words)."""
    if not _NAME_ONLY_RE.match(text):
        return False
    words = [w.strip(".") for w in text.split()]
    if any(w.lower() in NOT_NAMES or w.lower().endswith(_BODY_ENDINGS) for w in words):
        return False
    # All-capital words of three letters or more are headings or acronyms, not names.
    return not any(len(w) >= 3 and w.isupper() for w in words)


def without_full_stop(name: Found) -> Found:
    """Drop the full stop that ends a sentence ("… og Kari Moe."), keeping an initial's ("Arne I.")."""
    if not name.value.endswith(".") or len(name.value.split()[-1]) <= 2:
        return name
    return Found(name.value[:-1], name.start, name.end - 1)


def expand_name(short: str, full_names: Iterable[str]) -> str | None:
    """Return the one full name that `short` ("Arne I.", "Ole Frode", "Mikkelsgård") refers to, if unambiguous."""
    words = [w for w in re.split(r"\s+", short.strip()) if w]
    if not words:
        return None
    hits = {full for full in full_names if _refers_to(words, full.split())}
    return hits.pop() if len(hits) == 1 else None


def _refers_to(words: list[str], full: list[str]) -> bool:
    if len(words) > len(full):
        return False
    if len(words) == 1:
        return words[0].lower() in (full[0].lower(), full[-1].lower())
    *leading, last = words
    if not all(_same_word(w, f) for w, f in zip(leading, full, strict=False)):
        return False
    return _same_word(last, full[len(leading)]) or _same_word(last, full[-1])


def _same_word(word: str, full: str) -> bool:
    """Compare one written word with one word of a full name; an initial ("I.", "I") matches its word."""
    bare = word.rstrip(".")
    if len(bare) == 1 and bare.isupper():
        return full.upper().startswith(bare)
    return bare.lower() == full.lower()
