"""OParl 1.1 objects built for one reader: what motebok.access.policies lets that reader see, and nothing else.

Every reference an object carries points at something the same reader may open, so that a client walking from
/oparl/v1/system finds no dead link and no hidden thing. Exempt cases are named by their public title
(motebok.web.presenting), and their conclusions are left out, as on the meeting page.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from motebok.access import policies, rules
from motebok.documents.models import Document
from motebok.meetings.models import AgendaItem, Case, Meeting
from motebok.minutes import permissions
from motebok.minutes.models import Minutes
from motebok.registry.models import Body, Membership, Organisation, Person
from motebok.web.presenting import agenda_row

SCHEMA = "https://schema.oparl.org/1.1/"


def url(name: str, *args) -> str:
    """The absolute URL of an OParl object or list: the site's own address, so that ids never change."""
    return settings.SITE_URL + reverse(f"opendata:oparl:{name}", args=args)


def page_url(thing) -> str:
    return settings.SITE_URL + thing.get_absolute_url()


def _date_time(value: dt.datetime | None) -> str | None:
    return timezone.localtime(value).isoformat() if value else None


def _object(kind: str, id_: str, **properties) -> dict:
    """An OParl object: its id and type, then the properties that have a value."""
    found = {"id": id_, "type": SCHEMA + kind}
    found.update({key: value for key, value in properties.items() if value not in (None, "", [])})
    return found


@dataclass
class Reader:
    """Who is reading, with the answers of motebok.access asked once per request."""

    user: object
    _exempt: dict[int, bool] = field(default_factory=dict)

    def may_see_exempt(self, body: Body) -> bool:
        if body.pk not in self._exempt:
            self._exempt[body.pk] = rules.may_see_exempt(self.user, body)
        return self._exempt[body.pk]

    @cached_property
    def body_ids(self) -> set[int]:
        return set(policies.bodies.visible(self.user).values_list("pk", flat=True))

    @cached_property
    def meeting_ids(self) -> set[int]:
        return set(policies.meetings.visible(self.user).values_list("pk", flat=True))

    @cached_property
    def case_ids(self) -> set[int]:
        return set(policies.cases.visible(self.user).values_list("pk", flat=True))

    @cached_property
    def person_ids(self) -> set[int]:
        return set(policies.people.visible(self.user).values_list("pk", flat=True))

    @cached_property
    def membership_ids(self) -> set[int]:
        return set(policies.memberships.visible(self.user).values_list("pk", flat=True))

    @cached_property
    def represented_ids(self) -> set[int]:
        return set(policies.memberships.represented(self.user).values_list("pk", flat=True))


# The system and its one body.


def system(reader: Reader) -> dict:
    return _object(
        "System",
        url("system"),
        oparlVersion=SCHEMA,
        body=url("bodies"),
        name="Møtebok",
        website=settings.SITE_URL + reverse("front"),
        web=settings.SITE_URL + reverse("front"),
    )


BODY_LISTS = (
    "organization",
    "person",
    "meeting",
    "paper",
    "membership",
    "agendaItem",
    "consultation",
    "file",
    "locationList",
    "legislativeTermList",
)


def body(reader: Reader) -> dict:
    """Møtebok itself is the one OParl body: its networks, colleges and groups are its organisations."""
    found = _object(
        "Body",
        url("body"),
        system=url("system"),
        name="Møtebok",
        shortName="Møtebok",
        website=settings.SITE_URL + reverse("front"),
        classification="Interkommunalt samarbeid",
        web=settings.SITE_URL + reverse("front"),
    )
    found.update({name: url("list", name) for name in BODY_LISTS})
    found["legislativeTerm"] = []
    return found


# Organisations: the bodies of Møtebok, and the organisations their members represent.


def organization(reader: Reader, body: Body) -> dict:
    parent = body.parent if body.parent_id in reader.body_ids else None
    memberships = body.memberships.filter(pk__in=reader.membership_ids).order_by("pk")
    return _object(
        "Organization",
        url("organization", body.slug),
        body=url("body"),
        name=body.name,
        shortName=body.slug,
        organizationType="Gremium",  # OParl's own word for a council committee
        classification=body.get_kind_display(),
        subOrganizationOf=url("organization", parent.slug) if parent else None,
        membership=[url("membership", m.pk) for m in memberships],
        modified=_date_time(body.updated),
        web=page_url(body),
    )


