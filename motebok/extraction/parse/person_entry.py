"""One written entry for a person ("Kari Nordmann, leder, Vik kommune (referent)") and its details."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import NAME_RE, is_name, without_full_stop
from .text import Found, trim
from .vocabulary import ROLES, alternation, forms

# Starts where its run of address characters starts: tried inside a long word, it would be quadratic.
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Each pattern below that may open with white space starts where its run starts ("(?<!\s)"): tried from
# every position of a long run of blanks or tabs, it would be quadratic (bench/fuzz_bench.py --patterns).
_REMOTE_RE = re.compile(
    r"(?:(?<!\s)\s+)?(?:[-–(,]\s*)?\b(?:via\s+|på\s+)?(?:teams|zoom|skype|digitalt|digital|video|nett|telefon)\b\)?",
    re.I,
)
_SUBSTITUTE_RE = re.compile(
    r"(?:\(\s*|(?<![\s(])\s+)?\b(?:vara|varamedlem|møtte|møtande|møtende|stedfortreder)\s+for\s+([^),;\n]+)\)?",
    re.I,
)
# "Tor Brekke for Eva Dahl", "Ola Nilsen (for Mari Lie)": a bare "for" makes a substitute only before a name.
_BARE_FOR_RE = re.compile(rf"(?:\(\s*|(?<![\s(])\s+)?\bfor\s+({NAME_RE.pattern})\s*\)?")
_FROM_RE = re.compile(r"(?<!\s)\s+(?:fra|frå)\s+")
_LIST_SPLIT_RE = re.compile(r"(?<!\s)\s*[,;]\s*|(?<!\s)\s+og\s+|(?<!\s)\s+&\s+")
_DASH_LIST_SPLIT_RE = re.compile(rf"{_LIST_SPLIT_RE.pattern}|(?<!\s)\s+–\s+(?={NAME_RE.pattern})")
_ORG_HINT_RE = re.compile(
    r"kommune|fylke|herad|\bKS\b|\bNAV\b|helse|sykehus|sjukehus|\bHF\b|\bIKS\b|\bAS\b|statsforvalter|universitet"
    r"|høgskole|høgskule|direktorat|departement|senter|senteret|prosjekt|selskap|region",
    re.I,
)
_ROLE_HINT_RE = re.compile(
    r"leder|leiar|sjef|rådgiver|rådgjevar|direktør|ordfører|ordførar|konsulent|sekretær|referent|koordinator"
    r"|medlem|rådmann|saksbehandler|representant|tillitsvalgt|tillitsvald|verneombud|prosjektleiar|ansvarleg"
    r"|ansvarlig|overlege|kommuneoverlege|controller|økonom|jurist|seniorrådgiver|fagansvarlig|koordinerande"
    r"|professor|forsker|forskar",
    re.I,
)
CHAIR_ROLE_RE = re.compile(rf"^(?:{alternation(forms(ROLES, 'chair'))})$", re.I)
# "ref" abbreviates referent; a secretary listed with the members writes the minutes.
MINUTE_ROLE_RE = re.compile(
    rf"^(?:{alternation(forms(ROLES, 'minute_taker', 'secretary') + ('ref',))})$", re.I
)
# "brannsjef Arne Gjerde": a title in lower case written before the name.
_TITLE_FIRST_RE = re.compile(r"^(?P<title>[a-zæøå][\wæøå.-]*(?:\s+[a-zæøå][\wæøå.-]*){0,2})\s+(?=[A-ZÆØÅ])")
# "Ordfører Anne Lid Kjos": a title opening the entry with a capital, still followed by a full name.
_CAPITAL_TITLE_RE = re.compile(rf"^(?P<title>[A-ZÆØÅ][a-zæøå]+)\s+(?={NAME_RE.pattern})")
# "kommunedirektør Sel", "ordfører Senja": a title followed by the place or body it serves.
_TITLE_OF_PLACE_RE = re.compile(
    r"^(?P<role>[a-zæøå][\wæøå.-]*(?:\s+[a-zæøå][\wæøå.-]*){0,2})\s+"
    r"(?P<org>[A-ZÆØÅ][\wæøåÆØÅ-]*(?:\s+[A-ZÆØÅ][\wæøåÆØÅ-]*){0,3})$"
)
_DETAIL_PIECE_RE = re.compile(r"[^(),]+")
# An invited speaker is a guest even when listed with the others (as the seeds label them).
# "Eva Dahl (forfall)" in a list of those present marks her absent.
_ABSENT_NOTE_RE = re.compile(
    r"^(?:meldt\s+)?(?:forfall|fravær|fråvær|ikke møtt|ikkje møtt|ikke til stede|ikkje til stades)$", re.I
)
_ABSENT_NOTE_OPENINGS = frozenset("fFiImM")
# "Elin Dahl, som også ledet møtet": a clause after the name that makes her the chair.
_LED_THE_MEETING_RE = re.compile(r"^som\s+(?:også\s+|og\s+)?(?:ledet|leia|leidde|leiar|leder)\s+møtet$")
# "på første tema", "under PS 11/25", "sak 24/25": someone who took part in one item only is a guest.
_PART_TIME_RE = re.compile(
    r"^(?:(?:på|under|i|til)\s+)?(?:(?:første|fyrste|siste|andre)\s+(?:tema|del|sak)|(?:PS|RS|sak)\s+\d)",
    re.I,
)
_PRESENTER_ROLE_RE = re.compile(r"^(?:innleiar|innleder|foredragsholder|foredragshaldar)$", re.I)
# "Sunnfjord: Oddny Solheim": the place or body a listed person comes from, written first.
_ORG_FIRST_RE = re.compile(r"^(?P<org>[A-ZÆØÅ][^:\n]{1,40}):\s+(?=[A-ZÆØÅ])")
_AFTER_NAME_DASH_RE = re.compile(r"^\s*[–-]\s+(?P<detail>\S.*)")


@dataclass
class Person:
    """A person as one entry writes them, every value with its place in the document."""

    name: Found
    organization: Found | None = None
    role: Found | None = None
    email: Found | None = None
    for_name: Found | None = None
    remote: bool = False
    duty: str | None = None  # "chair", "minute_taker", "presenter" or "absent" when the entry says so


def parse_person_entries(segment: str, offset: int) -> list[Person]:
    """Parse "A, leder, Vik kommune, B (NAV)" into people: a part that is a name starts a new person."""
    people: list[Person] = []
    for part in _split_parts(segment, offset):
        person = person_from_part(part)
        if person:
            people.append(person)
        elif people:
            add_detail(people[-1], part)
    org_first = _ORG_FIRST_RE.match(segment)
    if org_first and people:
        # "Sandnes: Ingrid Tjelta, Morten Vigre": the place written first is everyone's on the line.
        origin = trim(org_first.group("org"), offset + org_first.start("org"))
        for person in people[1:]:
            person.organization = person.organization or origin
    return people


def _split_parts(segment: str, offset: int) -> list[Found]:
    parts, pos = [], 0
    # "A, Farsund – B, Flekkefjord": a dash between entries separates people only when a name follows it.
    splitter = _DASH_LIST_SPLIT_RE if " – " in segment and segment.count(" – ") >= 2 else _LIST_SPLIT_RE
    for m in splitter.finditer(segment):
        if segment.count("(", 0, m.start()) > segment.count(")", 0, m.start()):
            continue  # a comma inside "(rådgiver, referent)" does not start a new person
        parts.append(trim(segment[pos : m.start()], offset + pos))
        pos = m.end()
    parts.append(trim(segment[pos:], offset + pos))
    return [p for p in parts if p.value]


def person_from_part(part: Found) -> Person | None:
    """Return the person one entry names ("brannsjef Arne Gjerde (leiar)"), with the details beside the name."""
    org_first = _ORG_FIRST_RE.match(part.value)
    if org_first:
        # A loop, not recursion: "A: B: C: …" of any length must not overflow the stack. The place nearest
        # the name is the person's.
        while org_first:
            origin = trim(org_first.group("org"), part.start)
            part = Found(part.value[org_first.end() :], part.start + org_first.end(), part.end)
            org_first = _ORG_FIRST_RE.match(part.value)
        person = person_from_part(part)
        if person and not person.organization:
            person.organization = origin
        return person
    text = part.value
    email = EMAIL_RE.search(text)
    remote = bool(_REMOTE_RE.search(text))
    sub = _substitute_for(text)
    head_end = len(text)
    for cut in (text.find("("), sub.start() if sub else -1, _first(_FROM_RE, text), _first(_REMOTE_RE, text)):
        if cut > 0:
            head_end = min(head_end, cut)
    if email:
        head_end = min(head_end, email.start()) if email.start() > 0 else head_end
    head = text[:head_end].strip(" -–:")
    title = _TITLE_FIRST_RE.match(head) or _CAPITAL_TITLE_RE.match(head)
    if title and _ROLE_HINT_RE.search(title.group("title")):
        match = NAME_RE.match(text, title.end())
    else:
        title, match = None, NAME_RE.match(head)
    if not match or not is_name(match.group(0)):
        return None
    name = without_full_stop(Found(match.group(0), part.start + match.start(), part.start + match.end()))
    person = Person(name, remote=remote)
    if title:
        person.role = Found(title.group("title"), part.start, part.start + title.end("title"))
    if email:
        person.email = Found(email.group(0), part.start + email.start(), part.start + email.end())
    if sub:
        person.for_name = member_name(trim(sub.group(1), part.start + sub.start(1)))
    rest = text[match.end() :]
    rest_offset = part.start + match.end()
    paren = re.search(r"\(([^)]*)\)", rest)
    if paren and not (sub and paren.start() <= sub.start() - match.end()):
        add_detail(person, trim(paren.group(1), rest_offset + paren.start(1)))
    if _PART_TIME_RE.match(rest.strip(" ,")):
        person.duty = "presenter"
    dash = _AFTER_NAME_DASH_RE.match(rest.split("(")[0])
    if dash:
        add_detail(person, trim(dash.group("detail"), rest_offset + dash.start("detail")))
    origin = _FROM_RE.search(rest)
    if origin:
        tail = _REMOTE_RE.sub("", rest[origin.end() :]).split("(")[0]
        found = trim(tail, rest_offset + origin.end())
        if found.value:
            person.organization = Found(found.value, found.start, found.start + len(tail.rstrip(" .,-–")))
    return person


def _substitute_for(text: str) -> re.Match[str] | None:
    sub = _SUBSTITUTE_RE.search(text)
    if sub:
        return sub
    bare = _BARE_FOR_RE.search(text)
    return bare if bare and is_name(bare.group(1).rstrip(".")) else None


def member_name(written: Found) -> Found:
    """Return the name in "kommunalsjef Eva Dahl." without the title before it or the full stop after it."""
    title = _TITLE_FIRST_RE.match(written.value)
    if title and is_name(written.value[title.end() :].rstrip(".")):
        written = Found(written.value[title.end() :], written.start + title.end(), written.end)
    return without_full_stop(written)


def is_absence_note(value: str) -> bool:
    """Tell whether a detail ("forfall", "ikkje møtt") marks the person absent."""
    return value[:1] in _ABSENT_NOTE_OPENINGS and bool(_ABSENT_NOTE_RE.match(value))


def _first(pattern: re.Pattern[str], text: str) -> int:
    m = pattern.search(text)
    return m.start() if m else -1


def add_detail(person: Person, part: Found) -> None:
    """File "Stord kommune (møteleiar)" or "rådgiver, referent" under the person's details."""
    for m in _DETAIL_PIECE_RE.finditer(part.value):
        piece = trim(m.group(0), part.start + m.start())
        if piece.value:
            _add_one_detail(person, piece)


