"""Meetings, agenda items and cases with their conclusions; a member proposes a case and answers an invitation."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Query, Router, Status
from ninja.pagination import paginate

from motebok.access import policies, rules
from motebok.api.auth import TokenAuth, viewer
from motebok.api.errors import ApiError, ErrorOut
from motebok.api.routes.common import REFUSALS, Id, ListFilters, Page, narrowed
from motebok.api.schemas import AgendaItemOut, AnswerIn, AnswerOut, CaseOut, CaseProposalIn, MeetingOut
from motebok.invitations import services as invitations
from motebok.meetings.models import AgendaItem, Case, Meeting
from motebok.opendata import einnsyn
from motebok.planning import cases as planning

router = Router(tags=["Møter og saker"])
WRITE_REFUSALS = {**REFUSALS, 403: ErrorOut, 409: ErrorOut}


def _meetings(request):
    return policies.meetings.visible(viewer(request).user, Meeting.objects.select_related("host", "body"))


@router.get("/meetings", response={200: list[MeetingOut], **REFUSALS}, summary="Møter")
@paginate(Page)
def list_meetings(request, filters: Query[ListFilters]):
    return narrowed(_meetings(request), filters, "start__date")


@router.get("/meetings/{int:id}", response={200: MeetingOut, **REFUSALS}, summary="Ett møte")
def get_meeting(request, id: Id):
    return get_object_or_404(_meetings(request), pk=id)


@router.get(
    "/meetings/{int:id}/einnsyn",
    response={200: dict, **REFUSALS},
    summary="Møtet som eInnsyn-møtemappe",
    description="Møtemappen med møtesaker, vedtak, dokumenter og deltakere slik eInnsyn navngir dem, bygd av det "
    "alle kan se. Bare offentlige møter; andre gir 404.",
)
def get_meeting_einnsyn(request, id: Id):
    meeting = get_object_or_404(_meetings(request), pk=id)
    try:
        return einnsyn.moetemappe(meeting)
    except einnsyn.NotPublic:
        raise Http404 from None


def _agenda_items(request):
    visible = policies.meetings.visible(viewer(request).user).values("pk")
    return AgendaItem.objects.filter(meeting__in=visible).select_related("case__body")


@router.get("/agenda-items", response={200: list[AgendaItemOut], **REFUSALS}, summary="Saker på sakslister")
@paginate(Page)
def list_agenda_items(request, filters: Query[ListFilters], meeting: Id | None = None):
    items = narrowed(_agenda_items(request), filters, "meeting__start__date", body_field="meeting__body")
    return items if meeting is None else items.filter(meeting=meeting)


@router.get(
    "/agenda-items/{int:id}", response={200: AgendaItemOut, **REFUSALS}, summary="Én sak på en saksliste"
)
def get_agenda_item(request, id: Id):
    return get_object_or_404(_agenda_items(request), pk=id)


def _cases(request):
    return policies.cases.visible(viewer(request).user, Case.objects.select_related("body"))


@router.get(
    "/cases",
    response={200: list[CaseOut], **REFUSALS},
    summary="Saker",
    description="Saker unntatt offentlighet vises med offentlig tittel og uten tekst for andre enn organets medlemmer.",
)
@paginate(Page)
def list_cases(request, filters: Query[ListFilters], status: Case.Status | None = None):
    # A case has changed when its own row has, or what a meeting concluded on it.
    found = narrowed(_cases(request), filters.model_copy(update={"updated_since": None}), "created__date")
    if filters.updated_since is not None:
        since = filters.updated_since
        found = found.filter(Q(updated__gte=since) | Q(placements__updated__gte=since)).distinct()
    return found if status is None else found.filter(status=status)


@router.get("/cases/{int:id}", response={200: CaseOut, **REFUSALS}, summary="Én sak")
def get_case(request, id: Id):
    return get_object_or_404(_cases(request), pk=id)


@router.post(
    "/cases",
    auth=TokenAuth(),
    response={201: CaseOut, **WRITE_REFUSALS},
    summary="Foreslå en sak",
    description="Et medlem foreslår en sak for organet; sekretariatet avgjør forslaget senere.",
)
def propose_case(request, proposal: CaseProposalIn):
    user = request.auth
    body = policies.bodies.visible(user).filter(pk=proposal.body_id).first()
    if body is None:
        raise ApiError(422, _("Fant ikke organet."), field="body_id")
    if not rules.can_propose(user, body):
        raise ApiError(403, _("Bare organets medlemmer kan foreslå saker."), field="body_id")
    wished = None
    if proposal.wished_meeting_id is not None:
        wished = Meeting.objects.filter(pk=proposal.wished_meeting_id, body=body).first()
        if wished is None:
            raise ApiError(422, _("Det ønskede møtet hører ikke til organet."), field="wished_meeting_id")
    case = planning.propose_case(
        body,
        getattr(user, "person", None),
        title=proposal.title,
        background=proposal.background,
        kind=proposal.kind,
        wished_meeting=wished,
    )
    return Status(201, case)


@router.post(
    "/meetings/{int:id}/answer",
    auth=TokenAuth(),
    response={200: AnswerOut, **WRITE_REFUSALS},
    summary="Svare på en innkalling",
    description="Medlemmet svarer for seg selv: kommer, forfall, eller sender stedfortreder (navn påkrevd).",
)
def answer_invitation(request, id: Id, answer: AnswerIn):
    user = request.auth
    meeting = get_object_or_404(
        policies.meetings.visible(user, Meeting.objects.select_related("body")), pk=id
    )
    person = getattr(user, "person", None)
    if person is None or not rules.is_member(user, meeting.body):
        raise ApiError(403, _("Bare organets medlemmer svarer på innkallingen."))
    if answer.response == "substitute" and not answer.substitute_name.strip():
        raise ApiError(422, _("Skriv navnet på stedfortrederen."), field="substitute_name")
    if answer.substitute_email:
        try:
            validate_email(answer.substitute_email)
        except DjangoValidationError:
            raise ApiError(422, _("E-postadressen er ikke gyldig."), field="substitute_email") from None
    try:
        recorded = invitations.record_answer(
            invitations.answer_for(meeting, person),
            answer.response,
            answer.substitute_name,
            answer.substitute_email,
            answer.comment,
        )
    except invitations.InvitationError as error:
        raise ApiError(409, str(error)) from None
    return recorded
