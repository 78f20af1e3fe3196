"""Attendance written as sentences: "Eva Dahl hadde meldt forfall.", "Jon Vik var ikkje til stades."."""

from __future__ import annotations

import re

from .names import NAME_RE
from .text import Found, trim

_NAMES = r"(?P<names>[A-ZÆØÅ][^.:;\n]{2,150}?)"
_ABSENT_SENTENCE_RE = re.compile(
    _NAMES + r"\s+(?:(?:hadde|har|hade)\s+(?:meldt\s+|meldt\s+inn\s+|meld\s+)?forfall"
    r"|(?:meldte|melde|meldt)\s+forfall"
    r"|(?:var|er|var\s+dessverre)\s+(?:ikke|ikkje)\s+(?:til\s+stede|tilstede|til\s+stades|tilstades|med))\b"
)
_NAME_THEN_WORD_RE = re.compile(rf"(?:{NAME_RE.pattern})\s+([a-zæøå]+)\b")
_LIST_WORDS = frozenset(["og", "for", "fra", "frå", "møtte", "møtande", "møtende", "vara", "som", "v"])
# Substrings of the absence wordings after "ikke/ikkje"; testing substrings is far cheaper than a pattern.
_NOT_THERE_HINTS = ("kke til", "kkje til", "kke med", "kkje med")
# "Forfall hadde Eva Dahl og Jon Vik.", "Ikkje til stades var Mari Lie.": the names come last.
_ABSENT_FIRST_RE = re.compile(
    r"(?:(?:meldt\s+)?forfall\s+(?:hadde|har|fra|frå)|(?:ikke|ikkje)\s+(?:til\s+stede|tilstede|til\s+stades)\s+var"
    r"|fraværende\s+var|fråverande\s+var)\s+(?P<names>[A-ZÆØÅ].{2,200})$",
    re.I,
)
# "Leiar Sigrid Moe leidde møtet.", "Kari Dahl ledet møtet": the chair named in a sentence of its own.
_CHAIR_SENTENCE_RE = re.compile(
    rf"^(?:(?:[Ll]eder|[Ll]eiar|[Mm]øteleder|[Mm]øteleiar)\s+)?(?P<name>{NAME_RE.pattern})\s+"
    r"(?:ledet|leda|leia|leidde|leiar|leder)\s+møtet\b"
)
_SENTENCE_BREAK_RE = re.compile(r"(?<=[a-zæøå)])\.\s+(?=[A-ZÆØÅ])")
# Abbreviations that end in a full stop inside a list entry ("adm. leder").
_ABBREVIATIONS = frozenset(["adm", "ass", "avd", "ca", "jf", "nr", "tlf", "ev", "evt"])


def split_sentences(segment: Found) -> list[Found]:
    """Split "A, B og C. D hadde meldt forfall." into its sentences, keeping offsets."""
    parts, pos = [], 0
    for m in _SENTENCE_BREAK_RE.finditer(segment.value):
        word = segment.value[pos : m.start()].rsplit(None, 1)[-1].lower()
        if word in _ABBREVIATIONS or len(word) <= 1:
            continue
        parts.append(trim(segment.value[pos : m.start()], segment.start + pos))
        pos = m.end()
    parts.append(trim(segment.value[pos:], segment.start + pos))
    return [part for part in parts if part.value]


def tells_a_story(sentence: Found) -> bool:
    """Tell whether a name is followed by a verb ("Lene Kristiansen ledet møtet"), so no list entry."""
    return any(m.group(1) not in _LIST_WORDS for m in _NAME_THEN_WORD_RE.finditer(sentence.value))


def mentions_absence(text: str) -> bool:
    """Tell cheaply whether text may report someone absent."""
    if "orfall" in text or "raværende" in text or "råverande" in text:
        return True
    return "kk" in text and any(hint in text for hint in _NOT_THERE_HINTS)


def absent_named(sentence: Found) -> Found | None:
    """Return who a sentence reports as absent ("Eva Dahl og Jon Vik hadde meldt forfall"), if it does."""
    if not mentions_absence(sentence.value):
        return None
    m = _ABSENT_SENTENCE_RE.match(sentence.value) or _ABSENT_FIRST_RE.match(sentence.value)
    if not m:
        return None
    return trim(m.group("names"), sentence.start + m.start("names"), edge=" .,;:")


def chair_named(text: str) -> str | None:
    """Return whom a sentence names as leading the meeting ("Kari Dahl ledet møtet."), if it does."""
    if "møtet" not in text:
        return None
    m = _CHAIR_SENTENCE_RE.match(text)
    return m.group("name") if m else None