def represented(reader: Reader, organisation: Organisation) -> dict:
    """A municipality or other organisation that a member sits for: outside Møtebok's own bodies."""
    return _object(
        "Organization",
        url("represented", organisation.pk),
        body=url("body"),
        name=organisation.name,
        organizationType="Institution",
        classification=organisation.get_kind_display(),
        startDate=organisation.valid_from.isoformat() if organisation.valid_from else None,
        endDate=organisation.valid_to.isoformat() if organisation.valid_to else None,
    )


def person(reader: Reader, person: Person) -> dict:
    contact = policies.people.shows_contact(reader.user, person)
    memberships = person.memberships.filter(pk__in=reader.membership_ids).select_related(
        "body", "organisation", "person"
    )
    return _object(
        "Person",
        url("person", person.pk),
        body=url("body"),
        name=person.name,
        email=[person.email] if contact and person.email else None,
        phone=[person.phone] if contact and person.phone else None,
        membership=[membership(reader, m) for m in memberships.order_by("pk")],
        modified=_date_time(person.updated),
    )


def membership(reader: Reader, membership: Membership) -> dict:
    on_behalf_of = (
        membership.organisation_id if membership.organisation_id in reader.represented_ids else None
    )
    return _object(
        "Membership",
        url("membership", membership.pk),
        person=url("person", membership.person_id),
        organization=url("organization", membership.body.slug),
        role=membership.get_role_display(),
        votingRight=membership.role not in (Membership.Role.OBSERVER, Membership.Role.ADVISER),
        startDate=membership.start.isoformat() if membership.start else None,
        endDate=membership.end.isoformat() if membership.end else None,
        onBehalfOf=url("represented", on_behalf_of) if on_behalf_of else None,
        modified=_date_time(membership.updated),
    )


# Meetings, their agenda, and the files of both.


def location(meeting: Meeting) -> dict | None:
    if not (meeting.place or meeting.address):
        return None
    return _object(
        "Location",
        url("location", meeting.pk),
        description=", ".join(part for part in (meeting.place, meeting.address) if part),
        streetAddress=meeting.address,
        room=meeting.place,
        meetings=[url("meeting", meeting.pk)],
    )


def meeting(reader: Reader, meeting: Meeting) -> dict:
    participants = meeting.attendance.filter(person_id__in=reader.person_ids).order_by("person__name")
    documents = policies.documents.visible(reader.user, meeting.documents.all()).order_by("pk")
    items = meeting.agenda.select_related("case__body", "meeting").order_by("order", "pk")
    return _object(
        "Meeting",
        url("meeting", meeting.pk),
        name=meeting.title or meeting.body.name,
        meetingState=meeting.get_status_display(),
        cancelled=meeting.status == Meeting.Status.CANCELLED,
        start=_date_time(meeting.start),
        end=_date_time(meeting.end),
        location=location(meeting),
        organization=[url("organization", meeting.body.slug)],
        participant=[url("person", a.person_id) for a in participants],
        invitation=invitation(reader, meeting),
        resultsProtocol=results_protocol(reader, meeting),
        auxiliaryFile=[file(reader, d) for d in documents],
        agendaItem=[agenda_item(reader, item) for item in items],
        modified=_date_time(meeting.updated),
        web=page_url(meeting),
    )


def agenda_item(reader: Reader, item: AgendaItem) -> dict:
    row = agenda_row(item, reader.may_see_exempt(item.meeting.body))
    documents = policies.documents.visible(reader.user, item.case.documents.filter(meeting=item.meeting))
    return _object(
        "AgendaItem",
        url("agendaItem", item.pk),
        meeting=url("meeting", item.meeting_id),
        number=row.case.number,
        order=item.order,
        name=row.case.title,
        public=not row.case.exempt,
        consultation=url("consultation", item.pk),
        result=row.case.status,
        resolutionText=row.conclusion,
        auxiliaryFile=[file(reader, d) for d in documents.order_by("pk")],
        modified=_date_time(item.updated),
        web=page_url(item.meeting),
    )


