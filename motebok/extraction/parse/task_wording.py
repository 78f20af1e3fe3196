"""Word a follow-up's task as the labelled sets do: an infinitive phrase ("sende referatet")."""

from __future__ import annotations

import re

from .text import Found

# Present forms that do not end in -er/-ar, and short ones whose ending is part of the stem.
_IRREGULAR_PRESENT = {
    "tar": "ta",
    "tek": "ta",
    "gir": "gi",
    "gjev": "gje",
    "legg": "legge",
    "går": "gå",
    "får": "få",
    "førebur": "førebu",
    "skriv": "skrive",
}
# "Det skal lages et notat", "Notatet sendes ut": a passive within the first five words.
_PASSIVE_RE = re.compile(
    r"^(?:(?P<subject>(?:[\wæøåÆØÅ-]+\s+){0,4}?[\wæøåÆØÅ-]+)\s+)??"
    r"(?:(?:skal|må|vil|bør|kan)\s+)?(?P<verb>[a-zæøå]{3,}(?<!en)(?<!an)(?<!ern)(?:es|ast))\b(?P<rest>.*)$",
    re.S,
)
# "Saka vert send til kommunane", "Det blir laget et notat": a passive with "vert/blir" and a participle.
_BECOMES_RE = re.compile(
    r"^(?:(?P<subject>(?:[\wæøåÆØÅ-]+\s+){0,4}?[\wæøåÆØÅ-]+)\s+)??(?:vert|blir|skal\s+bli|skal\s+verte)\s+"
    r"(?P<participle>[a-zæøå]{3,})\b(?P<rest>.*)$",
    re.S,
)
_PARTICIPLE_ENDING_RE = re.compile(r"(?:et|a|t|(?<=d)d)$")
_ALSO_NOUNS = frozenset(["deler", "lager", "tester", "leder", "leiar"])
_EMPTY_SUBJECTS = frozenset(["det", "da", "så", "her"])


def infinitive_task(task: Found, present: frozenset[str]) -> Found:
    """Turn "sender referatet og lager …" into "sende referatet og lage …"; `present` lists task verbs."""
    first, space, rest = task.value.partition(" ")
    verb = _infinitive(first, present)
    value = f"{verb or first}{space}{rest}"
    if " og " in rest:
        words = value.split(" ")
        for k in range(1, len(words)):
            # After "og" a noun may look like a verb ("utstyr og deler"), so only the unambiguous ones count.
            if words[k - 1] == "og" and words[k] not in _ALSO_NOUNS:
                words[k] = _infinitive(words[k], present) or words[k]
        value = " ".join(words)
    return Found(value, task.start, task.end) if value != task.value else task


def active_task(task: Found) -> Found:
    """Turn a passive ("Det skal lages et notat", "Notat utarbeides") into "lage et notat", "utarbeide notat"."""
    m = _PASSIVE_RE.match(task.value)
    if m:
        verb = m.group("verb")
        stem = verb[:-3] + "e" if verb.endswith("ast") else verb[:-1]
    else:
        m = _BECOMES_RE.match(task.value)
        if not m:
            return task
        stem = _PARTICIPLE_ENDING_RE.sub("", m.group("participle")) + "e"
    subject = m.group("subject") or ""
    if subject.lower() in _EMPTY_SUBJECTS:
        subject = ""
    elif subject[:1].isupper() and not subject.isupper():
        subject = subject[0].lower() + subject[1:]
    words = [stem, subject, m.group("rest").strip()]
    return Found(" ".join(word for word in words if word), task.start, task.end)


def _infinitive(word: str, present: frozenset[str]) -> str | None:
    lower = word.lower()
    if lower not in present:
        return None
    if lower in _IRREGULAR_PRESENT:
        return _IRREGULAR_PRESENT[lower]
    if lower.endswith("er"):
        return lower[:-1]
    if lower.endswith("ar"):
        return lower[:-2] + "e"
    return None
