"""Name and e-mail domain matching, plain Python with rapidfuzz: who "Arne I." is, and which domains look misspelt."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

# A typo in a full name ("Ingebrigsten") still matches; different people with similar names do not.
NAME_SCORE_CUTOFF = 92
# "askoy.komune.no" is one edit from "askoy.kommune.no"; two edits still catches "komune" + a letter.
DOMAIN_MAX_DISTANCE = 2


def fold_name(name: str) -> str:
    """Lower case without accents, dots or extra spaces, so that "Åse  Vik" and "ase vik" compare equal."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().replace("ø", "o").replace("æ", "ae"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace(".", " ").replace(",", " ").split())


@dataclass(frozen=True)
class Candidate:
    key: int
    name: str
    folded: str


def candidate(key: int, name: str) -> Candidate:
    return Candidate(key, name, fold_name(name))


def find_by_name(name: str, candidates: list[Candidate]) -> Candidate | None:
    """The one candidate this name refers to: exactly, as a short form ("Arne I.", "Ole Frode"), or fuzzily."""
    wanted = fold_name(name)
    if not wanted or not candidates:
        return None
    exact = [c for c in candidates if c.folded == wanted]
    if exact:
        return exact[0]
    short = _unique({c.key: c for c in candidates if _abbreviates(wanted.split(), c.folded.split())}.values())
    if short is not None:
        return short
    best = process.extractOne(
        wanted,
        {c: c.folded for c in candidates},
        scorer=fuzz.token_sort_ratio,
        score_cutoff=NAME_SCORE_CUTOFF,
    )
    return best[2] if best else None


def _unique(found) -> Candidate | None:
    found = list(found)
    return found[0] if len(found) == 1 else None


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """True if each word of the short form is a word or an initial of the full name, in order ("Arne I.")."""
    if not short or len(short) > len(full):
        return False
    position = 0
    for word in short:
        while position < len(full) and not _word_fits(word, full[position]):
            position += 1
        if position == len(full):
            return False
        position += 1
    # A lone initial ("A.") names nobody for sure.
    return any(len(word) > 1 for word in short)


def _word_fits(word: str, full_word: str) -> bool:
    return word == full_word or (len(word) == 1 and full_word.startswith(word))


def near_domain(domain: str, known: set[str]) -> str | None:
    """The registry domain this one is probably a misspelling of, or None if it is known or unlike any."""
    domain = domain.casefold()
    if not domain or domain in known:
        return None
    best = process.extractOne(domain, known, scorer=Levenshtein.distance, score_cutoff=DOMAIN_MAX_DISTANCE)
    return best[0] if best else None
