"""The registry's writes: bodies, mandates, people and memberships, each in one transaction."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from motebok.registry.models import Body, Mandate, Membership, Organisation, Person


class RegistryError(Exception):
    """A refused change, with a message for the user."""


class StaleEdit(RegistryError):
    """Someone else saved the object after this form was loaded."""

    def __init__(self):
        super().__init__(
            _(
                "Noen andre har lagret endringer etter at du åpnet skjemaet. Endringene dine er ikke lagret. "
                "Last siden på nytt og gjør endringene igjen."
            )
        )


def claim_version(model, pk: int, loaded_version: int) -> None:
    """Raise the row's version if it is still the one the form was loaded with; else refuse the save."""
    if not model.objects.filter(pk=pk, version=loaded_version).update(version=F("version") + 1):
        raise StaleEdit


def _free_slug(name: str) -> str:
    base = slugify(name.replace("ø", "o").replace("æ", "ae").replace("å", "a"))[:70] or "organ"
    slug, n = base, 2
    while Body.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def create_body(
    *, name: str, kind: str, secretaries: list[Person], parent: Body | None = None, **fields
) -> Body:
    """Create a body with its secretaries, who from then on manage it."""
    body = Body.objects.create(name=name, kind=kind, parent=parent, slug=_free_slug(name), **fields)
    today = timezone.localdate()
    for person in secretaries:
        Membership.objects.create(body=body, person=person, role=Membership.Role.SECRETARY, start=today)
    return body


BODY_FIELDS = (
    "name",
    "kind",
    "description",
    "case_number_format",
    "written_standard",
    "is_public",
    "secretariat",
)


@transaction.atomic
def update_body(body: Body, *, loaded_version: int, municipalities=None, **fields) -> Body:
    """Save the body's settings, refusing if someone else saved since the form was loaded."""
    claim_version(Body, body.pk, loaded_version)
    for name, value in fields.items():
        if name not in BODY_FIELDS:
            raise ValueError(f"{name} is not an editable field of a body")
        setattr(body, name, value)
    body.version = loaded_version + 1
    body.save()
    if municipalities is not None:
        body.municipalities.set(municipalities)
    return body


@transaction.atomic
def adopt_mandate(body: Body, **fields) -> Mandate:
    """Add a new version of the body's mandate; earlier versions stay as they were."""
    return Mandate.objects.create(body=body, **fields)


@transaction.atomic
def find_or_create_person(name: str, email: str, organisation: Organisation | None = None) -> Person:
    """The person with this e-mail address if there is one, else a new one: one address never makes two people."""
    email = email.strip()
    if email:
        found = Person.objects.select_for_update().filter(email__iexact=email).order_by("pk").first()
        if found is not None:
            return found
    return Person.objects.create(name=name.strip(), email=email, organisation=organisation)


@transaction.atomic
def find_or_create_organisation(name: str) -> Organisation:
    """The organisation of that name (a current one first), else a new one of kind "other"."""
    name = name.strip()
    found = Organisation.objects.filter(name__iexact=name).order_by("valid_to", "pk")
    current = found.filter(valid_to__isnull=True).first() or found.first()
    kind = Organisation.Kind.KS if name.upper() == "KS" else Organisation.Kind.OTHER
    return current or Organisation.objects.create(name=name, kind=kind)


def municipalities_on(day: dt.date):
    """Municipalities that existed on the day: the only ones a host or a represented seat may be."""
    return Organisation.objects.filter(kind=Organisation.Kind.MUNICIPALITY).filter(
        Q(valid_from__isnull=True) | Q(valid_from__lte=day), Q(valid_to__isnull=True) | Q(valid_to__gte=day)
    )


