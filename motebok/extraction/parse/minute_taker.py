"""The minute-taker when no "Referent:" line opens with the name: a duty written after it, or the author."""

from __future__ import annotations

import re

from .names import NAME_RE, is_name, without_full_stop
from .person_entry import Person
from .text import Found, finditer_at_words, may_contain
from .vocabulary import ROLES, alternation, forms

_DUTY = rf"(?:{alternation(forms(ROLES, 'minute_taker'))})"
_DUTY_WORD_RE = re.compile(rf"\(\s*(?:{_DUTY}|protokoll)\s*\)|(?:,|\s[–-])\s*{_DUTY}\b", re.I)
# "rådgiver (protokollfører)" in a Stilling column.
_DUTY_IN_ROLE_RE = re.compile(rf"\b(?:{_DUTY}|protokoll)\b", re.I)
# "Henrik Sørensen (referent)", "Rune Skattebo (protokoll)", "Linn Vikdal (rådgiver), referent",
# "Henrik Sørensen, referent" under the signature, "Per Lunde (KS) – referent".
_DUTY_AFTER_NAME_RE = re.compile(
    rf"(?P<name>{NAME_RE.pattern})(?:\s*\([^()\n]{{1,60}}\))?"
    rf"(?:\s*\(\s*(?i:{_DUTY}|protokoll)\s*\)|\s*(?:,|\s[–-])\s*(?i:{_DUTY})\b)"
)
# "Oppsummering ved NN", "Notert av NN", "Ref. NN" at the foot, "… i Bodø. Referent: NN" inside a line.
_AUTHOR_RE = re.compile(
    rf"(?:(?i:oppsummering|referat|samandrag|sammendrag|notat)\s+(?:ved|v/)\s*"
    rf"|(?i:oppsummert|notert|referert)\s+av\s+|(?i:for referatet)\s*:\s*"
    rf"|^[ \t]*(?i:ref\.)[ \t]*|(?<=[.!?])[ \t]+(?i:referent|referat skrevet av)[ \t]*:?[ \t]*)"
    rf"(?P<name>{NAME_RE.pattern})",
    re.M,
)
# "Referent: Sigve Ho1land, rådgjevar": a scanned "l" read as "1" or "|" inside a name.
_LABELLED_RE = re.compile(
    r"^[ \t]*(?i:referent|referatskrivar|referatskriver)[ \t]*:[ \t]*(?P<name>[^,(\n]+)", re.M
)
_MISREAD_L_RE = re.compile(r"(?<=[a-zæøå])[1|](?=[a-zæøå])")
# Words every match of a pattern starts with, or holds (in lower case): the text is searched for them first.
_DUTY_WORDS = (*(phrase.split()[0] for phrase in forms(ROLES, "minute_taker")), "protokoll")
_AUTHOR_WORDS = ("oppsummer", "ref", "samandrag", "sammendrag", "notat", "notert", "for referatet")


def written_minute_taker(masked: str, present: list[Person]) -> Found | None:
    """Return the minute-taker named by a duty after the name, a Stilling cell or an author line."""
    for person in present:
        if person.role and _DUTY_IN_ROLE_RE.search(person.role.value):
            return person.name
    # The name pattern is tried at every capital letter: look for the duty word first.
    duty_written = may_contain(masked, _DUTY_WORDS) and _DUTY_WORD_RE.search(masked)
    found = (
        *((_DUTY_AFTER_NAME_RE.finditer(masked),) if duty_written else ()),
        finditer_at_words(_AUTHOR_RE, masked, _AUTHOR_WORDS),
        _LABELLED_RE.finditer(masked),
    )
    for matches in found:
        for m in matches:
            name = _name_in(m)
            if name:
                return name
    return None


def _name_in(m: re.Match[str]) -> Found | None:
    value = _MISREAD_L_RE.sub("l", m.group("name").split("\n")[0].rstrip())
    name = without_full_stop(Found(value, m.start("name"), m.start("name") + len(value)))
    return name if is_name(name.value) else None
