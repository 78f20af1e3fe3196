"""Invitations sent as e-mail: the "Fra:/Sendt:/Til:/Emne:" block is about the message, not the meeting."""

from __future__ import annotations

import re

from .text import Line

_FIELD_RE = re.compile(
    r"^\s*(?P<field>fra|frå|from|sendt|sent|til|to|kopi|cc|emne|subject|dato|date|vedlegg)\s*:", re.I
)
_SUBJECT_FIELDS = frozenset(["emne", "subject"])
_OPENING_FIELDS = frozenset(["fra", "frå", "from"])


def without_mail_header(lines: list[Line]) -> list[Line]:
    """Drop an e-mail's header block, keeping its subject as the document's title line."""
    shown = [i for i, line in enumerate(lines) if not line.blank]
    if not shown or not _opens_mail(lines[shown[0]]):
        return lines
    kept: list[Line] = []
    end = shown[0]
    while end < len(lines) and (lines[end].blank or _FIELD_RE.match(lines[end].text)):
        m = _FIELD_RE.match(lines[end].text)
        if m and m.group("field").lower() in _SUBJECT_FIELDS:
            kept.append(Line(lines[end].start + m.end(), lines[end].end, lines[end].text[m.end() :]))
        end += 1
    return kept + lines[end:]


def _opens_mail(line: Line) -> bool:
    m = _FIELD_RE.match(line.text)
    return bool(m) and m.group("field").lower() in _OPENING_FIELDS
