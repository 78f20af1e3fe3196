"""Write one extracted (and perhaps corrected) record into meetings, people, cases, follow-ups and deadlines.

Rules that keep a person's work: a field is written when it is empty, when a person corrected it in this
record, or when it still holds the value this document wrote last time. Anything else was set by someone
(or by another document) and stays.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings

from motebok.importer.casenumbers import BadCaseNumber, parse_case_number
from motebok.importer.matching import fold_name
from motebok.importer.resolver import Resolver
from motebok.meetings import services as meeting_services
from motebok.meetings.models import ActionItem, AgendaItem, Attendance, Case, Deadline, Meeting
from motebok.registry.models import Body, Person

_OPEN_CASE = (Case.Status.PROPOSED, Case.Status.ACCEPTED, Case.Status.POSTPONED, Case.Status.ON_AGENDA)


class ImportFailure(Exception):
    """A document whose content cannot be imported, with a one-line Norwegian reason."""


class RecordWriter:
    def __init__(self, data: dict, body: Body, resolver: Resolver, corrections: dict, previous: dict) -> None:
        self.data = data
        self.body = body
        self.resolver = resolver
        self.corrections = corrections
        self.previous = previous
        self.applied: dict[str, Any] = {}
        self.warnings: list[str] = []
        self.date = _date(data.get("meeting", {}).get("date"))
        # A meeting this document just created has no attendance, agenda or follow-ups to compare with.
        self.fresh_meeting = False

    def write(self) -> Meeting | None:
        meeting = self._meeting()
        if meeting is not None:
            self._attendance(meeting)
        cases = self._cases(meeting)
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
        return any(path == c or path.startswith((c + ".", c + "[")) for c in self.corrections)

    # Meeting and attendance

    def _meeting(self) -> Meeting | None:
        if self.date is None:
            return None
        info = self.data["meeting"]
        zone = ZoneInfo(settings.TIME_ZONE)
        start = dt.datetime.combine(self.date, _time(info.get("start")) or dt.time(0), tzinfo=zone)
        end_time = _time(info.get("end"))
        end = dt.datetime.combine(self.date, end_time, tzinfo=zone) if end_time else None
        midnight = dt.datetime.combine(self.date, dt.time(0), tzinfo=zone)
        meeting = (
            Meeting.objects.filter(
                body=self.body, start__gte=midnight, start__lt=midnight + dt.timedelta(days=1)
            )
            .order_by("start")
            .first()
        )
        if meeting is None:
            status = Meeting.Status.HELD if self.date < dt.date.today() else Meeting.Status.PLANNED
            meeting = meeting_services.create_meeting(self.body, start=start, status=status)
            self.fresh_meeting = True
        changed = False
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

    def _person(self, name: str | None, email: str | None = None, organisation=None) -> Person | None:
        if not name or not name.strip():
            return None
        return self.resolver.person(name, self.body, email=email, organisation=organisation)

    def _attendance(self, meeting: Meeting) -> None:
        existing = {} if self.fresh_meeting else {a.person_id: a for a in meeting.attendance.all()}
        self._new_attendance: list[Attendance] = []
        for entry in self.data.get("present") or []:
            organisation = self.resolver.organisation(entry.get("organization"), self.date)
            email = entry.get("email")
            near = self.resolver.misspelt_domain(email)
            if near:
                self.warnings.append(f"{entry['name']}: e-postdomenet i {email} ligner {near} (skrivefeil?)")
            person = self._person(entry.get("name"), email, organisation)
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

    def _cases(self, meeting: Meeting | None) -> list[tuple[int, Case]]:
        """Each case with the text offset where it starts, for giving follow-ups to their case."""
        placed: list[tuple[int, Case]] = []
        items = (
            {}
            if self.fresh_meeting or meeting is None
            else {i.case_id: i for i in meeting.agenda.select_related("case")}
        )
        by_title = {fold_name(i.case.title): i.case for i in items.values()}
        numbered = self._numbered_cases()
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
            placed.append((self._offset(path), case))
        return sorted(placed, key=lambda pair: pair[0])

    def _place(self, case: Case, meeting: Meeting, index: int, items: dict, path: str, conclusion) -> None:
        item = items.get(case.pk)
        if item is None and case.sequence is None:
            item = meeting_services.place_case(case, meeting, order=index + 1)
        elif item is None:
            # The document numbered the case already; placing it needs no new number.
            item = AgendaItem(meeting=meeting, case=case, order=index + 1)
        if self._set(item, "conclusion", path, conclusion) or item.pk is None:
            item.save()
        items[case.pk] = item

    def _numbered_cases(self) -> dict[tuple[int, int], Case]:
        """The body's existing cases with the numbers this document names, in one query."""
        numbers = {_case_number(entry) for entry in self.data.get("cases") or []} - {None}
        if not numbers:
            return {}
        found = Case.objects.filter(
            body=self.body, year__in={y for y, _ in numbers}, sequence__in={s for _, s in numbers}
        )
        return {(case.year, case.sequence): case for case in found}

    def _case(self, entry: dict, by_title: dict[str, Case], numbered: dict[tuple[int, int], Case]) -> Case:
        number = _case_number(entry)
        title = (entry.get("title") or entry.get("number") or "").strip()[:300] or "Sak uten tittel"
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
                case=self._case_at(f"action_items[{index}].task", cases),
                owner_person=person,
                owner_organisation=organisation,
                owner_text="" if person or organisation else owner[:200],
            )

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


def _case_number(entry: dict) -> tuple[int, int] | None:
    try:
        return parse_case_number(entry.get("number"))
    except BadCaseNumber as error:
        raise ImportFailure(str(error)) from None


def _deadline_kind(what: str) -> str:
    folded = what.casefold()
    if "høring" in folded or "uttalelse" in folded:
        return Deadline.Kind.CONSULTATION
    if "rapport" in folded:
        return Deadline.Kind.REPORTING
    return Deadline.Kind.OTHER


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        raise ImportFailure(f"datoen «{value}» finnes ikke") from None


def _time(value: str | None) -> dt.time | None:
    try:
        return dt.time.fromisoformat(value) if value else None
    except ValueError:
        raise ImportFailure(f"klokkeslettet «{value}» finnes ikke") from None
