"""Field labels of meeting documents ("Deltakere", "Forfall:", "Møteleder:") in bokmål and nynorsk."""

from __future__ import annotations

import functools
import re
from enum import Enum
from typing import NamedTuple

from .text import ODD_CASES, Found, Line, trim
from .vocabulary import LABELS, alternation


class Label(Enum):
    PRESENT = "present"
    STAFF = "staff"
    ABSENT = "absent"
    SUBSTITUTES = "substitutes"
    GUESTS = "guests"
    CHAIR = "chair"
    MINUTE_TAKER = "minute_taker"
    AGENDA = "agenda"
    DATE = "date"
    TIME = "time"
    PLACE = "place"
    BODY = "body"


# "Leder" alone on a line signs a letter; only "Leder: NN" names the chair, and "Andre: NN" guests.
_COLON_ONLY = frozenset(["leder", "leiar", "andre"])
_LABELS = {phrase: Label(field) for field, words in LABELS.items() for phrase in words.all()}
_PHRASES = alternation(_LABELS)
# A label opens the line and ends with a colon, or stands alone on its line.
_LABEL_RE = re.compile(
    # "Forfall fra KS:", "Gjest under sak 2:", "Leder i styret:": a short qualifier before the colon.
    rf"(?<![ \t\u00a0*•·-])[ \t\u00a0*•·-]*(?P<label>{_PHRASES})(?:\s+(?:fra|frå|under|til|i|på)\s+[^:\n]{{1,40}}(?=:))?\.?"
    rf"(?:\s*\([^)\n]{{0,40}}\))?(?:\s*(?::|$|(?=\t))|(?<=\svar)\s)",
    re.I,
)
_LEADING = " \t\u00a0*•·-"  # what _LABEL_RE lets stand before the label
# How the labels begin (their first word's first three letters, lower case). The pattern asks each of some
# hundred phrases in any case; a line whose first word begins otherwise is not asked.
_OPENINGS = frozenset(phrase.split(" ")[0][:3] for phrase in _LABELS)


# "Tid; 10.00 – 11.00": a semicolon typed for the colon, before a time.
_INLINE_LABEL_RE = re.compile(rf"(?<![\w.])(?P<label>{_PHRASES})\.?\s*(?::|;(?=[ \t]*\d))", re.I)
_SENTENCE_LABELS = alternation(
    phrase
    for phrase, label in _LABELS.items()
    if label in (Label.PRESENT, Label.STAFF, Label.ABSENT, Label.SUBSTITUTES, Label.GUESTS, Label.CHAIR)
    or label is Label.MINUTE_TAKER
)
# Attendance told in prose also starts a line: "… møterom 2. Til stede var …", "… Fra KS deltok …".
_LABEL_AFTER_SENTENCE_RE = re.compile(
    rf"(?<=[a-zæøå)0-9]\.)\s+(?=(?:{_SENTENCE_LABELS})(?:\s*:|(?<=\svar)\s)"
    r"|[Ff]r[aå]\s+[A-ZÆØÅ][^.:\n]{1,40}?\s+(?:deltok|møtte)\s)",
    re.I,
)
_PROSE_HINTS = (":", " var ", "deltok", "møtte")


class LabelHit(NamedTuple):
    label: Label
    content: Found  # what follows the label on the same line (may be empty)


@functools.lru_cache(maxsize=4096)
def match_label(line: Line) -> LabelHit | None:
    """Return the label that opens this line, with the text after it."""
    if not could_open(line.text):
        return None
    m = _LABEL_RE.match(line.text)
    if not m:
        return None
    phrase = re.sub(r"\s+", " ", m.group("label").lower())
    if phrase in _COLON_ONLY and not m.group(0).rstrip().endswith(":"):
        return None
    return LabelHit(_LABELS[phrase], trim(line.text[m.end() :], line.start + m.end()))


def could_open(text: str) -> bool:
    """Tell cheaply whether a label could open this line: False when its first word begins as none does."""
    start = len(text) - len(text.lstrip(_LEADING))
    opening = text[start : start + 3]
    if any(odd in opening for odd in ODD_CASES):
        return True
    opening = opening.lower()
    return opening in _OPENINGS or opening[:2] in _OPENINGS or opening[:1] in _OPENINGS


def split_at_labels(lines: list[Line]) -> list[Line]:
    """Start a new line where a sentence ends and a label follows: "… (Øksnes). Forfall: …"."""
    split: list[Line] = []
    for line in lines:
        pos = 0
        if not any(hint in line.text for hint in _PROSE_HINTS):
            split.append(line)
            continue
        for m in _LABEL_AFTER_SENTENCE_RE.finditer(line.text):
            split.append(Line(line.start + pos, line.start + m.start(), line.text[pos : m.start()]))
            pos = m.end()
        split.append(line if pos == 0 else Line(line.start + pos, line.end, line.text[pos:]))
    return split


def labels_in(line: Line) -> list[tuple[Label, int, int]]:
    """Return (label, start, end of its value) for "Label: value" pairs written side by side on a line."""
    if ":" not in line.text and ";" not in line.text:
        return []
    hits = [
        (_LABELS[re.sub(r"\s+", " ", m.group("label").lower())], line.start + m.start(), line.start + m.end())
        for m in _INLINE_LABEL_RE.finditer(line.text)
    ]
    return [
        (label, value_start, hits[i + 1][1] if i + 1 < len(hits) else line.end)
        for i, (label, _, value_start) in enumerate(hits)
    ]
