"""One policy per kind of thing: "may this user see it" and "which of them may this user see", from one object.

As wagtail's permission policies do, each policy builds the queryset of what a user may see, and the single check
asks that same queryset, so that a page, a feed, a PDF and a search result cannot disagree. Site staff see
everything; a body's active members see all of their body's things; everyone else what the body has published.
"""

from __future__ import annotations

from django.db.models import F, Model, Q, QuerySet

from motebok.access import per_request, rules
from motebok.documents.models import Document
from motebok.meetings.access import Access
from motebok.meetings.models import ActionItem, AgendaItem, Case, Deadline, Meeting
from motebok.programmes.models import Grant, Programme, Project, Report
from motebok.registry.models import Body, Membership, Organisation, Person


class Policy:
    """What a user may see of one model: `visible` for lists, `can_see` for one thing."""

    model: type[Model]

    def outsiders_see(self, user) -> Q:
        """What someone who is not a member of the thing's body may see."""
        raise NotImplementedError

    def own_bodies(self, body_ids: set[int]) -> Q:
        """The things of these bodies."""
        raise NotImplementedError

    def visible(self, user, queryset: QuerySet | None = None) -> QuerySet:
        queryset = self.model.objects.all() if queryset is None else queryset
        if user.is_authenticated and user.is_staff:
            return queryset
        return queryset.filter(self.own_bodies(rules.member_body_ids(user)) | self.outsiders_see(user))

    def can_see(self, user, thing) -> bool:
        if thing is None or thing.pk is None:
            return False
        return per_request.recall(
            ("can_see", self.model, user.pk, thing.pk),
            lambda: self.visible(user, self.model.objects.filter(pk=thing.pk)).exists(),
        )


class BodyPolicy(Policy):
    model = Body

    def own_bodies(self, body_ids):
        return Q(pk__in=body_ids)

    def outsiders_see(self, user):
        return Q(is_public=True)


class MeetingPolicy(Policy):
    """Meetings: the published ones of public bodies."""

    model = Meeting

    def own_bodies(self, body_ids):
        return Q(body__in=body_ids)

    def outsiders_see(self, user, prefix: str = ""):
        return Q(**{f"{prefix}body__is_public": True, f"{prefix}is_published": True})

    def shows_online_link(self, user, meeting: Meeting) -> bool:
        """The link to a digital meeting is for the body's members, and for everyone where the body says so."""
        return meeting.body.publish_online_link or rules.is_member(user, meeting.body)


class AgendaItemPolicy(Policy):
    """A case's place on an agenda: wherever the meeting may be seen (exempt cases by their public title)."""

    model = AgendaItem

    def own_bodies(self, body_ids):
        return Q(meeting__body__in=body_ids)

    def outsiders_see(self, user):
        return MeetingPolicy().outsiders_see(user, prefix="meeting__")


class CasePolicy(Policy):
    """Cases: those placed on a published meeting of a public body (exempt ones by their public title)."""

    model = Case

    def own_bodies(self, body_ids):
        return Q(body__in=body_ids)

    def outsiders_see(self, user):
        return Q(body__is_public=True, placements__meeting__is_published=True)

    def visible(self, user, queryset=None):
        # The join through placements repeats a case once per published meeting.
        return super().visible(user, queryset).distinct()


def _settled_minutes(prefix: str = "") -> Q:
    """The meeting's minutes are approved and no newer draft waits: what they record may be shown."""
    return Q(**{f"{prefix}status": Meeting.Status.APPROVED}) & (
        Q(**{f"{prefix}minutes__isnull": True})
        | Q(**{f"{prefix}minutes__approved_revision": F(f"{prefix}minutes__revision")})
    )


def _open_case(prefix: str = "case__") -> Q:
    """No case, or an open case anyone may open."""
    return Q(**{f"{prefix}isnull": True}) | (
        ~Q(**{f"{prefix}access": Access.EXEMPT})
        & Q(**{f"{prefix}body__is_public": True, f"{prefix}placements__meeting__is_published": True})
    )


