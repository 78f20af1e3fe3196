"""What the API answers with. Fields that depend on the reader (titles and texts of exempt cases, contact details,
the link to a digital meeting) are resolved per request through motebok.access, never read straight off a row."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from django.urls import reverse
from ninja import Field, Schema

from motebok.access import policies
from motebok.api.auth import viewer
from motebok.documents.models import Document
from motebok.invitations.models import Answer
from motebok.meetings.models import ActionItem, AgendaItem, Case, Meeting
from motebok.registry.models import Body, Membership, Person


def _absolute(context, path: str) -> str:
    return context["request"].build_absolute_uri(path)


class BodyOut(Schema):
    id: int
    updated: dt.datetime
    slug: str
    name: str
    kind: str
    parent_id: int | None
    description: str
    is_public: bool
    url: str

    @staticmethod
    def resolve_url(body: Body, context) -> str:
        return _absolute(context, body.get_absolute_url())


class MandateOut(Schema):
    id: int
    updated: dt.datetime
    body_id: int
    text: str
    adopted: dt.date | None
    digital_meetings_per_month: int
    digital_meeting_max_minutes: int | None
    physical_gatherings_per_year: int
    substitute_rule: str


class MembershipOut(Schema):
    id: int
    updated: dt.datetime
    body_id: int
    person_id: int
    person_name: str = Field(..., alias="person.name")
    role: str
    organisation_id: int | None
    organisation_name: str | None

    start: dt.date | None
    end: dt.date | None

    @staticmethod
    def resolve_organisation_name(membership: Membership) -> str | None:
        return membership.organisation.name if membership.organisation else None


class PersonOut(Schema):
    """A person by name and roles; e-mail, telephone and title only for those who sit in a body with them."""

    id: int
    updated: dt.datetime
    name: str
    memberships: list[MembershipOut]
    email: str | None
    phone: str | None
    title: str | None

    @staticmethod
    def resolve_memberships(person: Person, context) -> list[Membership]:
        shown = policies.memberships.visible(viewer(context["request"]).user, person.memberships.all())
        return list(shown.select_related("person", "organisation"))

    @staticmethod
    def _contact(person: Person, context, value: str) -> str | None:
        return value if viewer(context["request"]).shows_contact(person.pk) else None

    @staticmethod
    def resolve_email(person: Person, context) -> str | None:
        return PersonOut._contact(person, context, person.email)

    @staticmethod
    def resolve_phone(person: Person, context) -> str | None:
        return PersonOut._contact(person, context, person.phone)

    @staticmethod
    def resolve_title(person: Person, context) -> str | None:
        return PersonOut._contact(person, context, person.title)


class MeetingOut(Schema):
    id: int
    updated: dt.datetime
    body_id: int
    year: int
    number: int | None
    display_number: str
    title: str
    start: dt.datetime
    end: dt.datetime | None
    kind: str
    format: str
    place: str
    address: str
    host_name: str | None
    online_link: str | None
    status: str
    is_published: bool
    url: str

    @staticmethod
    def resolve_host_name(meeting: Meeting) -> str | None:
        return meeting.host.name if meeting.host else None

    @staticmethod
    def resolve_online_link(meeting: Meeting, context) -> str | None:
        shown = policies.meetings.shows_online_link(viewer(context["request"]).user, meeting)
        return meeting.online_link if shown and meeting.online_link else None

    @staticmethod
    def resolve_url(meeting: Meeting, context) -> str:
        return _absolute(context, meeting.get_absolute_url())


def _hidden(case: Case, context) -> bool:
    """The case is exempt and the reader may not see what is exempt."""
    return case.is_exempt and not viewer(context["request"]).may_see_exempt(case.body_id)


class AgendaItemOut(Schema):
    id: int
    updated: dt.datetime
    meeting_id: int
    case_id: int
    order: int
    case_number: str
    title: str
    exempt: bool
    notes: str
    conclusion: str

    @staticmethod
    def resolve_case_number(item: AgendaItem) -> str:
        return item.case.number

    @staticmethod
    def resolve_title(item: AgendaItem, context) -> str:
        return item.case.title_for(not _hidden(item.case, context))

    @staticmethod
    def resolve_exempt(item: AgendaItem) -> bool:
        return item.case.is_exempt

    @staticmethod
    def resolve_notes(item: AgendaItem, context) -> str:
        return "" if _hidden(item.case, context) else item.notes

    @staticmethod
    def resolve_conclusion(item: AgendaItem, context) -> str:
        return "" if _hidden(item.case, context) else item.conclusion


class ConclusionOut(Schema):
    meeting_id: int
    agenda_item_id: int
    conclusion: str


class CaseOut(Schema):
    id: int
    updated: dt.datetime
    body_id: int
    year: int | None
    sequence: int | None
    number: str
    title: str
    kind: str
    status: str
    exempt: bool
    exemption_basis: str
    background: str
    created: dt.datetime
    conclusions: list[ConclusionOut]
    url: str

    @staticmethod
    def resolve_title(case: Case, context) -> str:
        return case.title_for(not _hidden(case, context))

    @staticmethod
    def resolve_exempt(case: Case) -> bool:
        return case.is_exempt

    @staticmethod
    def resolve_exemption_basis(case: Case) -> str:
        return case.exemption_basis if case.is_exempt else ""

    @staticmethod
    def resolve_background(case: Case, context) -> str:
        return "" if _hidden(case, context) else case.background

    @staticmethod
    def resolve_conclusions(case: Case, context) -> list[dict]:
        """What each meeting the reader may open concluded, in the order of the meetings."""
        if _hidden(case, context):
            return []
        user = viewer(context["request"]).user
        items = case.placements.filter(meeting__in=policies.meetings.visible(user).values("pk"))
        return [
            {"meeting_id": item.meeting_id, "agenda_item_id": item.pk, "conclusion": item.conclusion}
            for item in items.exclude(conclusion="").order_by("meeting__start")
        ]

    @staticmethod
    def resolve_url(case: Case, context) -> str:
        return _absolute(context, case.get_absolute_url())


class FollowUpOut(Schema):
    id: int
    updated: dt.datetime
    body_id: int
    what: str
    owner: str
    owner_person_id: int | None
    due: dt.date | None
    status: str
    completed: dt.date | None
    case_id: int | None
    meeting_id: int | None

    @staticmethod
    def resolve_owner(item: ActionItem) -> str:
        return item.owner


class DeadlineOut(Schema):
    id: int
    updated: dt.datetime
    body_id: int
    what: str
    date: dt.date
    kind: str
    source: str
    case_id: int | None
    meeting_id: int | None


class DocumentOut(Schema):
    id: int
    updated: dt.datetime
    title: str
    kind: str
    file_type: str
    original_name: str
    sha256: str
    body_id: int | None
    meeting_id: int | None
    case_id: int | None
    created: dt.datetime
    download_url: str | None

    @staticmethod
    def resolve_title(document: Document, context) -> str:
        owner = document.owner_body
        return document.title_for(owner is not None and viewer(context["request"]).may_see_exempt(owner.pk))

    @staticmethod
    def resolve_download_url(document: Document, context) -> str | None:
        if not document.file:
            return None
        return _absolute(context, reverse("api-1:document_file", args=[document.pk]))


class HitOut(Schema):
    kind: str
    title: str
    label: str
    body_name: str
    dated: dt.datetime
    url: str
    snippet: str
    citation: str


class SearchOut(Schema):
    next: str | None
    results: list[HitOut]


# PostgreSQL stores no NUL character in text.
NO_NUL = r"^[^\x00]*$"


class CaseProposalIn(Schema):
    body_id: int
    title: str = Field(..., min_length=1, max_length=300, pattern=NO_NUL)
    background: str = Field("", max_length=20_000, pattern=NO_NUL)
    kind: Literal[tuple(Case.Kind.values)] = Case.Kind.ORIENTATION  # type: ignore[valid-type]
    wished_meeting_id: int | None = None


class AnswerIn(Schema):
    response: Literal["attending", "absent", "substitute"]
    substitute_name: str = Field("", max_length=200, pattern=NO_NUL)
    substitute_email: str = Field("", max_length=254, pattern=NO_NUL)
    comment: str = Field("", max_length=2000, pattern=NO_NUL)


class AnswerOut(Schema):
    meeting_id: int
    person_id: int
    response: str
    substitute_name: str | None
    comment: str
    answered: dt.datetime | None

    @staticmethod
    def resolve_substitute_name(answer: Answer) -> str | None:
        return answer.substitute.name if answer.substitute else None