def consultation(reader: Reader, item: AgendaItem) -> dict:
    """A case on a meeting's agenda, seen from the case: Møtebok's consultations are its agenda items."""
    return _object(
        "Consultation",
        url("consultation", item.pk),
        paper=url("paper", item.case_id),
        agendaItem=url("agendaItem", item.pk),
        meeting=url("meeting", item.meeting_id),
        organization=[url("organization", item.meeting.body.slug)],
        authoritative=item.case.kind == Case.Kind.DECISION,
        role=item.case.get_kind_display(),
        modified=_date_time(item.updated),
    )


def paper(reader: Reader, case: Case) -> dict:
    view_exempt = reader.may_see_exempt(case.body)
    placements = case.placements.filter(meeting_id__in=reader.meeting_ids).select_related(
        "meeting__body", "case"
    )
    related = case.related_cases.filter(pk__in=reader.case_ids).order_by("pk")
    documents = policies.documents.visible(reader.user, case.documents.all()).order_by("pk")
    return _object(
        "Paper",
        url("paper", case.pk),
        body=url("body"),
        name=case.title_for(view_exempt),
        reference=case.number,
        date=timezone.localtime(case.created).date().isoformat() if case.created else None,
        paperType=case.get_kind_display(),
        relatedPaper=[url("paper", c.pk) for c in related],
        auxiliaryFile=[file(reader, d) for d in documents],
        underDirectionOf=[url("organization", case.body.slug)],
        consultation=[consultation(reader, item) for item in placements.order_by("meeting__start", "pk")],
        created=_date_time(case.created),
        modified=_date_time(case.updated),
        web=page_url(case),
    )


def file(reader: Reader, document: Document) -> dict:
    """A stored document the reader may download; its title is the full one only to those who may see it."""
    owner = document.owner_body
    title = document.title_for(owner is not None and reader.may_see_exempt(owner))
    name = document.original_name or (document.file.name.rsplit("/", 1)[-1] if document.file else "")
    download = settings.SITE_URL + reverse("document", args=[document.pk])
    return _object(
        "File",
        url("file", document.pk),
        name=title,
        fileName=name,
        mimeType=mimetypes.guess_type(name)[0] if name else None,
        date=timezone.localtime(document.created).date().isoformat() if document.created else None,
        accessUrl=download,
        downloadUrl=download,
        meeting=[url("meeting", document.meeting_id)] if document.meeting_id in reader.meeting_ids else None,
        paper=[url("paper", document.case_id)] if document.case_id in reader.case_ids else None,
        created=_date_time(document.created),
        modified=_date_time(document.updated),
    )


def invitation(reader: Reader, meeting: Meeting) -> dict:
    """The agenda as the invitation sends it, as PDF, to everyone who may see the meeting."""
    with meeting.body.in_written_standard():
        name = _("Innkalling og saksliste")
    return _object(
        "File",
        url("invitation", meeting.pk),
        name=name,
        fileName=f"saksliste-{meeting.pk}.pdf",
        mimeType="application/pdf",
        accessUrl=settings.SITE_URL + reverse("invitations:agenda_pdf", args=[meeting.pk]),
        meeting=[url("meeting", meeting.pk)],
    )


def results_protocol(reader: Reader, meeting: Meeting) -> dict | None:
    """The approved minutes as PDF, where the reader may read them; never a draft."""
    minutes = Minutes.objects.filter(meeting=meeting).first()
    if minutes is None or not permissions.may_read_published(reader.user, minutes):
        return None
    approval = minutes.approvals.order_by("-approved").first()
    with meeting.body.in_written_standard():
        name = _("Protokoll")
    return _object(
        "File",
        url("protocol", meeting.pk),
        name=name,
        fileName=f"protokoll-{meeting.pk}.pdf",
        mimeType="application/pdf",
        date=timezone.localtime(approval.approved).date().isoformat() if approval else None,
        accessUrl=settings.SITE_URL + reverse("minutes:pdf", args=[meeting.pk]),
        meeting=[url("meeting", meeting.pk)],
    )
