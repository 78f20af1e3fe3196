"""The secretariat's writes: preferences, plans, moving and cancelling meetings. Each runs in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from motebok.meetings import services as meeting_services
from motebok.meetings.models import Meeting
from motebok.planning import planner
from motebok.planning.models import PlanPreferences, ProgrammeCommittee
from motebok.planning.signals import meeting_cancelled, meeting_moved
from motebok.registry.models import Body, Mandate, Organisation
from motebok.registry.services import claim_version


@dataclass(frozen=True)
class PlannedMeeting:
    """One item of a plan as the secretary accepted it."""

    kind: planner.Kind
    start: dt.datetime
    end: dt.datetime
    host: Organisation | None = None
    overnight: bool = False
    committee: tuple[Organisation, ...] = ()


def preferences_for(body: Body) -> PlanPreferences:
    preferences, _created = PlanPreferences.objects.get_or_create(body=body)
    return preferences


@transaction.atomic
def save_preferences(preferences: PlanPreferences, *, loaded_version: int, **fields) -> PlanPreferences:
    """Save the secretary's preferences, refusing if someone else saved since the form was loaded."""
    claim_version(PlanPreferences, preferences.pk, loaded_version)
    for name, value in fields.items():
        setattr(preferences, name, value)
    preferences.version = loaded_version + 1
    preferences.save()
    return preferences


def rules_for(mandate: Mandate | None) -> planner.Rules:
    if mandate is None:
        return planner.Rules()
    return planner.Rules(
        digital_meetings_per_month=mandate.digital_meetings_per_month,
        digital_meeting_max_minutes=mandate.digital_meeting_max_minutes,
        physical_gatherings_per_year=mandate.physical_gatherings_per_year,
        gatherings_replace_digital=mandate.gatherings_replace_digital,
        hosting_in_rotation=mandate.hosting_in_rotation,
        overnight_gatherings_per_year=mandate.overnight_gatherings_per_year,
        gatherings_per_half_year=mandate.gatherings_per_half_year,
        day_meetings=mandate.day_meetings,
    )


def member_municipalities(body: Body, on: dt.date) -> list[Organisation]:
    """The municipalities the body's active members represent, in name order."""
    found: dict[int, Organisation] = {}
    memberships = body.memberships.filter(organisation__kind=Organisation.Kind.MUNICIPALITY).select_related(
        "organisation"
    )
    for membership in memberships.order_by("organisation__name"):
        if membership.is_active(on):
            found.setdefault(membership.organisation_id, membership.organisation)
    return list(found.values())


def earlier_hosts(body: Body, before: dt.datetime) -> list[Organisation]:
    """Hosts of the body's meetings before a moment, oldest first; cancelled meetings were never hosted."""
    meetings = (
        body.meetings.filter(start__lt=before, host__isnull=False)
        .exclude(status=Meeting.Status.CANCELLED)
        .select_related("host")
        .order_by("start")
    )
    return [meeting.host for meeting in meetings]


def propose_plan(body: Body, year: int, not_before: dt.date | None = None) -> list[planner.Proposal]:
    """Propose the body's meetings for a year from its mandate and the secretary's preferences."""
    first_day = dt.datetime(year, 1, 1, tzinfo=planner.OSLO)
    return planner.propose_year(
        year,
        rules_for(body.current_mandate),
        preferences_for(body).as_preferences(),
        members=member_municipalities(body, first_day.date()),
        earlier_hosts=earlier_hosts(body, first_day),
        not_before=not_before,
    )


def _two_days(item: PlannedMeeting) -> bool:
    return item.end.date() > item.start.date()


def _title(item: PlannedMeeting) -> str:
    if item.kind == planner.Kind.DIGITAL:
        return _("Digitalt møte")
    if not _two_days(item):
        return _("Dagmøte")
    return _("Samling med overnatting") if item.overnight else _("Samling lunsj til lunsj")


@transaction.atomic
def accept_plan(body: Body, items: list[PlannedMeeting]) -> list[Meeting]:
    """Create the plan's meetings (status planned) in date order, with programme committees for gatherings."""
    online_link = preferences_for(body).online_link
    created = []
    for item in sorted(items, key=lambda item: item.start):
        digital = item.kind == planner.Kind.DIGITAL
        with body.in_written_standard():
            title, digital_place = _title(item), _("Digitalt")
        meeting = meeting_services.create_meeting(
            body,
            title=title,
            kind=Meeting.Kind.GATHERING if _two_days(item) else Meeting.Kind.ORDINARY,
            start=item.start,
            end=item.end,
            format=Meeting.Format.DIGITAL if digital else Meeting.Format.PHYSICAL,
            place=digital_place if digital else (item.host.name if item.host else ""),
            online_link=online_link if digital else "",
            host=item.host,
            status=Meeting.Status.PLANNED,
            # A public body publishes its meeting plan; what is exempt stays hidden on every page.
            is_published=body.is_public,
        )
        if item.committee:
            set_programme_committee(meeting, list(item.committee))
        created.append(meeting)
    return created


@transaction.atomic
def set_programme_committee(
    meeting: Meeting, organisations: list[Organisation], loaded_version: int | None = None
) -> ProgrammeCommittee:
    """Name the gathering's programme committee; with `loaded_version` (from the form) a change of the meeting
    saved by someone else in between refuses it."""
    if loaded_version is not None:
        claim_version(Meeting, meeting.pk, loaded_version)
        meeting.version = loaded_version + 1
    committee, _created = ProgrammeCommittee.objects.get_or_create(meeting=meeting)
    committee.members.set(organisations)
    return committee


@transaction.atomic
def move_meeting(
    meeting: Meeting, start: dt.datetime, end: dt.datetime | None, loaded_version: int | None = None
) -> Meeting:
    """Give a meeting a new time; listeners hear of it once the change is committed.

    With `loaded_version` (from an edit form) a change saved by someone else in between refuses the move.
    """
    if loaded_version is not None:
        claim_version(Meeting, meeting.pk, loaded_version)
        meeting.version = loaded_version + 1
    previous_start, previous_end = meeting.start, meeting.end
    meeting.start, meeting.end = start, end
    meeting.save(update_fields=["start", "end"])
    transaction.on_commit(
        lambda: meeting_moved.send(
            sender=Meeting, meeting=meeting, previous_start=previous_start, previous_end=previous_end
        )
    )
    return meeting


@transaction.atomic
def cancel_meeting(meeting: Meeting) -> Meeting:
    """Cancel a meeting; it keeps its number so that the year's numbering has no gaps to explain."""
    meeting.status = Meeting.Status.CANCELLED
    meeting.save(update_fields=["status"])
    transaction.on_commit(lambda: meeting_cancelled.send(sender=Meeting, meeting=meeting))
    return meeting
