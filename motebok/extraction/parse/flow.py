"""Where a value ends in flowing text, when no line break ends it: a label, a sentence run into it.

A transcript that ran a page into one line writes "Sted: Frei rådhus - kommunestyresalen Sakliste Merknader
til innkalling …": the place ends where the next heading runs in. These helpers return that end.
"""

from __future__ import annotations

import re

from .vocabulary import JOINING_WORDS

# "Saknr.:", "Postadresse:", "Orienterings- og drøftingssaker:": a capitalised label of up to three words.
LABEL_COLON_RE = re.compile(r"\s[A-ZÆØÅ][a-zæøå][\wæøå./-]{0,25}(?:\s[a-zæøå./-]{1,20}){0,2}\s*:(?!\d)")
_JOINING = frozenset(JOINING_WORDS.all()) | {"–", "-", "&"}
_WORD_RE = re.compile(r"\S+")
# A sentence after the value needs this many words to count as one.
_SENTENCE_WORDS = 4


def is_joining(word: str) -> bool:
    """Tell whether a word joins the words of a name or title ("av", "og", "frå", a dash)."""
    return word.lower() in _JOINING


def upper(word: str) -> bool:
    return not any(ch.islower() for ch in word)


def run_in_end(segment: str) -> int:
    """Return where a sentence or heading runs in after a value without a full stop, or len(segment).

    "Godkjenning, møteinnkalling og saksliste Møteinnkalling og saksliste vart godkjent utan merknadar":
    a capitalised word after a lower-case one (or a number), followed by a sentence's length of words.
    """
    words = list(_WORD_RE.finditer(segment))
    for k in range(1, len(words)):
        word, before = words[k].group(), words[k - 1].group()
        if not word[:1].isupper() or upper(word) or not (before[:1].islower() or before[:1].isdigit()):
            continue
        if is_joining(before) or before.endswith((",", "»", "”", "/")):
            continue
        if sum(1 for w in words[k:] if any(ch.isalpha() for ch in w.group())) > _SENTENCE_WORDS:
            return words[k].start()
    return len(segment)


def capitals_end(segment: str) -> int:
    """Return where a value written in capitals ends ("REFERATSAKER FORMANNSKAPET Hov, den …")."""
    words = list(_WORD_RE.finditer(segment))
    letters = [w for w in words[:3] if any(ch.isalpha() for ch in w.group())]
    if len(letters) < 2 or not all(upper(w.group()) for w in letters):
        return len(segment)
    for w in words:
        if any(ch.islower() for ch in w.group()) and not is_joining(w.group()):
            return w.start()
    return len(segment)


def label_end(segment: str) -> int:
    """Return where the next "Label:" starts in a value, or len(segment)."""
    m = LABEL_COLON_RE.search(segment)
    return m.start() if m else len(segment)
