"""Repair OCR damage in Norwegian text ("mgter" -> "møter") where a hunspell dictionary makes it certain."""

from __future__ import annotations

import functools
import re
import sys
from itertools import combinations
from pathlib import Path
from typing import Protocol

HUNSPELL_DIRS = (
    Path("/usr/share/hunspell"),
    Path("/usr/share/myspell/dicts"),
    Path("/usr/local/share/hunspell"),
)
# What Tesseract reads in place of Norwegian letters, and the letter meant.
CONFUSIONS = (("ze", "æ"), ("ae", "æ"), ("ee", "æ"), ("z", "æ"), ("g", "ø"), ("@", "ø"), ("0", "ø"),
              ("a", "å"), ("I", "l"), ("I", "ø"), ("|", "l"), (";", ""))  # fmt: skip
_MAX_EDITS = 3
# Candidates grow with the cube of the confusable spots; no Norwegian word is longer than this.
_MAX_WORD_LENGTH = 60
_MIN_CAPITALS = 4
_WORD_RE = re.compile(r"[\w@|]+(?:;[a-zæøå]+)?")
# E-mail addresses and links are kept exactly as written.
# An address starts where its run of address characters starts: tried inside a long word, it would be quadratic.
_PROTECTED_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+|https?://\S+|www\.\S+")
_PROTECTED_MARKS = ("@", "http", "www.")  # one of them is in every match
_LETTER_RE = re.compile(r"[^\W\d_]")
_A_WORDS = frozenset(["til", "for", "om", "og", "enn", "av", "med"])
_DAMAGE_RE = re.compile(r"\b(?:pa|ogsa|ma|bade|na|fa|sa|mgte\w*|fglg\w*|hgr\w*|Igs\w*|lzer\w*)\b|\w@\w")
_NYNORSK_RE = re.compile(r"\b(?:ikkje|eit|kva|korleis|vert|frå|dei|ein|saman|vere|blir|vore)\b")


class WordList(Protocol):
    def spell(self, word: str) -> bool: ...


def looks_damaged(text: str) -> bool:
    """Return True if the text shows the marks of OCR that lost æ, ø and å."""
    head = text[:20000]
    # The pattern tries every word start; a text without "@" or a link has nothing for it.
    sample = _PROTECTED_RE.sub(" ", head) if any(mark in head for mark in _PROTECTED_MARKS) else head
    if re.search(r"[æøåÆØÅ]", sample):
        return len(re.findall(r"\w@\w", sample)) >= 2
    return len(_DAMAGE_RE.findall(sample)) >= 3


def repair(text: str) -> str:
    """Return text with OCR-damaged words replaced by the one valid word they stand for."""
    words = _word_list(_standard(text))
    if words is None:
        return text
    out, pos = [], 0
    tokens = list(_WORD_RE.finditer(text))
    protected = [m.span() for m in _PROTECTED_RE.finditer(text)]
    for k, m in enumerate(tokens):
        if any(a <= m.start() < b for a, b in protected):
            continue
        fixed = _repair_token(m.group(0), words, tokens, k)
        if fixed != m.group(0):
            out.append(text[pos : m.start()])
            out.append(fixed)
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _repair_token(token: str, words: WordList, tokens: list[re.Match[str]], k: int) -> str:
    if token in ("3", "8"):
        return "å" if _stands_for_aa(tokens, k, words) else token
    if token == "|":
        return "I"
    if token == "a":
        return "å"
    if not _LETTER_RE.search(token) or token.isdigit() or len(token) < 2 or _valid(words, token):
        return token
    if token.isupper():
        # Headings in capitals ("MGTEBOK"): repair the word in lower case. Short ones are acronyms (KS, IKT, PS).
        fixed = _best_candidate(token.lower(), words) if len(token) >= _MIN_CAPITALS else None
        return fixed.upper() if fixed else token
    return _best_candidate(token, words) or token


def _stands_for_aa(tokens: list[re.Match[str]], k: int, words: WordList) -> bool:
    """Return True for "til 3 tydeliggjøre": a digit between a preposition and an infinitive."""
    if k == 0 or k + 1 >= len(tokens):
        return False
    before, after = tokens[k - 1].group(0), tokens[k + 1].group(0)
    if before.lower() not in _A_WORDS or not after.islower():
        return False
    return after.endswith("e") and (_valid(words, after) or bool(_best_candidate(after, words)))


def _best_candidate(token: str, words: WordList) -> str | None:
    if len(token) > _MAX_WORD_LENGTH:
        return None
    sites = [(i, wrong, right) for wrong, right in CONFUSIONS for i in _find_all(token, wrong)]
    for edits in range(1, min(_MAX_EDITS, len(sites)) + 1):
        found = set()
        for chosen in combinations(sites, edits):
            candidate = _apply(token, chosen)
            if candidate and _valid(words, candidate):
                found.add(candidate)
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def _find_all(token: str, wrong: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(wrong), token)]


def _apply(token: str, chosen: tuple[tuple[int, str, str], ...]) -> str | None:
    ordered = sorted(chosen)
    for (a, wa, _), (b, _, _) in zip(ordered, ordered[1:], strict=False):
        if a + len(wa) > b:
            return None
    out, pos = [], 0
    for i, wrong, right in ordered:
        out.append(token[pos:i])
        out.append(right)
        pos = i + len(wrong)
    out.append(token[pos:])
    return "".join(out)


def _valid(words: WordList, word: str) -> bool:
    return _lookup(words, word)


@functools.lru_cache(maxsize=100_000)
def _lookup(words: WordList, word: str) -> bool:
    try:
        return bool(words.spell(word))
    except (
        UnicodeEncodeError
    ):  # a letter the dictionary's own encoding (ISO 8859-1) cannot hold is no word of it
        return False


def _standard(text: str) -> str:
    sample = text[:20000]
    return (
        "nn_NO"
        if len(_NYNORSK_RE.findall(sample))
        > len(re.findall(r"\b(?:ikke|et|hva|hvordan|blir|fra|de|en)\b", sample))
        else "nb_NO"
    )


@functools.cache
def _word_list(standard: str) -> WordList | None:
    """Load a hunspell dictionary once per process; None (with a warning) when none is installed."""
    for folder in HUNSPELL_DIRS:
        if (folder / f"{standard}.dic").exists():
            # Hunspell's own C library (chunspell): the Norwegian list loads in a quarter of a second into
            # about 30 MB, where the pure-Python spylls took five seconds and 280 MB per process.
            from hunspell import Hunspell

            return Hunspell(standard, hunspell_data_dir=str(folder))
    print(f"motebok: fant ingen ordliste ({standard}.dic); hopper over OCR-retting", file=sys.stderr)
    return None


def dictionary_available(standard: str = "nb_NO") -> bool:
    """Return True if a hunspell dictionary for the written standard is installed."""
    return any((folder / f"{standard}.dic").exists() for folder in HUNSPELL_DIRS)
