"""Write one extracted (and perhaps corrected) record into meetings, people, cases, follow-ups and deadlines.

Rules that keep a person's work: a field is written when it is empty, when a person corrected it in this
record, or when it still holds the value this document wrote last time. Anything else was set by someone
(or by another document) and stays.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from motebok.importer.casenumbers import BadCaseNumber, meeting_number, parse_case_number, plausible_year
from motebok.importer.matching import fold_name
from motebok.importer.models import WaitingConclusion
from motebok.importer.resolver import Resolver
from motebok.meetings import services as meeting_services
from motebok.meetings.models import ActionItem, AgendaItem, Attendance, Case, Deadline, Meeting
from motebok.registry.models import Body, Person

# The review page shows these fields of the meeting; saving it confirms what they hold.
_REVIEWED_MEETING_FIELDS = ("meeting.", "chair", "minute_taker")
# A line that repeats a case's title heads that case's section, even after an agenda listed it ("Tilbake til
# sakslista og HR Prosjekt – …"); longer lines are running text that only mentions it.
_HEADING_SLACK = 60
# A label the conclusion follows, left out of the notes above it.
_CONCLUSION_LABEL = re.compile(
    r"(oppsummering|konklusjon|vedtak|innstilling|forslag til vedtak|rådmannens forslag til vedtak)\s*:?",
    re.I,
)
# A sign-off line ("Nordmøre, 17. mars 2022"): the signatures under it are no case's notes.
_DATELINE = re.compile(r"^[^\n,]{2,40},\s*\d{1,2}\.\s*\w+\s+\d{4}\s*$", re.M)
_OPEN_CASE = (Case.Status.PROPOSED, Case.Status.ACCEPTED, Case.Status.POSTPONED, Case.Status.ON_AGENDA)


class ImportFailure(Exception):
    """A document whose content cannot be imported, with a one-line Norwegian reason."""


class RecordWriter:
    def __init__(
        self,
        data: dict,
        body: Body,
        resolver: Resolver,
        corrections: dict,
        previous: dict,
        text: str = "",
        confirmed: bool = False,
    ) -> None:
        """`confirmed`: a person saved the review page, so its meeting fields are theirs, corrected or not."""
        self.data = data
        self.text = text
        self.confirmed = confirmed
        self.body = body
        self.resolver = resolver
        self.corrections = corrections
        self.previous = previous
        self.applied: dict[str, Any] = {}
        self.warnings: list[str] = []
        self.date = _date(data.get("meeting", {}).get("date"))
        # A meeting this document just created has no attendance, agenda or follow-ups to compare with.
        self.fresh_meeting = False
        self.cases: list[Case] = []
        self.waiting: dict[int, WaitingConclusion] = {}

    def write(self) -> Meeting | None:
        numbers = self._case_numbers()
        meeting = self._meeting(numbers)
        if meeting is not None:
            self._attendance(meeting)
        cases = self._cases(meeting, numbers)
        self.cases = [case for _, case in cases]
        sections = self._section_starts(cases)
        if meeting is not None:
            self._notes(meeting, sections)
        cases = sorted(cases + [(start, case) for start, _, case in sections], key=lambda pair: pair[0])
        self._action_items(meeting, cases)
        self._deadlines(meeting, cases)
        return meeting

    # The rule for every scalar field

    def _set(self, target, field: str, path: str, value: Any, stored: Any = None) -> bool:
        """Write `value` into target.field by the rule above; `stored` is its JSON form if not the value."""
        if value in (None, ""):
            return False
        stored = value if stored is None else stored
        current = getattr(target, field)
        current_json = current.pk if hasattr(current, "pk") else current
        if (
            current_json == stored
            or current in (None, "")
            or self._corrected(path)
            or current_json == self.previous.get(path)
        ):
            setattr(target, field, value)
            self.applied[path] = stored
            return current_json != stored
        return False

    def _corrected(self, path: str) -> bool:
        if self.confirmed and path.startswith(_REVIEWED_MEETING_FIELDS):
            return True
        return any(path == c or path.startswith((c + ".", c + "[")) for c in self.corrections)

    # Meeting and attendance

    def _meeting(self, numbers: set[tuple[int, int]]) -> Meeting | None:
        info = self.data.get("meeting") or {}
        zone = ZoneInfo(settings.TIME_ZONE)
        changed = False
        if self.date is None:
            meeting = self._meeting_named_by(numbers)
            if meeting is None:
                return None
            end = None
        else:
            start = dt.datetime.combine(self.date, _time(info.get("start")) or dt.time(0), tzinfo=zone)
            end_time = _time(info.get("end"))
            end = dt.datetime.combine(self.date, end_time, tzinfo=zone) if end_time else None
            meeting = self._meeting_on_date(start, info)
            if meeting.start.astimezone(zone).time() == dt.time(0) and start.time() != dt.time(0):
                meeting.start, changed = start, True
        changed |= self._set(meeting, "end", "meeting.end", end, info.get("end"))
        changed |= self._set(meeting, "place", "meeting.place", (info.get("place") or "")[:300])
        changed |= self._set(meeting, "format", "meeting.format", info.get("format") or "")
        for role in ("chair", "minute_taker"):
            person = self._person(self.data.get(role))
            if person is not None:
                changed |= self._set(meeting, role, role, person, person.pk)
        if changed:
            meeting.save()
        return meeting

    def _meeting_on_date(self, start: dt.datetime, info: dict) -> Meeting:
        """The body's first meeting on the document's date, created as the document describes it if there is none."""
        midnight = start.replace(hour=0, minute=0)
        meeting = (
            Meeting.objects.filter(
                body=self.body, start__gte=midnight, start__lt=midnight + dt.timedelta(days=1)
            )
            .order_by("start")
            .first()
        )
        if meeting is None:
            status = Meeting.Status.HELD if self.date < timezone.localdate() else Meeting.Status.PLANNED
            fields = {"start": start, "status": status}
            if info.get("format") in Meeting.Format.values:
                fields["format"] = info["format"]
            number = meeting_number(self.text, self.date.year)
            if (
                number
                and not Meeting.objects.filter(body=self.body, year=self.date.year, number=number).exists()
            ):
                meeting = Meeting.objects.create(body=self.body, year=self.date.year, number=number, **fields)
            else:
                meeting = meeting_services.create_meeting(self.body, **fields)
            self.fresh_meeting = True
        return meeting

    def _meeting_named_by(self, numbers: set[tuple[int, int]]) -> Meeting | None:
        """For a document without a date: the latest meeting that has every one of its numbered cases."""
        if not numbers:
            return None
        placements = AgendaItem.objects.filter(
            case__body=self.body,
            case__year__in={year for year, _ in numbers},
            case__sequence__in={sequence for _, sequence in numbers},
        ).values_list("case__year", "case__sequence", "meeting_id")
        meetings_of: dict[tuple[int, int], set[int]] = {}
        for year, sequence, meeting_id in placements:
            if (year, sequence) in numbers:
                meetings_of.setdefault((year, sequence), set()).add(meeting_id)
        if not meetings_of:
            return None
        shared = set.intersection(*meetings_of.values())
        if not shared:
            self.warnings.append(
                "Dokumentet har ingen møtedato, og sakene står på ulike møter; "
                "det er ikke knyttet til noe møte."
            )
            return None
        return Meeting.objects.filter(pk__in=shared).order_by("-start").first()

    def _person(
        self, name: str | None, email: str | None = None, organisation=None, corrected_email: bool = False
    ) -> Person | None:
        if not name or not name.strip():
            return None
        return self.resolver.person(
            name, self.body, email=email, organisation=organisation, corrected_email=corrected_email
        )

    def _attendance(self, meeting: Meeting) -> None:
        existing = {} if self.fresh_meeting else {a.person_id: a for a in meeting.attendance.all()}
        self._new_attendance: list[Attendance] = []
        for index, entry in enumerate(self.data.get("present") or []):
            email = entry.get("email")
            organisation = self.resolver.organisation(entry.get("organization"), self.date, email=email)
            near = self.resolver.misspelt_domain(email)
            if near:
                self.warnings.append(f"{entry['name']}: e-postdomenet i {email} ligner {near} (skrivefeil?)")
            person = self._person(
                entry.get("name"), email, organisation, self._corrected(f"present[{index}].email")
            )
            self._attend(
                existing, meeting, person, Attendance.Status.PRESENT, organisation, entry.get("role")
            )
        for name in self.data.get("absent") or []:
            self._attend(existing, meeting, self._person(name), Attendance.Status.ABSENT)
        for entry in self.data.get("substitutes") or []:
            stands_in_for = self._person(entry.get("for"))
            attendance = self._attend(
                existing, meeting, self._person(entry.get("name")), Attendance.Status.SUBSTITUTE
            )
            if attendance and stands_in_for and attendance.substitute_for_id is None:
                attendance.substitute_for = stands_in_for
                if attendance.pk:
                    attendance.save(update_fields=["substitute_for"])
        for name in self.data.get("guests") or []:
            self._attend(existing, meeting, self._person(name), Attendance.Status.GUEST)
        Attendance.objects.bulk_create(self._new_attendance)

    def _attend(self, existing, meeting, person, status, organisation=None, role=None) -> Attendance | None:
        if person is None:
            return None
        attendance = existing.get(person.pk)
        if attendance is None:
            attendance = Attendance(
                meeting=meeting,
                person=person,
                status=status,
                organisation=organisation,
                role=(role or "")[:200],
            )
            existing[person.pk] = attendance
            self._new_attendance.append(attendance)
        elif attendance.pk and (
            (organisation and attendance.organisation_id is None) or (role and not attendance.role)
        ):
            attendance.organisation = attendance.organisation or organisation
            attendance.role = attendance.role or role[:200]
            attendance.save(update_fields=["organisation", "role"])
        return attendance

    # Cases

    def _cases(self, meeting: Meeting | None, numbers: set[tuple[int, int]]) -> list[tuple[int, Case]]:
        """Each case with the text offset where it starts, for giving follow-ups to their case."""
        placed: list[tuple[int, Case]] = []
        items = (
            {}
            if self.fresh_meeting or meeting is None
            else {i.case_id: i for i in meeting.agenda.select_related("case")}
        )
        by_title = (
            {fold_name(i.case.title): i.case for i in items.values()}
            if meeting is not None
            else self._unplaced_cases_by_title()
        )
        numbered = self._numbered_cases(numbers)
        self.waiting = self._waiting_conclusions([*numbered.values(), *by_title.values()])
        for index, entry in enumerate(self.data.get("cases") or []):
            path = f"cases[{index}]"
            case = self._case(entry, by_title, numbered)
            conclusion = entry.get("conclusion")
            concludes = meeting is not None and conclusion and case.status in _OPEN_CASE
            if concludes:
                case.status = Case.Status.CONCLUDED
            changed = self._set(case, "title", f"{path}.title", (entry.get("title") or "")[:300])
            if case.pk is None or changed or concludes:
                case.save()
            if meeting is not None:
                self._place(case, meeting, index, items, f"{path}.conclusion", conclusion)
            elif conclusion:
                self._keep_waiting(case, f"{path}.conclusion", conclusion)
            placed.append((self._offset(path), case))
        if meeting is None and self.waiting:
            self.warnings.append(
                "Dokumentet har ingen møtedato, og sakene står ikke på noe møte ennå. Konklusjonene "
                "føres på møtet når det blir importert, eller når møtedatoen føres inn i gjennomgangen."
            )
        return sorted(placed, key=lambda pair: pair[0])

    def _place(self, case: Case, meeting: Meeting, index: int, items: dict, path: str, conclusion) -> None:
        item = items.get(case.pk)
        if item is None and case.sequence is None:
            item = meeting_services.place_case(case, meeting, order=index + 1)
        elif item is None:
            # The document numbered the case already; placing it needs no new number.
            item = AgendaItem(meeting=meeting, case=case, order=index + 1)
        borrowed = self.waiting.get(case.pk)
        if borrowed is not None and borrowed.agenda_item_id not in (None, item.pk):
            borrowed = None
        if borrowed is not None and conclusion and item.conclusion == borrowed.text:
            # The meeting's own record replaces a conclusion borrowed from an undated document.
            item.conclusion = ""
        changed = self._set(item, "conclusion", path, conclusion)
        if borrowed is not None and not item.conclusion:
            item.conclusion, changed = borrowed.text, True
        if changed or item.pk is None:
            item.save()
        if borrowed is not None and borrowed.agenda_item_id != item.pk:
            borrowed.agenda_item = item
            borrowed.save(update_fields=["agenda_item"])
        items[case.pk] = item

    def _keep_waiting(self, case: Case, path: str, conclusion: str) -> None:
        """Keep the conclusion of a case that is on no meeting yet, for the import that places it."""
        waiting = self.waiting.get(case.pk) or WaitingConclusion(case=case)
        if waiting.agenda_item_id is not None or (waiting.pk is None and case.placements.exists()):
            return
        if self._set(waiting, "text", path, conclusion) or waiting.pk is None:
            waiting.save()
        self.waiting[case.pk] = waiting

    def _waiting_conclusions(self, cases: list[Case]) -> dict[int, WaitingConclusion]:
        """The conclusions that undated documents left for these existing cases."""
        ids = [case.pk for case in cases if case.pk is not None]
        if not ids:
            return {}
        return {w.case_id: w for w in WaitingConclusion.objects.filter(case_id__in=ids)}

    def _case_numbers(self) -> set[tuple[int, int]]:
        return {_case_number(entry) for entry in self.data.get("cases") or []} - {None}

    def _numbered_cases(self, numbers: set[tuple[int, int]]) -> dict[tuple[int, int], Case]:
        """The body's existing cases with the numbers this document names, in one query."""
        if not numbers:
            return {}
        found = Case.objects.filter(
            body=self.body, year__in={y for y, _ in numbers}, sequence__in={s for _, s in numbers}
        )
        return {(case.year, case.sequence): case for case in found}

    def _unplaced_cases_by_title(self) -> dict[str, Case]:
        """For a document on no meeting: the body's unnumbered cases on no agenda with its case titles."""
        titles = {_title(entry) for entry in self.data.get("cases") or [] if _case_number(entry) is None}
        if not titles:
            return {}
        found = Case.objects.filter(
            body=self.body, sequence__isnull=True, placements__isnull=True, title__in=titles
        )
        return {fold_name(case.title): case for case in found}

    def _case(self, entry: dict, by_title: dict[str, Case], numbered: dict[tuple[int, int], Case]) -> Case:
        number = _case_number(entry)
        title = _title(entry)
        if number is None:
            return by_title.get(fold_name(title)) or Case(
                body=self.body, title=title, status=Case.Status.ON_AGENDA
            )
        year, sequence = number
        if number not in numbered:
            numbered[number] = Case(
                body=self.body, year=year, sequence=sequence, title=title, status=Case.Status.ON_AGENDA
            )
        return numbered[number]

    def _section_starts(self, placed: list[tuple[int, Case]]) -> list[tuple[int, int, Case]]:
        """Where each case's section begins beyond its extracted title (lines that repeat the title), and where
        the text under that heading begins."""
        titles = {fold_name(case.title): case for _, case in placed if len(fold_name(case.title)) >= 4}
        found, offset = [], 0
        for line in self.text.splitlines(keepends=True):
            folded = fold_name(line)
            for title, case in titles.items():
                if title in folded and len(folded) <= len(title) + _HEADING_SLACK:
                    found.append((offset, offset + len(line), case))
            offset += len(line)
        return found

    def _notes(self, meeting: Meeting, sections: list[tuple[int, int, Case]]) -> None:
        """The text under each case's heading, up to its conclusion, as the notes of its agenda item."""
        starts = list(sections)
        for index, entry in enumerate(self.data.get("cases") or []):
            case = self._case_by_title(entry)
            spans = [self._span(f"cases[{index}].{field}") for field in ("number", "title")]
            spans = [span for span in spans if span]
            if case is not None and spans:
                starts.append((min(s for s, _ in spans), max(e for _, e in spans), case))
        starts.sort(key=lambda start: start[0])
        notes: dict[int, list[str]] = {}
        for position, (_, body_start, case) in enumerate(starts):
            end = starts[position + 1][0] if position + 1 < len(starts) else len(self.text)
            conclusion = self._conclusion_start(case)
            if conclusion is not None and body_start <= conclusion < end:
                end = conclusion
            text = _section_notes(self.text[body_start:end])
            if text:
                notes.setdefault(case.pk, []).append(text)
        items = {item.case_id: item for item in meeting.agenda.filter(case_id__in=notes)}
        for case_id, parts in notes.items():
            item = items.get(case_id)
            if item is not None and self._set(item, "notes", f"notes.{case_id}", "\n\n".join(parts)[:10_000]):
                item.save(update_fields=["notes"])

    def _case_by_title(self, entry: dict) -> Case | None:
        wanted = fold_name(_title(entry))
        return next((case for case in self.cases if fold_name(case.title) == wanted), None)

    def _conclusion_start(self, case: Case) -> int | None:
        for index, entry in enumerate(self.data.get("cases") or []):
            span = self._span(f"cases[{index}].conclusion")
            if span and fold_name(_title(entry)) == fold_name(case.title):
                return span[0]
        return None

    def _span(self, path: str) -> tuple[int, int] | None:
        span = (self.data.get("sources") or {}).get(path)
        return (int(span[0]), int(span[1])) if span else None

    def _offset(self, path: str) -> int:
        return max(self._offset_of(f"{path}.number"), self._offset_of(f"{path}.title"))

    def _case_at(self, path: str, cases: list[tuple[int, Case]]) -> Case | None:
        """The case whose section of the text contains the field at this path."""
        offset = self._offset_of(path)
        found = None
        for start, case in cases:
            if 0 <= start <= offset:
                found = case
        return found

    def _offset_of(self, path: str) -> int:
        span = (self.data.get("sources") or {}).get(path)
        return span[0] if span else -1

    # Follow-ups and deadlines

    def _action_items(self, meeting: Meeting | None, cases: list[tuple[int, Case]]) -> None:
        for index, entry in enumerate(self.data.get("action_items") or []):
            task = (entry.get("task") or "").strip()
            owner = (entry.get("owner") or "").strip()
            if not task:
                continue
            if (
                not self.fresh_meeting
                and ActionItem.objects.filter(body=self.body, meeting=meeting, what=task).exists()
            ):
                continue
            person = self.resolver.person_by_name(owner, self.body) if owner else None
            organisation = None if person else self.resolver.organisation(owner, self.date, create=False)
            ActionItem.objects.create(
                body=self.body,
                meeting=meeting,
                what=task,
                due=_date(entry.get("due")),
                case=self._named_case(entry.get("case"), cases)
                or self._case_at(f"action_items[{index}].task", cases),
                owner_person=person,
                owner_organisation=organisation,
                owner_text="" if person or organisation else owner[:200],
            )

    def _named_case(self, named: str | None, cases: list[tuple[int, Case]]) -> Case | None:
        """The case a person chose for a follow-up on the review page, by its title."""
        wanted = fold_name(named or "")
        return next((case for _, case in cases if wanted and fold_name(case.title) == wanted), None)

    def _deadlines(self, meeting: Meeting | None, cases: list[tuple[int, Case]]) -> None:
        for index, entry in enumerate(self.data.get("deadlines") or []):
            what, day = (entry.get("what") or "").strip()[:300], _date(entry.get("date"))
            if not what or day is None:
                continue
            Deadline.objects.get_or_create(
                body=self.body,
                what=what,
                date=day,
                defaults={
                    "kind": _deadline_kind(what),
                    "meeting": meeting,
                    "case": self._case_at(f"deadlines[{index}].what", cases),
                },
            )


