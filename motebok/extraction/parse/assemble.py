"""Run the field finders over one text and assemble the MeetingRecord with the source of every value."""

from __future__ import annotations

import re

from motebok.extraction.record import (
    ActionItem,
    Case,
    Deadline,
    Meeting,
    MeetingRecord,
    Participant,
    Substitute,
)

from .action_table import find_follow_up_tables
from .actions import find_actions, find_deadlines, sentences
from .attendance import count, read_attendance, signing_chair
from .attendance_prose import presenters
from .body import find_body, full_name
from .case_presentation import PresentedCase, header_case, title_above_proposal, title_in_capitals
from .case_stream import find_stream_cases, proposal_in_flow
from .cases import CaseFound, explicit_heading, find_cases
from .dates import find_dates
from .doctype import detect_doc_type
from .labels import Label, match_label
from .meeting import find_meeting
from .minute_taker import written_minute_taker
from .names import NAME_RE, expand_name, is_name, without_full_stop
from .people import People, collect_people
from .person_entry import Person
from .profile import PROFILES, CaseSource, DocType, Profile
from .segments import Table, segment
from .text import Found, Line, bold_spans, finditer_at_words, mask_markup
from .vocabulary import ROLES, alternation, forms

_HEADER_LINES = 60
_SIGNATURE_LINES = 15
_SIGNATURE_ROLE_RE = re.compile(
    rf"^(?:(?P<chair>{alternation(forms(ROLES, 'chair'))})|(?P<ref>{alternation(forms(ROLES, 'minute_taker', 'secretary'))}|ref\.?))\b",
    re.I,
)
_PROSE_CHAIR_RE = re.compile(
    r"(?i:møtet (?:ble|vart|blei) (?:ledet|leia|leidd) av|ordstyrer var|ordstyrar var|møteleder var"
    r"|møteleiar var)\s+"
    rf"(?P<name>{NAME_RE.pattern})",
)
_PROSE_REFERENT_RE = re.compile(
    rf"(?:referent var|referat(?:et)? (?:ble|vart) skrevet av)\s+(?P<name>{NAME_RE.pattern})"
)
# "NN ledet møtet", "NN skrev referat": the verb is looked for first, then the name written before it.
# Each starts where its white space starts ("(?<!\s)"): tried inside a long run of blank lines, it would be quadratic.
_LED_RE = re.compile(r"(?<!\s)\s+(?:ledet|leidde|leia)\s+møtet\b")
_WROTE_RE = re.compile(r"(?<!\s)\s+(?:skrev|skreiv|førte)\s+(?:referat|referatet|protokoll|protokollen)\b")
# What each of these needs written (the two above in this case): a text without it is not searched.
_PROSE_CHAIR_WORDS = ("møtet ", "ordstyr", "møtele")
_LED_WORDS = ("møtet",)
_WROTE_WORDS = ("referat", "protokoll")
_NAME_BEFORE_RE = re.compile(rf"(?P<name>{NAME_RE.pattern})\Z")
_PRESENTER_RE = re.compile(rf"\b(?:ved|v/)\s+(?:[a-zæøå.]+\s+){{0,3}}(?P<name>{NAME_RE.pattern})")
# On its line alone ("[ \t]", not "\s"): "^\s*" tried at each of a long run of blank lines is quadratic.
_ATTACHMENT_RE = re.compile(r"\bVedlegg\s*1\b|^[ \t]*Vedlegg[ \t]*:?[ \t]*$|Relaterte dokumenter", re.M)
# A list of attachments that the case text still follows is not where the appendices start.
_WITH_YEAR_RE = re.compile(r"\d[/-]\d{2}")
_CASE_TEXT_HEADING_RE = re.compile(
    r"^[ \t]*(?:saksopplysning\w*|bakgrunn|vurdering|saksutgreiing|saksutredning|fakta)[ \t]*:?[ \t]*$",
    re.I | re.M,
)


