"""A short, escaped snippet of a text around the first word the query found, with the hits in <mark>."""

from __future__ import annotations

import os
import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from motebok.search.query import Query

_WORD = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")
# Forms of one stem that the database matched ("sak", "saken" for "saker") are marked too: words that
# share a beginning with the term and differ from it by no more than a Norwegian ending each.
MIN_STEM = 3
MAX_ENDING = 3


def _same_stem(word: str, term: str) -> bool:
    shared = len(os.path.commonprefix([word, term]))
    return shared >= max(MIN_STEM, len(term) - MAX_ENDING, len(word) - MAX_ENDING)


def _is_hit(word: str, terms: list[str]) -> bool:
    word = word.casefold()
    return any(word.startswith(term) or _same_stem(word, term) for term in terms)


def _marked(text: str, start: int, end: int, hits: list[re.Match]) -> SafeString:
    pieces = ["… " if start else ""]
    position = start
    for hit in hits:
        if start <= hit.start() and hit.end() <= end:
            pieces += [escape(text[position : hit.start()]), "<mark>", escape(hit.group()), "</mark>"]
            position = hit.end()
    pieces += [escape(text[position:end]), " …" if end < len(text) else ""]
    return mark_safe("".join(pieces))  # every piece of the text is escaped above


def _hits(text: str, query: Query) -> list[re.Match]:
    return [match for match in _WORD.finditer(text) if _is_hit(match.group(), query.words)]


def snippet(text: str, query: Query, width: int = 220) -> SafeString:
    """About `width` characters of `text` around the first hit, HTML-escaped, each hit wrapped in <mark>."""
    text = _SPACE.sub(" ", text).strip()
    hits = _hits(text, query)
    start = max(0, hits[0].start() - width // 4) if hits else 0
    if start:
        # Begin and end at a space, not inside a word.
        start = text.find(" ", start, hits[0].start()) + 1 or start
    end = min(len(text), start + width)
    if end < len(text) and text.rfind(" ", start, end) > start:
        end = text.rfind(" ", start, end)
    return _marked(text, start, end, hits)


def highlight(text: str, query: Query) -> SafeString:
    """The whole text, escaped, with the hits in <mark>."""
    return _marked(text, 0, len(text), _hits(text, query))
