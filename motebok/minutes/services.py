"""Writes for minutes, follow-ups and case links, each in one transaction. Views call these."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motebok.meetings.models import ActionItem, Attendance, Case, Meeting
from motebok.minutes.content import snapshot
from motebok.minutes.models import (
    Approval,
    Minutes,
    MinutesApproval,
    MinutesPolicy,
    MinutesRevision,
    MinutesSection,
)
from motebok.registry.models import Body, Membership, Person


class MinutesError(Exception):
    """A refused change, with a message for the user."""


class StaleMinutes(MinutesError):
    """Someone else saved the minutes after this form was loaded."""

    def __init__(self, loaded_revision: int, current: MinutesRevision | None):
        self.loaded_revision = loaded_revision
        self.current = current
        author = current.author.name if current and current.author else _("en annen")
        super().__init__(
            _(
                "Protokollen ble endret av %(author)s (versjon %(number)s) etter at du åpnet den. "
                "Endringene dine er ikke lagret. Se endringene nedenfor, og skriv inn dine på nytt."
            )
            % {"author": author, "number": current.number if current else "?"}
        )


class Savable(Protocol):
    def save(self): ...


def policy_for(body: Body) -> MinutesPolicy:
    """The body's approval setting; chair sign-off until the body decides otherwise."""
    return MinutesPolicy.objects.filter(body=body).first() or MinutesPolicy(body=body)


@transaction.atomic
def set_policy(body: Body, approval: str) -> MinutesPolicy:
    policy, _created = MinutesPolicy.objects.update_or_create(body=body, defaults={"approval": approval})
    return policy


@transaction.atomic
def start_minutes(meeting: Meeting) -> Minutes:
    """Get the meeting's minutes, drafting from the agenda and attendance the first time; new cases get a section."""
    minutes, created = Minutes.objects.get_or_create(meeting=meeting)
    for item in meeting.agenda.all():
        MinutesSection.objects.get_or_create(
            agenda_item=item,
            defaults={"minutes": minutes, "notes": item.notes, "conclusion": item.conclusion},
        )
    if created:
        if not meeting.attendance.exists():
            _draft_attendance(meeting)
        # Version 0 is the draft as generated, so that the first save shows what the minute-taker wrote.
        MinutesRevision.objects.create(minutes=minutes, number=0, content=snapshot(minutes))
    return minutes


def _draft_attendance(meeting: Meeting) -> None:
    """Without answers, assume the body's active members were present and its secretary took part as staff."""
    day = timezone.localtime(meeting.start).date()
    seen: set[int] = set()
    memberships = meeting.body.memberships.select_related("person").exclude(role=Membership.Role.SUBSTITUTE)
    for membership in memberships:
        if not membership.is_active(day) or membership.person_id in seen:
            continue
        seen.add(membership.person_id)
        status = (
            Attendance.Status.STAFF
            if membership.role == Membership.Role.SECRETARY
            else Attendance.Status.PRESENT
        )
        Attendance.objects.create(
            meeting=meeting, person=membership.person, status=status, organisation=membership.organisation
        )


@transaction.atomic
def save_minutes(minutes: Minutes, *, loaded_revision: int, author: Person | None, forms: Iterable[Savable]):
    """Save the edited parts and record a new revision, unless someone saved since `loaded_revision`."""
    locked = Minutes.objects.select_for_update().get(pk=minutes.pk)
    if locked.revision != loaded_revision:
        raise StaleMinutes(loaded_revision, locked.latest_snapshot())
    for form in forms:
        form.save()
    locked.revision += 1
    locked.save(update_fields=["revision"])
    minutes.revision = locked.revision
    return MinutesRevision.objects.create(
        minutes=locked, number=locked.revision, content=snapshot(locked), author=author
    )


@transaction.atomic
def approve_minutes(
    minutes: Minutes, *, by: Person | None, at_meeting: Meeting | None = None
) -> MinutesApproval:
    """Approve the latest revision and publish it to the meeting: notes and conclusions, status, publication."""
    locked = Minutes.objects.select_for_update().select_related("meeting__body").get(pk=minutes.pk)
    if locked.revision == 0:
        raise MinutesError(_("Protokollen må lagres før den kan godkjennes."))
    if locked.approved_revision == locked.revision:
        raise MinutesError(_("Denne versjonen av protokollen er allerede godkjent."))
    meeting = locked.meeting
    ends = meeting.end or meeting.start
    if ends > timezone.now():
        raise MinutesError(
            _("Protokollen kan ikke godkjennes før møtet er slutt (%(end)s).")
            % {"end": timezone.localtime(ends).strftime("%d.%m.%Y %H:%M")}
        )
    how = policy_for(meeting.body).approval
    later_meeting = (
        at_meeting is not None and at_meeting.body_id == meeting.body_id and at_meeting.start > meeting.start
    )
    if how == Approval.NEXT_MEETING and not later_meeting:
        raise MinutesError(_("Velg det senere møtet i organet der protokollen ble godkjent."))
    approval = MinutesApproval.objects.create(
        minutes=locked,
        revision=locked.revision,
        how=how,
        approved_by=by,
        at_meeting=at_meeting if how == Approval.NEXT_MEETING else None,
    )
    locked.approved_revision = locked.revision
    locked.save(update_fields=["approved_revision"])
    minutes.approved_revision = locked.approved_revision
    for section in locked.sections.select_related("agenda_item"):
        item = section.agenda_item
        item.notes, item.conclusion = section.notes, section.conclusion
        item.save(update_fields=["notes", "conclusion"])
    meeting.status = Meeting.Status.APPROVED
    meeting.is_published = meeting.is_published or meeting.body.is_public
    meeting.save(update_fields=["status", "is_published"])
    return approval


@transaction.atomic
def mark_done(item: ActionItem, today: dt.date | None = None) -> ActionItem:
    item.status = ActionItem.Status.DONE
    item.completed = today or timezone.localdate()
    item.save(update_fields=["status", "completed"])
    return item


@transaction.atomic
def link_cases(case: Case, other: Case) -> None:
    if case.pk == other.pk:
        raise MinutesError(_("En sak kan ikke kobles til seg selv."))
    case.related_cases.add(other)


@transaction.atomic
def unlink_cases(case: Case, other: Case) -> None:
    case.related_cases.remove(other)