def build_record(text: str) -> MeetingRecord:
    """Extract every SCHEMA.md field from text (already OCR-repaired) into a MeetingRecord."""
    masked = mask_markup(text)
    segments = segment(masked)
    lines = segments.lines
    doc_type = detect_doc_type(lines, masked)
    profile = PROFILES[doc_type]
    scope = _scope(lines, masked, doc_type)
    header_end = _header_end(scope)
    people = collect_people(scope, len(scope), segments.tables) if profile.people else People()
    if profile.people:
        people = _labelled_attendance(masked, people, segments.tables)
    if doc_type is DocType.INVITATION and not people.chair:
        # The ordfører or leder who signs an invitation chairs the meeting it calls.
        people.chair = signing_chair(masked)
    presented = header_case(scope) if profile.cases is CaseSource.PRESENTED else None
    cases = _find_cases(text, masked, scope, profile, presented, people)
    body = find_body(scope, header_end, doc_type)
    body = full_name(body, masked) if body else None
    meeting = find_meeting(
        scope, header_end, labelled_only=profile.labelled_meeting_only, document_year=_first_year(masked)
    )
    if profile.cases is CaseSource.PRESENTED:
        # A case presentation's own date is when it was written; the meeting date is the Møtedato.
        meeting.date, meeting.date_value = (
            (presented.date, presented.date_value) if presented else (None, None)
        )
        body = presented.body if presented and presented.body else body
    if meeting.format == "physical" and people.anyone_remote:
        meeting.format = "hybrid"
    if profile.presenters_in_prose:
        _speakers_in_prose(masked, people)
    if profile.people:
        _presenters_as_guests(scope, [case for case in cases if case.line >= 0], people)
        _signatures(scope, people)
        _prose_roles(masked, people)

    record = MeetingRecord(doc_type=doc_type, text=text)
    src = record.sources
    if body:
        record.body = _put(src, "body", body)
    record.meeting = Meeting(meeting.date_value, meeting.start, meeting.end, None, meeting.format)
    if meeting.date:
        src["meeting.date"] = (meeting.date.start, meeting.date.end)
    if meeting.time_span:
        for key in ("meeting.start", "meeting.end")[: 1 + (meeting.end is not None)]:
            src[key] = meeting.time_span
    if meeting.place:
        record.meeting.place = _put(src, "meeting.place", meeting.place)
        src["meeting.format"] = (meeting.place.start, meeting.place.end)
    _people_into(record, people, records_attendance=profile.attendance)
    _cases_into(record, cases)

    year = meeting.date_value.year if meeting.date_value else _first_year(masked)
    tables = find_follow_up_tables(scope, year)
    parts = sentences([line for i, line in enumerate(scope) if i not in people.used_lines | tables.lines])
    known = (
        [p.name for p in record.present]
        + record.guests
        + [s.name for s in record.substitutes]
        + record.absent
    )
    known_folded = {name.lower() for name in known}
    actions = (tables.actions + find_actions(parts, year)) if profile.action_items else []
    given: set[tuple[str, str]] = set()
    for action in sorted(actions, key=lambda action: action.task.start):
        owner = None if action.owner.value.lower() in known_folded else expand_name(action.owner.value, known)
        item = ActionItem(owner or action.owner.value, action.task.value, action.due)
        # The proposal repeated as the decision ("Forslag i møte: X skriver …", "Vedtak: X skriver …") is one task.
        if (item.owner.lower(), item.task.lower()) in given:
            continue
        given.add((item.owner.lower(), item.task.lower()))
        k = len(record.action_items)
        record.action_items.append(item)
        src[f"action_items[{k}].owner"] = (action.owner.start, action.owner.end)
        src[f"action_items[{k}].task"] = (action.task.start, action.task.end)
    deadlines = tables.deadlines + find_deadlines(parts, year)
    for k, deadline in enumerate(sorted(deadlines, key=lambda deadline: deadline.span)):
        record.deadlines.append(Deadline(deadline.what.value, deadline.date))
        src[f"deadlines[{k}].what"] = (deadline.what.start, deadline.what.end)
        src[f"deadlines[{k}].date"] = deadline.span
    return record


def _find_cases(
    text: str,
    masked: str,
    scope: list[Line],
    profile: Profile,
    presented: PresentedCase | None,
    people: People,
) -> list[CaseFound]:
    """Return the cases the profile reads: by lines and headings, or by case numbers in the flowing text.

    The reading that finds more numbered cases wins: a transcript that ran each page into one line has its
    cases only in the flow ("… Sak nr. 47/09 Godkjenning av saksliste Sak nr. 48/09 …").
    """
    if profile.cases is CaseSource.NONE:
        return []
    if profile.cases is CaseSource.PRESENTED:
        if presented:
            return [presented.case]
        # No header table: the title stands above the proposal, or is the heading in capitals.
        title = title_above_proposal(scope) or title_in_capitals(masked)
        end = scope[-1].end if scope else len(masked)
        return [CaseFound(None, title, -1, proposal_in_flow(masked, 0, end))] if title else []
    by_lines = find_cases(
        scope, bold_spans(text), people.used_lines, bullets_are_agenda=profile.bullets_are_agenda
    )
    in_flow = [
        CaseFound(case.number, case.title, -1, case.conclusion)
        for case in find_stream_cases(masked[: scope[-1].end] if scope else masked, profile.decisions_first)
    ]
    # A case number with its year ("14/22") outweighs a numbered list ("1.", "2.") in the text.
    dated_in_flow, dated_by_lines = _dated(in_flow), _dated(by_lines)
    if dated_in_flow or dated_by_lines:
        return in_flow if dated_in_flow > dated_by_lines else by_lines
    return in_flow if len(in_flow) > sum(1 for case in by_lines if case.number) else by_lines


