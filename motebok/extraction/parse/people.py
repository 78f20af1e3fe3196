"""Who took part: participant lists, tables with a header row, absentees, substitutes, guests, chair, referent."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .attendance_prose import absent_named, chair_named, mentions_absence, split_sentences, tells_a_story
from .labels import Label, match_label
from .names import is_name
from .person_entry import (
    CHAIR_ROLE_RE,
    EMAIL_RE,
    MINUTE_ROLE_RE,
    Person,
    add_detail,
    is_absence_note,
    member_name,
    parse_person_entries,
    person_from_part,
)
from .text import WRAPPED_WIDTH, Found, Line, has_cell_breaks, is_table_rule, table_cells, trim

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

_NAME_HEADER = re.compile(r"^(?:navn|namn|deltaker|deltakar|deltakere|person|medlem|representant)$", re.I)
# A table header names its people column: a header word after a cell break, or one right before a break.
# Two patterns, the first searched from the first break only: one pattern tried from every tab is quadratic.
_CELL_BREAK_RE = re.compile(r"\t|\s\s|\s\|\s")
_HEADER_WORD_RE = re.compile(r"\b(?:navn|namn|deltak|person|medlem|representant)", re.I)
_HEADER_WORD_BREAK_RE = re.compile(
    r"\b(?:navn|namn|deltak|person|medlem|representant)\w*\s*(?:\t|\s\s|\s\|\s)", re.I
)
_COLUMN_KINDS = (
    ("email", re.compile(r"^(?:e-? ?post|epost|e-?mail|mail|e-postadresse|epostadresse)$", re.I)),
    ("organization", re.compile(r"^(?:kommune|organisasjon|virksomhet|verksemd|etat|instans|representerer"
                                r"|fra|frå|arbeidssted|arbeidsstad|enhet|eining|org)$", re.I)),
    ("role", re.compile(r"^(?:rolle|stilling|funksjon|tittel|verv)$", re.I)),
    ("status", re.compile(r"^(?:møtt|til stede|tilstede|til stades|status|oppmøte|frammøte|deltok)$", re.I)),
    ("for", re.compile(r"^(?:møtte for|møtte for medlem|vara for|møtande for|stedfortreder for)$", re.I)),
)  # fmt: skip
_ABSENT_STATUS = re.compile(r"^(?:nei|forfall|fravær|fråvær|ikke møtt|ikkje møtt|-|–)$", re.I)
_BODY_ABSENT_RE = re.compile(r"^[A-ZÆØÅ][^:\n]{0,40}:\s*(?P<note>[^:\n]+?)\.?$")
_CELL_NOTE_RE = re.compile(r"(?<!\s)\s*\((?P<note>[^)]+)\)\s*$")
_SUBSTITUTE_STATUS = re.compile(r"^vara", re.I)
# "Ja (vara for Synnøve Sandnes)": a status cell that also names the member stood in for.
_STATUS_FOR_RE = re.compile(r"\b(?:vara|møtte|møtande|møtende)\s+for\s+(?P<member>[^)\n]+)", re.I)

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


def collect_people(lines: list[Line], stop_at: int) -> People:
    """Read the participant lists, tables and chair/referent labels found before line `stop_at`."""
    people = People()
    i = 0
    while i < min(stop_at, len(lines)):
        line = lines[i]
        hit = match_label(line)
        if hit and hit.label in PEOPLE_LABELS:
            i = _read_list(lines, i, hit.label, hit.content, people)
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
            i = _read_from_body(lines, i, from_body, people)
            continue
        elif _table_header(line):
            i = _read_table(lines, i, people.present, people)
            continue
        i += 1
    _roles_to_chair_and_referent(people)
    return people


def _read_list(lines: list[Line], i: int, label: Label, inline: Found, people: People) -> int:
    target = {
        Label.PRESENT: people.present,
        Label.STAFF: people.present,
        Label.ABSENT: people.absent,
        Label.SUBSTITUTES: people.substitutes,
        Label.GUESTS: people.guests,
    }[label]
    people.used_lines.add(i)
    listed = len(target)
    j = _read_entries(lines, i, inline, target, people)
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


def _read_entries(lines: list[Line], i: int, inline: Found, target: list[Person], people: People) -> int:
    inline, j = _unwrapped(lines, i, inline, people)
    for k, sentence in enumerate(split_sentences(inline) if inline.value else []):
        if _file_absent(sentence, people) or (k and tells_a_story(sentence)):
            continue
        _file_people(parse_person_entries(sentence.value, sentence.start), target, people)
    if not inline.value:
        while j < len(lines) and lines[j].blank:
            j += 1
        if j < len(lines) and _table_header(lines[j]):
            return _read_table(lines, j, target, people)
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


def _read_from_body(lines: list[Line], i: int, from_body: re.Match[str], people: People) -> int:
    """Read "Frå Statsforvaltaren: NN, MM": people listed under the body they come from."""
    line = lines[i]
    body = trim(from_body.group("body"), line.start + from_body.start("body"))
    listed = len(people.present), len(people.guests)
    j = _read_list(
        lines, i, Label.STAFF, trim(line.text[from_body.end() :], line.start + from_body.end()), people
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


def _table_header(line: Line) -> list[str] | None:
    first_break = _CELL_BREAK_RE.search(line.text) if has_cell_breaks(line.text) else None
    if not first_break or not (
        _HEADER_WORD_RE.search(line.text, first_break.end()) or _HEADER_WORD_BREAK_RE.search(line.text)
    ):
        return None
    cells = [c.value for c in table_cells(line)]
    if len([c for c in cells if c]) < 2 or not any(_NAME_HEADER.match(c) for c in cells):
        return None
    kinds = []
    for cell in cells:
        if _NAME_HEADER.match(cell):
            kinds.append("name")
        else:
            kinds.append(next((kind for kind, pattern in _COLUMN_KINDS if pattern.match(cell)), "other"))
    return kinds


def _read_table(lines: list[Line], i: int, target: list[Person], people: People) -> int:
    kinds = _table_header(lines[i]) or []
    people.used_lines.add(i)
    j = i + 1
    while j < len(lines) and not lines[j].blank:
        if is_table_rule(lines[j]):
            people.used_lines.add(j)
            j += 1
            continue
        cells = table_cells(lines[j])
        person = _person_from_row(cells, kinds)
        if person is None:
            break
        status = _cell_of(cells, kinds, "status")
        noted = next((cell for cell in cells if is_absence_note(cell.value)), None)
        if (status and _ABSENT_STATUS.match(status.value)) or noted:
            if noted and person.role == noted:
                person.role = None
            people.absent.append(person)
        elif status and _SUBSTITUTE_STATUS.match(status.value):
            people.substitutes.append(person)
        elif status and "for" in status.value and (member := _STATUS_FOR_RE.search(status.value)):
            start = status.start + member.start("member")
            person.for_name = member_name(trim(member.group("member"), start))
            people.substitutes.append(person)
        else:
            _file_people([person], target, people)
        people.used_lines.add(j)
        j += 1
    return j


def _person_from_row(cells: list[Found], kinds: list[str]) -> Person | None:
    # Cells beyond the header's columns ("(leiar)" after the last one) are details of the row.
    aligned = len(cells) >= len(kinds)
    name_cell = cells[kinds.index("name")] if aligned else next((c for c in cells if is_name(c.value)), None)
    if name_cell is None:
        return None
    person = person_from_part(name_cell)
    if person is None:
        return None
    for cell in cells:
        if EMAIL_RE.fullmatch(cell.value):
            person.email = cell
    if aligned:
        for kind in ("organization", "role"):
            cell = _cell_of(cells, kinds, kind)
            if cell and cell.value:
                setattr(person, kind, _without_note(cell, person))
        member = _cell_of(cells, kinds, "for")
        if member and is_name(member.value):
            person.for_name = member
        for cell in cells[len(kinds) :]:
            add_detail(person, cell)
    elif "organization" in kinds and kinds.index("organization") < kinds.index("name"):
        # Cells before the name line up even when empty cells further right were lost.
        person.organization = cells[kinds.index("organization")] or None
    return person


def _without_note(cell: Found, person: Person) -> Found:
    """Return a cell without its parenthesised note ("Ålesund kommune (leiar)"), filing the note as a detail."""
    m = _CELL_NOTE_RE.search(cell.value)
    if not m:
        return cell
    add_detail(person, trim(m.group("note"), cell.start + m.start("note")))
    return trim(cell.value[: m.start()], cell.start)


def _cell_of(cells: list[Found], kinds: list[str], kind: str) -> Found | None:
    if kind in kinds and len(cells) >= len(kinds):
        return cells[kinds.index(kind)]
    return None


def _roles_to_chair_and_referent(people: People) -> None:
    for person in people.present:
        # "folkehelsekoordinator, leiar": the duty may be the last of several roles.
        role = person.role.value.rsplit(",", 1)[-1].strip() if person.role else ""
        if not people.chair and (person.duty == "chair" or CHAIR_ROLE_RE.match(role)):
            people.chair = person.name
        if not people.minute_taker and (person.duty == "minute_taker" or MINUTE_ROLE_RE.match(role)):
            people.minute_taker = person.name
