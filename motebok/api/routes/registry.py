"""Bodies, mandates, memberships and people, as the reader may see them."""

from django.shortcuts import get_object_or_404
from ninja import Query, Router
from ninja.pagination import paginate

from motebok.access import policies
from motebok.api.auth import viewer
from motebok.api.routes.common import REFUSALS, Id, ListFilters, Moment, Page, narrowed
from motebok.api.schemas import BodyOut, MandateOut, MembershipOut, PersonOut
from motebok.registry.models import Mandate, Membership, Person

router = Router(tags=["Organer og personer"])


@router.get("/bodies", response={200: list[BodyOut], **REFUSALS}, summary="Organer")
@paginate(Page)
def list_bodies(request, updated_since: Moment | None = None):
    found = policies.bodies.visible(viewer(request).user)
    return found if updated_since is None else found.filter(updated__gte=updated_since)


@router.get("/bodies/{int:id}", response={200: BodyOut, **REFUSALS}, summary="Ett organ")
def get_body(request, id: Id):
    return get_object_or_404(policies.bodies.visible(viewer(request).user), pk=id)


def _mandates(request):
    visible = policies.bodies.visible(viewer(request).user)
    return Mandate.objects.filter(body__in=visible.values("pk"))


@router.get("/mandates", response={200: list[MandateOut], **REFUSALS}, summary="Mandater")
@paginate(Page)
def list_mandates(request, filters: Query[ListFilters]):
    return narrowed(_mandates(request), filters, "adopted")


@router.get("/mandates/{int:id}", response={200: MandateOut, **REFUSALS}, summary="Ett mandat")
def get_mandate(request, id: Id):
    return get_object_or_404(_mandates(request), pk=id)


def _memberships(request):
    visible = policies.memberships.visible(viewer(request).user, Membership.objects.all())
    return visible.select_related("person", "organisation")


@router.get("/memberships", response={200: list[MembershipOut], **REFUSALS}, summary="Medlemskap")
@paginate(Page)
def list_memberships(
    request, body: Id | None = None, person: Id | None = None, updated_since: Moment | None = None
):
    memberships = _memberships(request)
    if updated_since is not None:
        memberships = memberships.filter(updated__gte=updated_since)
    if body is not None:
        memberships = memberships.filter(body=body)
    if person is not None:
        memberships = memberships.filter(person=person)
    return memberships


@router.get("/memberships/{int:id}", response={200: MembershipOut, **REFUSALS}, summary="Ett medlemskap")
def get_membership(request, id: Id):
    return get_object_or_404(_memberships(request), pk=id)


@router.get(
    "/people",
    response={200: list[PersonOut], **REFUSALS},
    summary="Personer",
    description="Navn og roller for alle; e-post, telefon og tittel bare for dem som sitter i et organ med personen.",
)
@paginate(Page)
def list_people(request, body: Id | None = None, updated_since: Moment | None = None):
    user = viewer(request).user
    people = policies.people.visible(user)
    if updated_since is not None:
        people = people.filter(updated__gte=updated_since)
    if body is not None:
        seats = policies.memberships.visible(user, Membership.objects.filter(body=body))
        people = people.filter(pk__in=seats.values("person"))
    return people


@router.get("/people/{int:id}", response={200: PersonOut, **REFUSALS}, summary="Én person")
def get_person(request, id: Id):
    return get_object_or_404(policies.people.visible(viewer(request).user, Person.objects.all()), pk=id)
