"""Split a run of capitalised words into personal names: "Nils-Olav Nøss Christopher Beckham Helge André Njåstad".

A transcript that lost its table cells writes one name after another with nothing between them. The run is
cut where the shape of Norwegian names says a new one starts: a given name from public statistics (see
`data/first_names.txt`) opens a name, and a surname (a listed one, or one with a surname ending such as
-sen, -stad or -dal) closes it.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import NamedTuple

_DATA = Path(__file__).resolve().parent / "data"
# Endings of Norwegian farm and patronymic surnames: "Hansen", "Njåstad", "Nævdal", "Kallevåg", "Bjorøy".
_SURNAME_ENDING_RE = re.compile(
    r"(?:sen|son|stad|land|dal|vik|heim|nes|rud|berg|haug|bø|by|set|seth|gård|gard|øy|lie|eide|vold|moen|ås|aas"
    r"|bakken|stø|voll|holm|strand|skog|fjord|sæther|seter|ness|bråten|bråthen|lund|li|rød|tveit|våg|vang|mo)$"
)


# What leaving a capitalised word out of every name costs: a run is mostly names.
_LEFT_OUT = 0.8


class Token(NamedTuple):
    text: str
    start: int
    end: int


@functools.cache
def _names(file: str) -> frozenset[str]:
    lines = (_DATA / file).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


class Known(NamedTuple):
    """Names the document itself writes apart ("1. Inger Signe Ulvund 2. …"), beside the lexicon."""

    given: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()


NOTHING_KNOWN = Known()


def learn(names: list[str]) -> Known:
    """Return the given names and surnames of names written with clear boundaries."""
    words = [name.lower().split() for name in names if len(name.split()) >= 2]
    return Known(frozenset(w[0] for w in words), frozenset(w[-1] for w in words))


def is_given_name(word: str, known: Known = NOTHING_KNOWN) -> bool:
    """Tell whether a word is a listed given name; "Nils-Olav" is when its first part is."""
    given = _names("first_names.txt")
    word = word.rstrip(".").lower()
    return word in given or word.split("-")[0] in given or word in known.given


def looks_like_surname(word: str, known: Known = NOTHING_KNOWN) -> bool:
    """Tell whether a word is a listed surname or ends as Norwegian surnames do, and is no given name."""
    word = word.lower()
    if word in known.surnames:
        return True
    if is_given_name(word, known):
        return False
    return word in _names("surnames.txt") or bool(_SURNAME_ENDING_RE.search(word))


def is_place(word: str) -> bool:
    """Tell whether a word is a municipality's name and no listed surname ("Gamvik", not "Lund")."""
    word = word.lower()
    return word in _names("municipalities.txt") and word not in _names("surnames.txt")


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def _score(words: list[str], known: Known) -> float | None:
    """Return how well `words` make one name (higher is better), or None when they cannot."""
    if not 2 <= len(words) <= 4 or _is_initial(words[-1]):
        return None
    first, last = words[0], words[-1]
    score = 0.5 - 0.3 * (len(words) - 2)
    if is_given_name(first, known):
        score += 1.0
    elif looks_like_surname(first, known) and not _is_initial(first):
        score -= 0.8
    if is_place(last) and last.lower() not in known.surnames:
        score -= 0.5  # "Bjørn Ove Persgård Gamvik": the municipality heads the next row
    elif looks_like_surname(last, known):
        score += 0.8
    else:
        score += -0.5 if is_given_name(last, known) else 0.5
    score += 0.3 * sum(is_given_name(w, known) or _is_initial(w) for w in words[1:-1])
    return score


def split_run(tokens: list[Token], known: Known = NOTHING_KNOWN) -> list[list[Token]]:
    """Cut a run of name-shaped tokens into the names it most likely holds; tokens that fit no name are left out."""
    n = len(tokens)
    best: list[tuple[float, list[tuple[int, int]]]] = [(0.0, [])] * (n + 1)
    for i in range(1, n + 1):
        left_out = 0.0 if is_place(tokens[i - 1].text) else _LEFT_OUT
        best[i] = (best[i - 1][0] - left_out, best[i - 1][1])  # leave token i-1 out
        for j in range(max(0, i - 4), i - 1):
            score = _score([t.text for t in tokens[j:i]], known)
            if score is not None and score > 0 and best[j][0] + score > best[i][0]:
                best[i] = (best[j][0] + score, [*best[j][1], (j, i)])
    return [tokens[j:i] for j, i in best[n][1]]
