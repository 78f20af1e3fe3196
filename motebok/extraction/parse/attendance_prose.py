"""Attendance written as sentences: "Eva Dahl hadde meldt forfall.", "Jon Vik var ikkje til stades."."""

from __future__ import annotations

import re

from .name_runs import is_given_name, is_place
from .names import NAME_RE, is_name
from .text import Found, trim
from .vocabulary import (
    GIVING_VERBS,
    INVITED_TO_SPEAK,
    MAYORS,
    PRESENTING_VERBS,
    TALK_NOUNS,
    TITLE_ENDINGS,
    alternation,
    phrases_pattern,
)

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
ABBREVIATIONS = frozenset(["adm", "ass", "avd", "ca", "dir", "jf", "nr", "tlf", "ev", "evt"])


def split_sentences(segment: Found) -> list[Found]:
    """Split "A, B og C. D hadde meldt forfall." into its sentences, keeping offsets."""
    parts, pos = [], 0
    for m in _SENTENCE_BREAK_RE.finditer(segment.value):
        word = segment.value[pos : m.start()].rsplit(None, 1)[-1].lower()
        if word in ABBREVIATIONS or len(word) <= 1:
            continue
        parts.append(trim(segment.value[pos : m.start()], segment.start + pos))
        pos = m.end()
    parts.append(trim(segment.value[pos:], segment.start + pos))
    return [part for part in parts if part.value]


def tells_a_story(sentence: Found, list_words: frozenset[str] = frozenset()) -> bool:
    """Tell whether a name is followed by a verb ("Lene Kristiansen ledet møtet"), so no list entry.

    `list_words` are more lower-case words that may follow a name in a list ("… Finnmark fylkeskommune").
    """
    return any(
        m.group(1) not in _LIST_WORDS and m.group(1) not in list_words
        for m in _NAME_THEN_WORD_RE.finditer(sentence.value)
    )


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


# The clause that tells a talk was given: a presenting verb, a talk given ("gav ei kort orientering"), or an
# invitation to speak. Each alternative starts at a word's start, so the search is linear on any text.
_TALK_RE = re.compile(
    rf"""\b(?:
        (?P<verb>{phrases_pattern(PRESENTING_VERBS)})
      | (?P<gave>{phrases_pattern(GIVING_VERBS)})\s+(?P<object>[^.]{{0,80}}?)\b(?:{phrases_pattern(TALK_NOUNS)})
      | (?P<invited>{phrases_pattern(INVITED_TO_SPEAK)})
    )\b""",
    re.X | re.I,
)
_MAYOR = phrases_pattern(MAYORS)
_TITLE_WORD_RE = re.compile(rf"(?:{alternation((*TITLE_ENDINGS.all(), *MAYORS.all()))})\w{{0,3}}$", re.I)
# "ordførar i Tokke Jarand Felland": the mayor of a place, written just before the name.
_MAYOR_BEFORE_RE = re.compile(rf"\b(?:{_MAYOR})\s+i\s+[A-ZÆØÅ][\w-]+\s+\Z", re.I)
# "Beate Marie Dahl Eide, Seljord sin nye ordførar,": the mayor of a place, written just after it.
_MAYOR_AFTER_RE = re.compile(rf"\A,\s+[A-ZÆØÅ][\w-]+\s+(?:sin|si|sitt)\s+(?:\w+\s+)?(?:{_MAYOR})\b", re.I)
# What may stand between a speaker's name and the verb: ", økonomisjef i Telemark Bilruter,", "frå Seljord
# kommune", "ved Vest-Telemark Museum", and "og" before the next speaker.
_APPOSITIVE = r",[^,.]{1,80},|\s+(?:frå|fra|ved|i|hos|v/)\s+[^,.]{1,60}?"
_SUBJECT_GAP_RE = re.compile(rf"\A(?:{_APPOSITIVE})?(?:,?\s+og)?\s+\Z")
_INTRODUCED_AFTER_RE = re.compile(rf"\A(?:{_APPOSITIVE})(?:,?\s+og)?\s")
_PROSE_NAME_RE = re.compile(rf"(?<![\w-]){NAME_RE.pattern}")
_LINE_OR_SENTENCE_RE = re.compile(r"[^\n]+")


def presenters(text: str) -> tuple[list[Found], list[Found]]:
    """Return who a news summary says gave a talk: (the body's own members, guests).

    "Ronde Schade frå Seljord kommune fortalde om prosjekt spesialundervisning" gives a guest; "ordførar i
    Tokke Jarand Felland ga ei statusoppdatering" a member, since a regional council's members are its mayors.
    """
    members: list[Found] = []
    guests: list[Found] = []
    for line in _LINE_OR_SENTENCE_RE.finditer(text):
        for sentence in split_sentences(Found(line.group(0), line.start(), line.end())):
            for name, member in _speakers(sentence):
                if all(name.value != known.value for known in members + guests):
                    (members if member else guests).append(name)
    return members, guests


def _speakers(sentence: Found) -> list[tuple[Found, bool]]:
    """Return the speakers a sentence names, each with whether the text makes them a member."""
    text = sentence.value
    found: list[tuple[Found, bool]] = []
    begin = 0
    for talk in _TALK_RE.finditer(text):
        # The subject before the verb: the last name, and those joined to it by "og", read from the verb back.
        cursor = talk.start()
        for m in reversed(list(_PROSE_NAME_RE.finditer(text, begin, talk.start()))):
            if _SUBJECT_GAP_RE.match(text[m.end() : cursor]):
                speaker = _speaker(sentence, m)
                if speaker:
                    found.append(speaker)
                    cursor = m.start()
        # "Deretter gav Johannes Rindal ei kort orientering", "Under eventuelt orienterte Beate Marie Dahl
        # Eide": the verb comes second, the speaker after it.
        if talk.group("gave"):
            inverted = list(_PROSE_NAME_RE.finditer(text, talk.start("object"), talk.end("object")))
        else:
            inverted = [m] if (m := _PROSE_NAME_RE.match(text, talk.end() + 1)) else []
        found.extend(speaker for m in inverted if (speaker := _speaker(sentence, m)))
        begin = talk.end()
    return found


def _speaker(sentence: Found, m: re.Match[str]) -> tuple[Found, bool] | None:
    """Return the person a name-shaped match writes, without a title or a place before it, if it is one."""
    text = sentence.value
    words = m.group(0).split()
    start = m.start()
    titled = False
    # "Ordførar Gry Fuglestveit", "Tokke Jarand Felland": a title or a municipality is no part of the name.
    while len(words) > 2 and (_TITLE_WORD_RE.search(words[0]) or is_place(words[0])):
        titled = titled or bool(_TITLE_WORD_RE.search(words[0]))
        start += len(words[0]) + 1
        words = words[1:]
    value = " ".join(words)
    if not is_name(value):
        return None
    before = text[max(0, start - 40) : start]
    titled = titled or bool(_TITLE_WORD_RE.search(before.rstrip().rsplit(" ", 1)[-1]))
    mayor_before = _MAYOR_BEFORE_RE.search(before)
    # A person is introduced: by a given name, a title, or what is said of them ("…, økonomisjef i …,").
    introduced = (
        is_given_name(words[0]) or titled or mayor_before or _INTRODUCED_AFTER_RE.match(text[m.end() :])
    )
    if not introduced:
        return None
    member = bool(mayor_before or _MAYOR_AFTER_RE.match(text[m.end() :]))
    return Found(value, sentence.start + start, sentence.start + start + len(value)), member