def _dated(cases: list[CaseFound]) -> int:
    return sum(1 for case in cases if case.number and _WITH_YEAR_RE.search(case.number.value))


def _labelled_attendance(masked: str, people: People, tables: list[Table]) -> People:
    """Take attendance read by its labels when it finds clearly more people present than the line-by-line lists.

    The lists read tables by their columns, which the labels cannot; a transcript has no columns left.
    """
    read = read_attendance(masked, tables)
    if len(read.present) < 1.5 * len(people.present) or count(read) <= count(people):
        people.chair = people.chair or read.chair
        # A list the lines missed ("FORFALL: …" run into the line above) is taken from the labels.
        # Only those listed as absent: the member a substitute stood in for is the lines' call.
        listed = people.all_named() + [Person(p.for_name) for p in read.substitutes if p.for_name]
        for kind in ("absent", "substitutes", "guests"):
            if not getattr(people, kind):
                setattr(
                    people, kind, [p for p in getattr(read, kind) if not _matches_any(p.name.value, listed)]
                )
        return people
    read.chair = read.chair or people.chair
    read.minute_taker = read.minute_taker or people.minute_taker
    read.used_lines = people.used_lines
    return read


def _scope(lines: list[Line], masked: str, doc_type: DocType) -> list[Line]:
    """Leave out what a case presentation appends (attachments, related documents)."""
    if doc_type is not DocType.CASE_PRESENTATION:
        return lines
    cut = next(
        (
            m.start()
            for m in _ATTACHMENT_RE.finditer(masked)
            if not _CASE_TEXT_HEADING_RE.search(masked, m.end())
        ),
        None,
    )
    return [line for line in lines if line.start < cut] if cut is not None else lines


def _header_end(lines: list[Line]) -> int:
    for i, line in enumerate(lines[:_HEADER_LINES]):
        hit = match_label(line)
        if explicit_heading(line) or (hit and hit.label is Label.AGENDA):
            return i
    return min(len(lines), _HEADER_LINES)


def _put(sources: dict[str, tuple[int, int]], path: str, found: Found) -> str:
    sources[path] = (found.start, found.end)
    return found.value


def _people_into(record: MeetingRecord, people: People, records_attendance: bool) -> None:
    """Fill the people fields; an invitation records nobody as present, not even its chair or members."""
    src = record.sources
    seen: set[str] = set()
    for person in people.present if records_attendance else []:
        if person.name.value.lower() in seen:
            continue
        seen.add(person.name.value.lower())
        _add_participant(record, person)
    extra = [found for found in (people.chair, people.minute_taker) if found and records_attendance]
    listed = {p.name.value.lower() for p in people.all_named()}
    officers = {officer.name.value.lower(): officer for officer in people.officers}
    for found in extra:
        if found.value.lower() not in listed | seen and not _matches_any(found.value, people.all_named()):
            seen.add(found.value.lower())
            _add_participant(record, officers.get(found.value.lower(), Person(found)))
    for path, found in (("chair", people.chair), ("minute_taker", people.minute_taker)):
        if found:
            full = expand_name(found.value, [p.name for p in record.present]) or found.value
            setattr(record, path, full)
            src[path] = (found.start, found.end)
    for k, person in enumerate(people.absent):
        record.absent.append(_put(src, f"absent[{k}]", person.name))
    for k, person in enumerate(people.substitutes):
        record.substitutes.append(
            Substitute(person.name.value, person.for_name.value if person.for_name else None)
        )
        src[f"substitutes[{k}].name"] = (person.name.start, person.name.end)
        if person.for_name:
            src[f"substitutes[{k}].for"] = (person.for_name.start, person.for_name.end)
    for k, person in enumerate(people.guests):
        record.guests.append(_put(src, f"guests[{k}]", person.name))