def _add_one_detail(person: Person, part: Found) -> None:
    sub = _substitute_for(part.value) if "for" in part.value else None
    if sub and sub.start() == 0 and person.for_name is None:
        # "Kari Moe, vara for Jon Vik": the detail after the comma names whom she stands in for.
        person.for_name = member_name(trim(sub.group(1), part.start + sub.start(1)))
        return
    person.remote = person.remote or bool(_REMOTE_RE.search(part.value))
    value = _REMOTE_RE.sub("", part.value).strip(" -–.")
    if not value or EMAIL_RE.fullmatch(value):
        if value and not person.email:
            person.email = part
        return
    detail = Found(value, part.start, part.start + len(value))
    if CHAIR_ROLE_RE.match(value) or MINUTE_ROLE_RE.match(value):
        person.duty = "chair" if CHAIR_ROLE_RE.match(value) else "minute_taker"
        person.role = person.role or detail
        return
    if _PART_TIME_RE.match(value):
        person.duty = person.duty or "presenter"
        return
    if _LED_THE_MEETING_RE.match(value):
        person.duty = "chair"
        return
    if _PRESENTER_ROLE_RE.match(value):
        person.duty = "presenter"
        return
    if is_absence_note(value):
        person.duty = "absent"
        return
    of_place = _TITLE_OF_PLACE_RE.match(value)
    if of_place and _ROLE_HINT_RE.search(of_place.group("role")):
        person.role = person.role or Found(
            of_place.group("role"), part.start, part.start + of_place.end("role")
        )
        org_start = part.start + of_place.start("org")
        person.organization = person.organization or Found(of_place.group("org"), org_start, part.end)
        return
    if _ROLE_HINT_RE.search(value) and not (_ORG_HINT_RE.search(value) and not person.role):
        person.role = person.role or detail
    elif _ORG_HINT_RE.search(value) or (value[:1].isupper() and len(value.split()) <= 3):
        person.organization = person.organization or detail
    else:
        person.role = person.role or detail
