"""Who took part: participant lists, tables with a header row, absentees, substitutes, guests, chair, referent."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .attendance_prose import absent_named, chair_named, mentions_absence, split_sentences, tells_a_story
from .attendance_table import table_people
from .labels import Label, match_label
from .person_entry import (
    CHAIR_ROLE_RE,
    MINUTE_ROLE_RE,
    Person,
    is_absence_note,
    parse_person_entries,
)
from .segments import Table
from .text import WRAPPED_WIDTH, Found, Line, trim

_SEPARATOR_RE = re.compile(r"[,;]|\s(?:og|&)\s")
# A line opening in lower case or with "(" finishes the entry above it: "Camilla Berg / (rådgiver, referent)".
_CONTINUES_RE = re.compile(r"^\s*(?:\(|[a-zæøå])")
# "Forfall: Eva / Dahl (Vefsn)": the line ends in a first name and the next line opens with the surname.
# "Fra KS deltok Ola Nilsen.", "Frå kommunane møtte A, B og C.": attendance told as a sentence.
_FROM_BODY_SENTENCE_RE = re.compile(
    r"^\s*[Ff]r(?:a|å)\s+(?P<body>[^:\n]{1,40}?)\s+(?:møtte|deltok|deltek|var|var til stede|var til stades)\s+"
    r"(?=[A-ZÆØÅ]|[a-zæøå][\wæøå ]{1,30}?\s[A-ZÆØÅ])"
)
# A full stop after a word (not an initial, "Arne I.") ends the list even on a long line.
_LIST_END_RE = re.compile(r"[\w)]{2}\.\s*$")
_HALF_NAME_END_RE = re.compile(r"(?:^|[,;]\s*|\s(?:og|&)\s+)[A-ZÆØÅ][a-zæøå]+$")
_SURNAME_START_RE = re.compile(r"^\s*[A-ZÆØÅ][a-zæøå]+(?:\s*(?:[,;(.]|$)|\s+(?:og|&)\s)")
# "Fra Listerrådet: daglig leder Ingvild Tjørhom": the list may open with a title in lower case.
_FROM_BODY_LINE_RE = re.compile(
    r"^\s*[Ff]r(?:a|å)\s+(?P<body>[A-ZÆØÅ][^:\n]{1,40}):\s*(?=[A-ZÆØÅ]|[a-zæøå][\wæøå ]{1,30}?\s[A-ZÆØÅ])"
)

_BODY_ABSENT_RE = re.compile(r"^[A-ZÆØÅ][^:\n]{0,40}:\s*(?P<note>[^:\n]+?)\.?$")

PEOPLE_LABELS = {Label.PRESENT, Label.STAFF, Label.ABSENT, Label.SUBSTITUTES, Label.GUESTS}
# Labels that end a list; another label ("Stad: Marianne Hovden") may be a place heading one entry.
_OWN_LIST_LABELS = PEOPLE_LABELS | {Label.CHAIR, Label.MINUTE_TAKER, Label.AGENDA}


@dataclass
class People:
    present: list[Person] = field(default_factory=list)
    absent: list[Person] = field(default_factory=list)
    substitutes: list[Person] = field(default_factory=list)
    guests: list[Person] = field(default_factory=list)
    chair: Found | None = None
    minute_taker: Found | None = None
    officers: list[Person] = field(default_factory=list)  # as written after "Møteleder:" or "Referent:"
    used_lines: set[int] = field(default_factory=set)
    # The absentees of the list that ended just before line `index`, for a "Vara:" line under them.
    absent_before: tuple[int, list[Person]] = (-1, [])

    @property
    def anyone_remote(self) -> bool:
        return any(p.remote for group in (self.present, self.substitutes, self.guests) for p in group)

    def all_named(self) -> list[Person]:
        return self.present + self.substitutes + self.guests + self.absent


def collect_people(lines: list[Line], stop_at: int, tables: list[Table]) -> People:
    """Read the participant lists, tables and chair/referent labels found before line `stop_at`."""
    by_header = {table.header.line: table for table in tables}
    people = People()
    i = 0
    while i < min(stop_at, len(lines)):
        line = lines[i]
        hit = match_label(line)
        if hit and hit.label in PEOPLE_LABELS:
            i = _read_list(lines, i, hit.label, hit.content, people, by_header)
            continue
        if hit and hit.label in (Label.CHAIR, Label.MINUTE_TAKER):
            officer = _person_after_label(lines, i, hit.content)
            if officer:
                setattr(people, "chair" if hit.label is Label.CHAIR else "minute_taker", officer.name)
                people.officers.append(officer)
                people.used_lines.add(i)
        elif mentions_absence(line.text) and _file_absent(line.trimmed(), people):
            people.used_lines.add(i)
        elif not people.chair and (chair := chair_named(line.text.strip())):
            people.chair = _found_in(line, chair)
        elif from_body := _FROM_BODY_LINE_RE.match(line.text) or _FROM_BODY_SENTENCE_RE.match(line.text):
            i = _read_from_body(lines, i, from_body, people, by_header)
            continue
        elif i in by_header:
            i = _read_table(by_header[i], people.present, people)
            continue
        i += 1
    roles_to_chair_and_referent(people)
    return people


def _read_list(
    lines: list[Line], i: int, label: Label, inline: Found, people: People, tables: dict[int, Table]
) -> int:
    target = {
        Label.PRESENT: people.present,
        Label.STAFF: people.present,
        Label.ABSENT: people.absent,
        Label.SUBSTITUTES: people.substitutes,
        Label.GUESTS: people.guests,
    }[label]
    people.used_lines.add(i)
    listed = len(target)
    j = _read_entries(lines, i, inline, target, people, tables)
    if label is Label.ABSENT:
        people.absent_before = (j, people.absent[listed:])
    elif label is Label.SUBSTITUTES and people.absent_before[0] == i:
        _pair_with_absent(people.substitutes[listed:], people.absent_before[1])
    return j


def _pair_with_absent(substitutes: list[Person], absent: list[Person]) -> None:
    """Link "Forfall: A" / "Vara: B" written on consecutive lines: B stands in for A."""
    if len(substitutes) == len(absent) and all(s.for_name is None for s in substitutes):
        for substitute, member in zip(substitutes, absent, strict=True):
            substitute.for_name = member.name


def _read_entries(
    lines: list[Line], i: int, inline: Found, target: list[Person], people: People, tables: dict[int, Table]
) -> int:
    inline, j = _unwrapped(lines, i, inline, people)
    for k, sentence in enumerate(split_sentences(inline) if inline.value else []):
        if _file_absent(sentence, people) or (k and tells_a_story(sentence)):
            continue
        _file_people(parse_person_entries(sentence.value, sentence.start), target, people)
    if not inline.value:
        while j < len(lines) and lines[j].blank:
            j += 1
        if j in tables:
            return _read_table(tables[j], target, people)
    while j < len(lines) and not lines[j].blank:
        hit = match_label(lines[j])
        if (hit and hit.label in _OWN_LIST_LABELS) or _FROM_BODY_LINE_RE.match(lines[j].text):
            break
        entry = lines[j].trimmed()
        if _file_absent(entry, people) or _names_absent_body(entry.value):
            people.used_lines.add(j)
            j += 1
            continue
        more = parse_person_entries(entry.value, entry.start) if entry.value else []
        if not more or tells_a_story(entry):
            break
        _file_people(more, target, people)
        people.used_lines.add(j)
        j += 1
    return j


def _names_absent_body(entry: str) -> bool:
    """Tell whether a list line reports a whole body absent ("Hemnes: forfall"), which names nobody."""
    m = _BODY_ABSENT_RE.match(entry)
    return bool(m) and is_absence_note(m.group("note"))


def _file_absent(sentence: Found, people: People) -> bool:
    """File the people a sentence reports absent ("Eva Dahl hadde meldt forfall"); tell whether it did."""
    absent = absent_named(sentence)
    if absent is None:
        return False
    found = parse_person_entries(absent.value, absent.start)
    _file_people(found, people.absent, people)
    return bool(found)


def _unwrapped(lines: list[Line], i: int, inline: Found, people: People) -> tuple[Found, int]:
    """Join a long "Til stede: A, B, C" line with the lines the page wrapped it onto; return the next line."""
    j, line, value, end = i + 1, lines[i], inline.value, inline.end
    while (
        j < len(lines)
        and not lines[j].blank
        and not match_label(lines[j])
        and (
            (
                len(line.text.rstrip()) >= WRAPPED_WIDTH
                and len(_SEPARATOR_RE.findall(value)) >= 2
                and not _LIST_END_RE.search(line.text)
            )
            or _CONTINUES_RE.match(lines[j].text)
            or (_HALF_NAME_END_RE.search(value) and _SURNAME_START_RE.match(lines[j].text))
        )
    ):
        line, nxt = lines[j], lines[j].trimmed()
        value, end = f"{value} {nxt.value}", nxt.end
        people.used_lines.add(j)
        j += 1
    return Found(value, inline.start, end), j


def _read_from_body(
    lines: list[Line], i: int, from_body: re.Match[str], people: People, tables: dict[int, Table]
) -> int:
    """Read "Frå Statsforvaltaren: NN, MM": people listed under the body they come from."""
    line = lines[i]
    body = trim(from_body.group("body"), line.start + from_body.start("body"))
    listed = len(people.present), len(people.guests)
    j = _read_list(
        lines,
        i,
        Label.STAFF,
        trim(line.text[from_body.end() :], line.start + from_body.end()),
        people,
        tables,
    )
    if not body.value[:1].isupper():
        return j  # "Frå kommunane møtte …" names no one organisation
    for person in people.present[listed[0] :] + people.guests[listed[1] :]:
        person.organization = person.organization or body
    return j


def _found_in(line: Line, value: str) -> Found:
    start = line.text.index(value)
    return Found(value, line.start + start, line.start + start + len(value))


def _file_people(found: list[Person], target: list[Person], people: People) -> None:
    for person in found:
        if person.for_name and target is not people.absent:
            people.substitutes.append(person)
        elif person.duty == "absent":
            people.absent.append(person)
        elif person.duty == "presenter" and target is people.present:
            people.guests.append(person)
        else:
            target.append(person)


def _person_after_label(lines: list[Line], i: int, inline: Found) -> Person | None:
    candidates = [inline] if inline.value else []
    if not inline.value and i + 1 < len(lines):
        candidates.append(lines[i + 1].trimmed())
    for candidate in candidates:
        found = parse_person_entries(candidate.value, candidate.start)
        if found:
            return found[0]
    return None


def _read_table(table: Table, target: list[Person], people: People) -> int:
    people.used_lines.add(table.header.line)
    end = table.header.line + 1
    for kind, person, row in table_people(table):
        if kind:
            getattr(people, kind).append(person)
        else:
            _file_people([person], target, people)
        people.used_lines.add(row.line)
        end = row.line + 1
    # The old reading went on over ruled lines and stopped at the first row naming nobody.
    return max(end, table.header.line + 1)


def roles_to_chair_and_referent(people: People) -> None:
    """Take the chair and referent from the roles written with those present ("Nina Kaasa, styreleder")."""
    for person in people.present:
        # "folkehelsekoordinator, leiar": the duty may be the last of several roles.
        role = person.role.value.rsplit(",", 1)[-1].strip() if person.role else ""
        if not people.chair and (person.duty == "chair" or CHAIR_ROLE_RE.match(role)):
            people.chair = person.name
        if not people.minute_taker and (person.duty == "minute_taker" or MINUTE_ROLE_RE.match(role)):
            people.minute_taker = person.name