def _add_participant(record: MeetingRecord, person: Person) -> None:
    k = len(record.present)
    src = record.sources
    record.present.append(
        Participant(
            _put(src, f"present[{k}].name", person.name),
            _put(src, f"present[{k}].organization", person.organization) if person.organization else None,
            _put(src, f"present[{k}].role", person.role) if person.role else None,
            _put(src, f"present[{k}].email", person.email) if person.email else None,
        )
    )


def _matches_any(name: str, people: list[Person]) -> bool:
    return expand_name(name, [p.name.value for p in people]) is not None


def _cases_into(record: MeetingRecord, cases: list[CaseFound]) -> None:
    for k, case in enumerate(cases):
        record.cases.append(
            Case(
                _put(record.sources, f"cases[{k}].number", case.number) if case.number else None,
                _put(record.sources, f"cases[{k}].title", case.title) if case.title else None,
                _put(record.sources, f"cases[{k}].conclusion", case.conclusion) if case.conclusion else None,
            )
        )


def _presenters_as_guests(lines: list[Line], cases: list[CaseFound], people: People) -> None:
    """Count an agenda item's presenter ("– ved NN") who is not on the participant list as a guest."""
    if not people.present:
        return
    for case in cases:
        line = lines[case.line]
        for m in _PRESENTER_RE.finditer(line.text):
            name = Found(m.group("name"), line.start + m.start("name"), line.start + m.end("name"))
            if is_name(name.value) and not _matches_any(name.value, people.all_named()):
                people.guests.append(Person(name))


def _speakers_in_prose(masked: str, people: People) -> None:
    """Add who a news summary says spoke: the body's own members as present, everyone else as a guest."""
    members, guests = presenters(masked)
    for found, target in [(name, people.present) for name in members] + [
        (name, people.guests) for name in guests
    ]:
        if not _matches_any(found.value, people.all_named()):
            target.append(Person(found))


def _signatures(lines: list[Line], people: People) -> None:
    """Take the chair (and referent) from a signature: a name, then "Leder" on the next line."""
    tail = [line for line in lines[-_SIGNATURE_LINES * 3 :] if not line.blank][-_SIGNATURE_LINES:]
    for line, nxt in zip(tail, tail[1:], strict=False):
        name = line.trimmed()
        m = _SIGNATURE_ROLE_RE.match(nxt.trimmed().value)
        if not m or not is_name(name.value):
            continue
        if m.group("chair") and not people.chair:
            people.chair = name
            _set_role(people, name, nxt.trimmed())
        elif m.group("ref") and not people.minute_taker:
            people.minute_taker = name


def _set_role(people: People, name: Found, role: Found) -> None:
    for person in people.present:
        if person.name.value == name.value and person.role is None:
            person.role = role


def _prose_roles(masked: str, people: People) -> None:
    """Take the chair and referent from prose: "Møtet ble ledet av NN", "NN ledet møtet, og MM skrev referat"."""
    if not people.chair:
        said = next(finditer_at_words(_PROSE_CHAIR_RE, masked, _PROSE_CHAIR_WORDS), None)
        people.chair = _named_in(said) or _named_before(masked, _LED_RE, _LED_WORDS)
    if not people.minute_taker:
        people.minute_taker = (
            _named_in(_PROSE_REFERENT_RE.search(masked))
            or _named_before(masked, _WROTE_RE, _WROTE_WORDS)
            or written_minute_taker(masked, people.present)
        )


def _named_in(m: re.Match[str] | None) -> Found | None:
    if m is None:
        return None
    # A name ends at its line and sentence: "… leia av Åse Lind.\n\nTil stades".
    value = m.group("name").split("\n")[0].rstrip()
    name = without_full_stop(Found(value, m.start("name"), m.start("name") + len(value)))
    return name if is_name(name.value) else None


def _named_before(masked: str, verb: re.Pattern[str], needs: tuple[str, ...]) -> Found | None:
    if not any(word in masked for word in needs):
        return None
    for m in verb.finditer(masked):
        window = max(0, m.start() - 80)
        name = _NAME_BEFORE_RE.search(masked, window, m.start())
        if not name:
            continue
        # "… Per Hansen.\nÅse Lind ledet møtet": the name starts after the last line or sentence break.
        value = re.split(r"\n|(?<=\w\w)\.\s+", name.group("name"))[-1]
        if is_name(value):
            return Found(value, name.end("name") - len(value), name.end("name"))
    return None


def _first_year(masked: str) -> int | None:
    dated = [d for d in find_dates(masked[:5000]) if d.year]
    return dated[0].year if dated else None
