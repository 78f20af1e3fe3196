"""Agenda items that carry no case number or agenda label: bullets after an opening line, "Tema:" labels,
and short headings over a section of their own."""

from __future__ import annotations

import re

from .labels import match_label
from .segments import is_bullet
from .text import Found, Line, trim

# "Tema: Digitalt innbyggerpanel", "Tema 2: …", "Emne: …"
_TOPIC_RE = re.compile(r"^\s*(?:tema|emne)(?:\s+(?P<num>\d{1,2}))?\s*:\s*(?P<title>\S.*)$", re.I)
_HEADING_WORDS = 9
_TITLE_LINES = 3


def bullet_agenda(lines: list[Line], skip: set[int], after_colon: bool) -> list[int]:
    """Return the bullets that open the document's text, right under its title, labels and participants.

    With `after_colon` (an invitation), bullets that follow an opening line ending in a colon ("Vi går
    gjennom:") count too.
    """
    shown = [i for i, line in enumerate(lines) if not line.blank]
    for rank, i in enumerate(shown):
        if is_bullet(lines[i]):
            run = _bullet_run(lines, i)
            return run if len(run) >= 2 else []
        header = rank < _TITLE_LINES or i in skip or match_label(lines[i])
        if after_colon and lines[i].text.rstrip().endswith(":") and not match_label(lines[i]):
            run = _bullet_run(lines, i + 1)
            if len(run) >= 2:
                return run
        elif not header and not after_colon:
            return []
    return []


def _bullet_run(lines: list[Line], j: int) -> list[int]:
    while j < len(lines) and lines[j].blank:
        j += 1
    run = []
    while j < len(lines) and is_bullet(lines[j]):
        run.append(j)
        j += 1
    return run


def topic_lines(lines: list[Line]) -> list[tuple[int, Found | None, Found]]:
    """Return (line, number, title) for every "Tema: …" line."""
    topics = []
    for i, line in enumerate(lines):
        m = _TOPIC_RE.match(line.text)
        if m:
            number = trim(m.group("num"), line.start + m.start("num")) if m.group("num") else None
            topics.append((i, number, trim(m.group("title"), line.start + m.start("title"))))
    return topics


def heading_lines(lines: list[Line], skip: set[int]) -> list[int]:
    """Return short stand-alone lines after a blank line, followed by text: candidate section headings."""
    found = []
    for i in range(1, len(lines) - 1):
        line, value = lines[i], lines[i].trimmed().value
        if i in skip or line.blank or not lines[i - 1].blank or lines[i + 1].blank:
            continue
        if (
            value[:1].isupper()
            and len(value.split()) <= _HEADING_WORDS
            and not re.search(r"[.:;,!?]$|:", value)
        ):
            found.append(i)
    return found
