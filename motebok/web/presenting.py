"""Shape cases and agendas for display, so that exempt content never reaches a template it should not."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from motebok.access import policies
from motebok.documents.forms import DocumentAccessForm
from motebok.documents.models import Document
from motebok.meetings.models import AgendaItem, Case, Meeting


@dataclass(frozen=True)
class CaseView:
    pk: int
    number: str
    label: str
    title: str
    kind: str
    status: str
    body_name: str
    exempt: bool
    exemption_basis: str
    background: str  # empty when the reader may not see it


def case_view(case: Case, may_see_exempt: bool) -> CaseView:
    hidden = case.is_exempt and not may_see_exempt
    return CaseView(
        pk=case.pk,
        number=case.number,
        label=case.label,
        title=case.title_for(may_see_exempt),
        kind=case.get_kind_display(),
        status=case.get_status_display(),
        body_name=case.body.name,
        exempt=case.is_exempt,
        exemption_basis=case.exemption_basis,
        background="" if hidden else case.background,
    )


@dataclass(frozen=True)
class AgendaRow:
    case: CaseView
    meeting: Meeting
    notes: str
    conclusion: str


def agenda_row(item: AgendaItem, may_see_exempt: bool) -> AgendaRow:
    hidden = item.case.is_exempt and not may_see_exempt
    return AgendaRow(
        case=case_view(item.case, may_see_exempt),
        meeting=item.meeting,
        notes="" if hidden else item.notes,
        conclusion="" if hidden else item.conclusion,
    )


def agenda_items(meetings: list[Meeting]) -> dict[int, list[AgendaItem]]:
    """Each meeting's agenda items in order, with their cases: one query for all the meetings."""
    agendas: dict[int, list[AgendaItem]] = {}
    for item in (
        AgendaItem.objects.filter(meeting__in=meetings)
        .select_related("case__body", "meeting")
        .order_by("order", "id")
    ):
        agendas.setdefault(item.meeting_id, []).append(item)
    return agendas


def agenda_for(meeting: Meeting, may_see_exempt: bool) -> list[AgendaRow]:
    return [agenda_row(item, may_see_exempt) for item in agenda_items([meeting]).get(meeting.pk, [])]


def documents_for(
    user, documents: QuerySet, can_edit: bool
) -> list[tuple[Document, DocumentAccessForm | None]]:
    """Documents the user may see listed and download (exempt ones only for those who may see exempt material),
    each with the form that sets its public access for those who edit the body."""
    shown = policies.documents.visible(user, documents).select_related("case")
    return [(document, DocumentAccessForm(instance=document) if can_edit else None) for document in shown]
