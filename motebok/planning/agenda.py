"""The agenda builder: standing items in their places, accepted cases numbered as they are placed.

Numbers come from motebok.meetings.services.place_case and never change when the agenda is reordered.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.db.models import BooleanField, ExpressionWrapper, F, Q, QuerySet

from motebok.access import policies
from motebok.meetings import services as meeting_services
from motebok.meetings.models import ActionItem, AgendaItem, Case, Deadline, Meeting
from motebok.planning.models import StandingItem

Role = StandingItem.Role
OPENING = (Role.APPROVE_AGENDA, Role.APPROVE_MINUTES, Role.FOLLOW_UPS)
KIND_OF_STANDING = {
    Role.APPROVE_AGENDA: Case.Kind.DECISION,
    Role.APPROVE_MINUTES: Case.Kind.DECISION,
    Role.FOLLOW_UPS: Case.Kind.FOLLOW_UP,
    Role.ANY_OTHER: Case.Kind.ORIENTATION,
}


def open_follow_ups(meeting: Meeting, reader=None) -> QuerySet[ActionItem]:
    """The body's open action items from before this meeting, listed under "Informasjons- og oppfølgingssaker";
    with a reader, only those the reader may see."""
    items = ActionItem.objects.filter(body=meeting.body, status=ActionItem.Status.OPEN).filter(
        Q(meeting__isnull=True) | Q(meeting__start__lt=meeting.start)
    )
    if reader is not None:
        items = policies.follow_ups.visible(reader, items)
    return items.select_related("owner_person", "owner_organisation", "case__body", "meeting").order_by(
        F("due").asc(nulls_last=True), "id"
    )


def coming_deadlines(meeting: Meeting, reader=None) -> QuerySet[Deadline]:
    """The body's deadlines from the meeting's day on that earlier meetings or documents recorded, for the agenda's
    follow-up item; with a reader, only those the reader may see."""
    deadlines = Deadline.objects.filter(body=meeting.body, date__gte=meeting.start.date()).filter(
        Q(meeting__isnull=True) | Q(meeting__start__lt=meeting.start)
    )
    if reader is not None:
        deadlines = policies.deadlines.visible(reader, deadlines)
    return deadlines.select_related("case").order_by("date", "id")


def standing_roles(meeting: Meeting) -> dict[int, str]:
    """The standing role of each standing case on the meeting's agenda, by case id."""
    return dict(StandingItem.objects.filter(meeting=meeting).values_list("case_id", "role"))


def _rank(role: str | None) -> tuple[int, int]:
    if role in OPENING:
        return 0, OPENING.index(role)
    return (2, 0) if role == Role.ANY_OTHER else (1, 0)


def _keep_standing_items_in_place(meeting: Meeting, case_ids: list[int]) -> None:
    roles = standing_roles(meeting)
    # sorted() is stable: ordinary cases keep the order they were given.
    meeting_services.reorder_agenda(meeting, sorted(case_ids, key=lambda case_id: _rank(roles.get(case_id))))


def _agenda_case_ids(meeting: Meeting) -> list[int]:
    return list(meeting.agenda.order_by("order", "id").values_list("case_id", flat=True))


def _place_standing(meeting: Meeting, role: str) -> None:
    if StandingItem.objects.filter(meeting=meeting, role=role).exists():
        return
    # Case titles are stored in the body's målform whatever language the secretary reads the site in.
    with meeting.body.in_written_standard():
        title = str(Role(role).label)
    case = Case.objects.create(body=meeting.body, title=title, kind=KIND_OF_STANDING[role])
    StandingItem.objects.create(case=case, meeting=meeting, role=role)
    meeting_services.place_case(case, meeting)


@transaction.atomic
def set_up_agenda(meeting: Meeting, cases: Iterable[Case] = ()) -> None:
    """Place the opening standing items, then the cases in order, then "Eventuelt"; placed items stay."""
    for role in OPENING:
        _place_standing(meeting, role)
    for case in cases:
        meeting_services.place_case(case, meeting)
    _place_standing(meeting, Role.ANY_OTHER)
    _keep_standing_items_in_place(meeting, _agenda_case_ids(meeting))


@transaction.atomic
def add_to_agenda(meeting: Meeting, case: Case) -> AgendaItem:
    """Place a case after the other cases, before "Eventuelt"; it is numbered now if it has no number yet."""
    item = meeting_services.place_case(case, meeting)
    _keep_standing_items_in_place(meeting, _agenda_case_ids(meeting))
    return item


@transaction.atomic
def move_on_agenda(meeting: Meeting, case: Case, steps: int) -> None:
    """Move a case up (negative steps) or down the agenda; standing items keep their places."""
    case_ids = _agenda_case_ids(meeting)
    if case.pk not in case_ids or case.pk in standing_roles(meeting):
        raise ValueError("Only ordinary cases on this agenda can be moved.")
    position = case_ids.index(case.pk)
    case_ids.insert(max(position + steps, 0), case_ids.pop(position))
    _keep_standing_items_in_place(meeting, case_ids)


@transaction.atomic
def remove_from_agenda(meeting: Meeting, case: Case) -> None:
    """Take an ordinary case off the agenda; it keeps its number and waits, accepted, for another meeting."""
    if case.pk in standing_roles(meeting):
        raise ValueError("Standing items stay on the agenda.")
    AgendaItem.objects.filter(meeting=meeting, case=case).delete()
    case.status = Case.Status.ACCEPTED
    case.save(update_fields=["status"])
    _keep_standing_items_in_place(meeting, _agenda_case_ids(meeting))


def cases_ready_for(meeting: Meeting) -> QuerySet[Case]:
    """Accepted cases of the body not on an agenda yet, those wished for this meeting first."""
    return (
        Case.objects.filter(body=meeting.body, status=Case.Status.ACCEPTED)
        .exclude(placements__meeting=meeting)
        .select_related("proposed_by", "wished_meeting")
        .order_by(
            ExpressionWrapper(Q(wished_meeting=meeting), output_field=BooleanField()).desc(), "created", "id"
        )
    )