class RecordedPolicy(Policy):
    """Follow-ups and deadlines: of a public body, not of an exempt case, and when recorded at a meeting, only
    once the meeting is published and its minutes are approved with no newer draft."""

    def own_bodies(self, body_ids):
        return Q(body__in=body_ids)

    def outsiders_see(self, user):
        from_meeting = Q(meeting__isnull=True) | (
            MeetingPolicy().outsiders_see(user, prefix="meeting__") & _settled_minutes("meeting__")
        )
        return Q(body__is_public=True) & from_meeting & _open_case()

    def visible(self, user, queryset=None):
        return super().visible(user, queryset).distinct()


class FollowUpPolicy(RecordedPolicy):
    model = ActionItem


class DeadlinePolicy(RecordedPolicy):
    model = Deadline


def exempt_document() -> Q:
    """Documents that are exempt: marked so, or following an exempt case."""
    return Q(access=Access.EXEMPT) | Q(access=Document.AS_CASE, case__access=Access.EXEMPT)


class DocumentPolicy(Policy):
    """Documents to list by title and download: a body's own, and open ones of public bodies where published.

    A document belongs to its own body, or else to its meeting's; with neither it is for site staff only.
    """

    model = Document

    def own_bodies(self, body_ids):
        return Q(body__in=body_ids) | Q(body__isnull=True, meeting__body__in=body_ids)

    def outsiders_see(self, user):
        return ~exempt_document() & self._published(user)

    def _published(self, user) -> Q:
        """Published itself (imported documents wait for the secretary), in a public body, where published."""
        of_public_body = Q(body__is_public=True) | Q(body__isnull=True, meeting__body__is_public=True)
        published = Q(meeting__is_published=True) | Q(
            meeting__isnull=True, case__in=cases.visible(user).values("pk")
        )
        return Q(is_published=True) & of_public_body & published

    def listed(self, user, queryset: QuerySet | None = None) -> QuerySet:
        """Documents whose title the user may see listed: those they may open, and exempt ones by their
        public title wherever the same document, open, could be opened."""
        queryset = self.model.objects.all() if queryset is None else queryset
        if user.is_authenticated and user.is_staff:
            return queryset
        return queryset.filter(self.own_bodies(rules.member_body_ids(user)) | self._published(user))


class ExemptContentPolicy:
    """Who reads exempt material of a body: its own members and site staff."""

    def can_see(self, user, body: Body) -> bool:
        return rules.is_member(user, body)

    def visible(self, user) -> QuerySet[Body]:
        """The bodies whose exempt material the user may read."""
        if user.is_authenticated and user.is_staff:
            return Body.objects.all()
        return Body.objects.filter(pk__in=rules.member_body_ids(user))


class EditingPolicy:
    """Who changes a body and everything of it (settings, mandate, members, sub-bodies, meetings, cases, minutes,
    history): its secretaries, chair and deputy chair, those of any body above it, and site staff.

    A secretary who creates a working group keeps managing it, whoever becomes its own secretary.
    """

    def editable(self, user) -> QuerySet[Body]:
        if user.is_authenticated and user.is_staff:
            return Body.objects.all()
        return Body.objects.filter(pk__in=self._body_ids(user))

    def can_edit(self, user, body: Body) -> bool:
        if user.is_authenticated and user.is_staff:
            return True
        return body.pk in self._body_ids(user)

    @staticmethod
    def _body_ids(user) -> set[int]:
        """The bodies the user edits by her own role, and every body below those."""
        found = rules.editing_body_ids(user)
        if not found:
            return found
        children = per_request.recall("children", _children)
        frontier = list(found)
        while frontier:
            for child in children.get(frontier.pop(), []):
                if child not in found:
                    found.add(child)
                    frontier.append(child)
        return found


def _children() -> dict[int, list[int]]:
    """Every body's sub-bodies, by the parent's id."""
    children: dict[int, list[int]] = {}
    for pk, parent_id in Body.objects.filter(parent__isnull=False).values_list("pk", "parent_id"):
        children.setdefault(parent_id, []).append(pk)
    return children


class MembershipPolicy(Policy):
    """Memberships: the active ones of every body the user may see (as its page lists them), and the ended ones
    of the bodies the user manages."""

    model = Membership

    def visible(self, user, queryset=None):
        queryset = self.model.objects.all() if queryset is None else queryset
        if user.is_authenticated and user.is_staff:
            return queryset
        return queryset.filter(
            (Q(body__in=bodies.visible(user).values("pk")) & rules.active())
            | Q(body__in=editing.editable(user).values("pk"))
        )

    def represented(self, user) -> QuerySet[Organisation]:
        """The organisations (municipalities, mostly) that the memberships the user may see represent."""
        return Organisation.objects.filter(pk__in=self.visible(user).values("organisation"))


