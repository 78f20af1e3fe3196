"""Turn what a person typed into a safe search query: words and quoted phrases, never raw search syntax.

Plain Python, no Django. Each backend writes the query in its own syntax from these parts, so operators,
brackets and stray quotes in the input are only ever searched for as words (or dropped).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_INPUT = 500
MAX_PHRASES = 12
MAX_WORD = 60

_WORD = re.compile(r"[^\W_]+")
_QUOTED = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class Query:
    """Phrases to find, all of them; a single word is a phrase of one. The last word of each may be a prefix."""

    phrases: tuple[tuple[str, ...], ...]

    def __bool__(self) -> bool:
        return bool(self.phrases)

    @property
    def words(self) -> list[str]:
        return [word for phrase in self.phrases for word in phrase]


def _words(text: str) -> list[str]:
    # One letter alone would match half the archive as a prefix; digits stay, for case numbers like "5-22".
    return [word.casefold()[:MAX_WORD] for word in _WORD.findall(text) if len(word) > 1 or word.isdigit()]


def parse(text: str) -> Query:
    """Read words and "quoted phrases" from the input; everything else is ignored."""
    text = unicodedata.normalize("NFC", text[:MAX_INPUT])
    phrases: list[tuple[str, ...]] = []
    for quoted in _QUOTED.findall(text):
        if words := _words(quoted):
            phrases.append(tuple(words))
    phrases.extend((word,) for word in _words(_QUOTED.sub(" ", text)))
    unique = list(dict.fromkeys(phrases))
    return Query(tuple(unique[:MAX_PHRASES]))


def fts5_expression(query: Query) -> str:
    """SQLite FTS5: every phrase quoted, its last word a prefix, all of them required."""
    return " AND ".join('"' + " ".join(phrase) + '"*' for phrase in query.phrases)


def tsquery_expression(query: Query) -> str:
    """PostgreSQL to_tsquery: every word quoted, the last of each phrase a prefix, phrases joined by <->."""
    return " & ".join("(" + " <-> ".join(f"'{word}'" for word in phrase) + ":*)" for phrase in query.phrases)
