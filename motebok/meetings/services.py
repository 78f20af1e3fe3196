"""State changes for meetings and cases, each in one transaction. Views and imports call these."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from motebok.meetings.models import AgendaItem, Case, Meeting
from motebok.meetings.signals import meeting_changed
from motebok.registry.models import Body
from motebok.registry.services import claim_version


class PlacementError(ValueError):
    """A case cannot go on this agenda; the message says why, in Norwegian."""


def next_case_sequence(body: Body, year: int) -> int:
    """The next free sekvensnummer for a body's cases in a year; call inside a transaction."""
    # Locking the body row serialises numbering per body on PostgreSQL; SQLite's IMMEDIATE
    # transactions already serialise all writers.
    Body.objects.select_for_update().filter(pk=body.pk).first()
    current = Case.objects.filter(body=body, year=year).aggregate(top=Max("sequence"))["top"]
    return (current or 0) + 1


def next_meeting_number(body: Body, year: int) -> int:
    """The next free møtenummer for a body in a year; call inside a transaction."""
    Body.objects.select_for_update().filter(pk=body.pk).first()
    current = Meeting.objects.filter(body=body, year=year).aggregate(top=Max("number"))["top"]
    return (current or 0) + 1


@transaction.atomic
def create_meeting(body: Body, **fields) -> Meeting:
    """Create a meeting with the next møtenummer of its year."""
    year = fields["start"].year
    return Meeting.objects.create(body=body, year=year, number=next_meeting_number(body, year), **fields)


# Moving goes through planning.services.move_meeting, which tells the invited of the new time.
MEETING_FIELDS = ("title", "kind", "format", "place", "address", "host", "online_link", "chair")


@transaction.atomic
def update_meeting(meeting: Meeting, *, loaded_version: int, **fields) -> Meeting:
    """Save a meeting's details, refusing if someone else saved since the form was loaded; listeners hear of
    what changed once it is committed."""
    claim_version(Meeting, meeting.pk, loaded_version)
    meeting.version = loaded_version + 1
    changed = set()
    for name, value in fields.items():
        if name not in MEETING_FIELDS:
            raise ValueError(f"{name} is not an editable field of a meeting")
        if getattr(meeting, name) != value:
            changed.add(name)
        setattr(meeting, name, value)
    meeting.save(update_fields=[*fields, "version"])
    if changed:
        transaction.on_commit(
            lambda: meeting_changed.send(sender=Meeting, meeting=meeting, changed=frozenset(changed))
        )
    return meeting


@transaction.atomic
def place_case(case: Case, meeting: Meeting, order: int | None = None) -> AgendaItem:
    """Put a case on a meeting's agenda, numbering it on first placement; a carried-over case keeps its number."""
    if case.body_id != meeting.body_id:
        raise ValueError("A case can only be placed on its own body's meetings.")
    # Lock the case and read it afresh: of two placements at once (a double click, two secretaries) the
    # second waits here, then sees the first one's number and agenda item instead of taking new ones.
    Case.objects.select_for_update().filter(pk=case.pk).first()
    case.refresh_from_db()
    elsewhere = (
        AgendaItem.objects.filter(case=case, meeting__start__gt=timezone.now())
        .exclude(meeting=meeting)
        .exclude(meeting__status=Meeting.Status.CANCELLED)
        .select_related("meeting")
        .first()
    )
    if elsewhere is not None:
        raise PlacementError(
            _("Saken står allerede på sakslisten til møtet %(day)s.")
            % {"day": timezone.localtime(elsewhere.meeting.start).strftime("%d.%m.%Y")}
        )
    if case.sequence is None:
        case.year = meeting.start.year
        case.sequence = next_case_sequence(case.body, case.year)
    if case.status in (Case.Status.PROPOSED, Case.Status.ACCEPTED, Case.Status.POSTPONED):
        case.status = Case.Status.ON_AGENDA
    case.save()
    if order is None:
        order = (meeting.agenda.aggregate(top=Max("order"))["top"] or 0) + 1
    item, _created = AgendaItem.objects.get_or_create(meeting=meeting, case=case, defaults={"order": order})
    return item


@transaction.atomic
def reorder_agenda(meeting: Meeting, case_ids_in_order: list[int]) -> None:
    """Reorder a meeting's agenda; case numbers stay as they are."""
    items = {item.case_id: item for item in meeting.agenda.all()}
    if set(case_ids_in_order) != set(items):
        raise ValueError("The new order must list exactly the cases on the agenda.")
    for position, case_id in enumerate(case_ids_in_order, start=1):
        item = items[case_id]
        if item.order != position:
            item.order = position
            item.save(update_fields=["order"])
