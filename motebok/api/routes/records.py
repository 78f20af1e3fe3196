"""Follow-ups and deadlines; the person responsible, or the body's editors, mark a follow-up done."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Query, Router
from ninja.pagination import paginate

from motebok.access import policies, rules
from motebok.api.auth import TokenAuth, viewer
from motebok.api.errors import ApiError, ErrorOut
from motebok.api.routes.common import REFUSALS, Id, ListFilters, Page, narrowed
from motebok.api.schemas import DeadlineOut, FollowUpOut
from motebok.meetings.models import ActionItem, Deadline
from motebok.minutes import services as minutes

router = Router(tags=["Oppfølging og frister"])


def _follow_ups(user):
    return policies.follow_ups.visible(
        user, ActionItem.objects.select_related("owner_person", "owner_organisation")
    )


@router.get(
    "/follow-ups",
    response={200: list[FollowUpOut], **REFUSALS},
    summary="Oppfølgingspunkter",
    description="Datofilteret gjelder fristen.",
)
@paginate(Page)
def list_follow_ups(request, filters: Query[ListFilters], status: ActionItem.Status | None = None):
    found = narrowed(_follow_ups(viewer(request).user), filters, "due")
    return found if status is None else found.filter(status=status)


@router.get("/follow-ups/{int:id}", response={200: FollowUpOut, **REFUSALS}, summary="Ett oppfølgingspunkt")
def get_follow_up(request, id: Id):
    return get_object_or_404(_follow_ups(viewer(request).user), pk=id)


@router.post(
    "/follow-ups/{int:id}/done",
    auth=TokenAuth(),
    response={200: FollowUpOut, **REFUSALS, 403: ErrorOut},
    summary="Merke et oppfølgingspunkt utført",
    description="Den ansvarlige, organets sekretær, leder og nestleder kan merke punktet utført.",
)
def mark_follow_up_done(request, id: Id):
    user = request.auth
    item = get_object_or_404(_follow_ups(user).select_related("body"), pk=id)
    person = getattr(user, "person", None)
    is_owner = person is not None and item.owner_person_id == person.pk
    if not (is_owner or rules.can_edit(user, item.body)):
        raise ApiError(403, _("Bare den ansvarlige og organets ledelse kan merke punktet utført."))
    if item.status != ActionItem.Status.DONE:
        minutes.mark_done(item)
    return item


def _deadlines(request):
    return policies.deadlines.visible(viewer(request).user, Deadline.objects.all())


@router.get(
    "/deadlines",
    response={200: list[DeadlineOut], **REFUSALS},
    summary="Frister",
    description="Datofilteret gjelder fristens dato.",
)
@paginate(Page)
def list_deadlines(request, filters: Query[ListFilters]):
    return narrowed(_deadlines(request), filters, "date")


@router.get("/deadlines/{int:id}", response={200: DeadlineOut, **REFUSALS}, summary="Én frist")
def get_deadline(request, id: Id):
    return get_object_or_404(_deadlines(request), pk=id)