def _section_notes(text: str) -> str:
    """A case section's own text: no conclusion label at its end, nothing from a sign-off line on."""
    dateline = _DATELINE.search(text)
    if dateline:
        text = text[: dateline.start()]
    lines = [line.rstrip() for line in text.strip().splitlines()]
    while lines and (not lines[-1].strip() or _CONCLUSION_LABEL.fullmatch(lines[-1].strip())):
        lines.pop()
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _case_number(entry: dict) -> tuple[int, int] | None:
    try:
        return parse_case_number(entry.get("number"))
    except BadCaseNumber as error:
        raise ImportFailure(str(error)) from None


def _title(entry: dict) -> str:
    return (entry.get("title") or entry.get("number") or "").strip()[:300] or "Sak uten tittel"


def _deadline_kind(what: str) -> str:
    folded = what.casefold()
    if "høring" in folded or "uttalelse" in folded:
        return Deadline.Kind.CONSULTATION
    if "rapport" in folded:
        return Deadline.Kind.REPORTING
    return Deadline.Kind.OTHER


def _date(value: str | None) -> dt.date | None:
    try:
        day = dt.date.fromisoformat(value) if value else None
    except ValueError:
        raise ImportFailure(f"datoen «{value}» finnes ikke") from None
    if day is not None and not plausible_year(day.year):
        raise ImportFailure(f"datoen {day:%d.%m.}{day.year:04} kan ikke stemme (året {day.year})")
    return day


def _time(value: str | None) -> dt.time | None:
    try:
        return dt.time.fromisoformat(value) if value else None
    except ValueError:
        raise ImportFailure(f"klokkeslettet «{value}» finnes ikke") from None