@transaction.atomic
def add_membership(
    body: Body,
    person: Person,
    *,
    role: str,
    organisation: Organisation | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Membership:
    """Give a person a role in a body; the organisation represented must exist on the start date."""
    day = start or timezone.localdate()
    if organisation is not None and not organisation.existed_on(day):
        raise RegistryError(
            _("%(org)s fantes ikke %(day)s.") % {"org": organisation.name, "day": day.strftime("%d.%m.%Y")}
        )
    if end is not None and start is not None and end < start:
        raise RegistryError(_("Sluttdatoen kan ikke være før startdatoen."))
    active = body.memberships.filter(person=person, role=role).filter(Q(end__isnull=True) | Q(end__gte=day))
    if active.exists():
        raise RegistryError(
            _("%(name)s er allerede registrert med denne rollen i %(body)s.")
            % {"name": person.name, "body": body}
        )
    _check_seat_is_free(body, organisation, role, day)
    return Membership.objects.create(
        body=body, person=person, role=role, organisation=organisation, start=start, end=end
    )


@transaction.atomic
def add_member(body: Body, name: str, email: str, *, organisation: Organisation | None = None, **membership):
    """Find the person by e-mail (or register her) and give her a role; nothing is saved if the role is refused."""
    person = find_or_create_person(name, email, organisation)
    return add_membership(body, person, organisation=organisation, **membership)


@transaction.atomic
def end_membership(membership: Membership, end: dt.date) -> Membership:
    """End a membership on a day; it stays in the register as history."""
    if membership.start and end < membership.start:
        raise RegistryError(_("Sluttdatoen kan ikke være før startdatoen."))
    membership.end = end
    membership.save(update_fields=["end"])
    return membership


def seats(body: Body, day: dt.date | None = None) -> list[dict]:
    """Per municipality of the body's region that exists on the day: its active member and deputy, if any.

    A body built of municipality seats (its region set) gives each municipality one member and optionally a
    deputy (a Varamedlem membership for the same municipality); a merged municipality's seat passes to its
    successor.
    """
    day = day or timezone.localdate()
    municipalities = list(body.municipalities.order_by("name"))
    if not municipalities:
        return []
    active = [m for m in body.memberships.select_related("person", "organisation") if m.is_active(day)]
    rows = []
    for municipality in municipalities:
        current = {municipality.pk, *(c.pk for c in municipality.current_successors(day))}
        holders = [m for m in active if m.organisation_id in current]
        rows.append(
            {
                "municipality": municipality,
                "represented": current,
                "member": next((m for m in holders if m.role != Membership.Role.SUBSTITUTE), None),
                "deputy": next((m for m in holders if m.role == Membership.Role.SUBSTITUTE), None),
            }
        )
    return rows


def _check_seat_is_free(body: Body, organisation: Organisation | None, role: str, day: dt.date) -> None:
    """A municipality's seat holds one member and one deputy: refuse a second of either."""
    if organisation is None or role not in (Membership.Role.MEMBER, Membership.Role.SUBSTITUTE):
        return
    seat = next((seat for seat in seats(body, day) if organisation.pk in seat["represented"]), None)
    if seat is None:
        return
    if role == Membership.Role.MEMBER and seat["member"] is not None:
        message = _(
            "%(municipality)s har allerede et medlem i %(body)s: %(name)s. Avslutt det medlemskapet først, "
            "eller legg personen til som varamedlem."
        )
        holder = seat["member"]
    elif role == Membership.Role.SUBSTITUTE and seat["deputy"] is not None:
        message = _(
            "%(municipality)s har allerede et varamedlem i %(body)s: %(name)s. Avslutt det medlemskapet først."
        )
        holder = seat["deputy"]
    else:
        return
    raise RegistryError(
        message % {"municipality": organisation.name, "body": body.name, "name": holder.person.name}
    )


def deputy_for(member: Person, body: Body, day: dt.date | None = None) -> Person | None:
    """The deputy of the municipality seat the member holds in the body, if the body is built that way."""
    for seat in seats(body, day):
        if (
            seat["member"] is not None
            and seat["member"].person_id == member.pk
            and seat["deputy"] is not None
        ):
            return seat["deputy"].person
    return None