class PersonPolicy(Policy):
    """People by name and role: those with a membership the user may see. Their e-mail address and telephone
    number only for those who sit in a body with them (`shows_contact`)."""

    model = Person

    def visible(self, user, queryset=None):
        queryset = self.model.objects.all() if queryset is None else queryset
        if user.is_authenticated and user.is_staff:
            return queryset
        return queryset.filter(pk__in=memberships.visible(user).values("person"))

    def contacts(self, user, queryset: QuerySet | None = None) -> QuerySet:
        """The people whose contact details the user may read: active members of the user's own bodies."""
        queryset = self.model.objects.all() if queryset is None else queryset
        if user.is_authenticated and user.is_staff:
            return queryset
        fellows = Membership.objects.filter(rules.active(), body__in=rules.member_body_ids(user))
        return queryset.filter(pk__in=fellows.values("person"))

    def shows_contact(self, user, person: Person) -> bool:
        return self.contacts(user, self.model.objects.filter(pk=person.pk)).exists()


class ProgrammePolicy:
    """Programmes, and the projects in them, are seen by whoever may see the programme's body."""

    def visible(self, user, queryset: QuerySet | None = None) -> QuerySet[Programme]:
        queryset = Programme.objects.all() if queryset is None else queryset
        return queryset.filter(body__in=bodies.visible(user))

    def can_see(self, user, programme: Programme) -> bool:
        return (
            programme is not None and self.visible(user, Programme.objects.filter(pk=programme.pk)).exists()
        )

    def visible_projects(self, user, queryset: QuerySet | None = None) -> QuerySet[Project]:
        queryset = Project.objects.all() if queryset is None else queryset
        return queryset.filter(participant__programme__in=self.visible(user))


def _speaking_for(user, prefix: str) -> Q:
    """Things of a participant the user is project leader or contact person for."""
    return Q(**{f"{prefix}project__leader__user": user}) | Q(
        **{f"{prefix}project__contacts__person__user": user}
    )


class OwnParticipantPolicy:
    """What belongs to one programme participant: for the programme's secretariat and for the participant's own
    project leader and contact people; `published` says what anyone who sees the programme may read as well."""

    model: type[Model]
    programme: str
    participant: str

    def published(self) -> Q:
        return Q(pk__in=[])

    def visible(self, user, queryset: QuerySet | None = None) -> QuerySet:
        queryset = self.model.objects.all() if queryset is None else queryset
        if user.is_authenticated and user.is_staff:
            return queryset
        seen = self.published() & Q(**{f"{self.programme}__body__in": bodies.visible(user)})
        if user.is_authenticated:
            seen |= Q(**{f"{self.programme}__body__in": editing.editable(user)})
            seen |= _speaking_for(user, self.participant)
        return queryset.filter(seen).distinct()

    def can_see(self, user, thing) -> bool:
        if thing is None or thing.pk is None:
            return False
        return self.visible(user, self.model.objects.filter(pk=thing.pk)).exists()


class ReportPolicy(OwnParticipantPolicy):
    """Reports: the secretariat's and the participant's until published; then everyone's who sees the programme."""

    model = Report
    programme = "reporting_round__programme"
    participant = "participant__"

    def published(self) -> Q:
        return Q(is_published=True)


class GrantPolicy(OwnParticipantPolicy):
    """Grants: for the secretariat and the participant."""

    model = Grant
    programme = "project__participant__programme"
    participant = "project__participant__"


bodies = BodyPolicy()
meetings = MeetingPolicy()
cases = CasePolicy()
agenda_items = AgendaItemPolicy()
documents = DocumentPolicy()
follow_ups = FollowUpPolicy()
deadlines = DeadlinePolicy()
exempt = ExemptContentPolicy()
editing = EditingPolicy()
memberships = MembershipPolicy()
people = PersonPolicy()
programmes = ProgrammePolicy()
reports = ReportPolicy()
grants = GrantPolicy()
