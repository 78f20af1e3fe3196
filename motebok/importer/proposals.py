"""What an imported document proposes to set up for its body, and accepting what a person ticked.

Nothing here is written until a person accepts it on the review page; what is accepted goes through the
registry's, the meetings' and the planning's own services, inside the review's transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from motebok.extraction.setup import find_setup
from motebok.importer.matching import fold_name
from motebok.importer.models import ImportRecord
from motebok.importer.resolver import Resolver
from motebok.meetings import services as meeting_services
from motebok.meetings.models import Case, Meeting
from motebok.planning.cases import propose_case
from motebok.registry import services as registry
from motebok.registry.models import Body, Mandate, Membership

# A proposed meeting starts at nine unless the secretary moves it; the plan gives days, not times.
_PLANNED_START = dt.time(9, 0)


@dataclass(frozen=True)
class Proposal:
    """One thing the document sets up: `key` identifies it in the form, `label` says it in Norwegian."""

    key: str
    kind: str  # "member", "mandate", "sub_body", "meeting" or "case"
    label: str
    data: dict


def proposals_for(record: ImportRecord, body: Body | None) -> list[Proposal]:
    """What the record proposes for the body, leaving out what the body already has."""
    data = record.effective_record()
    day = _date(data)
    present = [entry.get("name") for entry in data.get("present") or [] if entry.get("name")]
    setup = find_setup(record.text, day.year if day else None, present)
    return [
        *_members(data, body),
        *_mandate(data, setup.rules, record.text, body),
        *_sub_bodies(setup.sub_bodies, body),
        *_meetings(setup.meetings, body),
        *_cases(setup.themes, data, body),
    ]


def _members(data: dict, body: Body | None) -> list[Proposal]:
    """Present and absent people as members of the body; the chair and minute-taker in their roles."""
    chair, minute_taker = fold_name(data.get("chair") or ""), fold_name(data.get("minute_taker") or "")
    people = [dict(entry) for entry in data.get("present") or []]
    people += [{"name": name} for name in data.get("absent") or []]
    people += [{"name": data[role]} for role in ("chair", "minute_taker") if data.get(role)]
    taken = _members_of(body)
    found: dict[str, Proposal] = {}
    for person in people:
        name = (person.get("name") or "").strip()
        folded = fold_name(name)
        if (
            not folded
            or folded in found
            or folded in taken
            or (person.get("email") or "").casefold() in taken
        ):
            continue
        role = (
            Membership.Role.CHAIR
            if folded == chair
            else Membership.Role.SECRETARY
            if folded == minute_taker
            else Membership.Role.MEMBER
        )
        organisation = person.get("organization") or ""
        label = _("%(name)s som %(role)s") % {"name": name, "role": Membership.Role(role).label.lower()}
        if organisation:
            label += f" ({organisation})"
        found[folded] = Proposal(
            f"member:{folded}",
            "member",
            label,
            {"name": name, "email": person.get("email") or "", "organisation": organisation, "role": role},
        )
    return list(found.values())


def _members_of(body: Body | None) -> set[str]:
    """The folded names and e-mail addresses of the body's active members."""
    if body is None or body.pk is None:
        return set()
    today = timezone.localdate()
    active = body.memberships.filter(Q(end__isnull=True) | Q(end__gte=today)).select_related("person")
    return {key for m in active for key in (fold_name(m.person.name), m.person.email.casefold()) if key}


def _mandate(data: dict, rules: dict, text: str, body: Body | None) -> list[Proposal]:
    """A mandate document's text as a new version of the body's mandate, with the meeting rules it states."""
    is_mandate = data.get("doc_type") == "mandate"
    if not rules and not is_mandate:
        return []
    current = body.current_mandate if body is not None and body.pk is not None else None
    said = current is not None and all(getattr(current, name) == value for name, value in rules.items())
    if said and (not is_mandate or current.text == text.strip()):
        return []  # the body's mandate says this already
    parts = [_rule_label(name, value) for name, value in rules.items()]
    if is_mandate:
        label = _("Ny versjon av mandatet med teksten i dokumentet")
    else:
        label = _("Ny versjon av mandatet med møtereglene i dokumentet")
    if parts:
        label += ": " + "; ".join(parts)
    return [
        Proposal("mandate", "mandate", label, {"text": text.strip() if is_mandate else "", "rules": rules})
    ]


def _rule_label(name: str, value) -> str:
    field = Mandate._meta.get_field(name)
    if field.choices:
        value = dict(field.choices)[value]
    elif isinstance(value, bool):
        value = _("ja") if value else _("nei")
    return f"{field.verbose_name}: {value}"


def _sub_bodies(found, body: Body | None) -> list[Proposal]:
    existing = set()
    if body is not None and body.pk is not None:
        existing = {fold_name(name) for name in body.children.values_list("name", flat=True)}
    proposals = []
    for sub in found:
        if fold_name(sub.name) in existing:
            continue
        kind = Body.Kind(sub.kind).label.lower()
        label = _("Underorgan: %(name)s (%(kind)s)") % {"name": sub.name, "kind": kind}
        if sub.leader:
            label += ", " + _("leder %(name)s") % {"name": sub.leader}
        elif sub.without_leader:
            label += ", " + _("uten leder")
        if sub.members:
            label += ", " + _("medlemmer %(names)s") % {"names": ", ".join(sub.members)}
        data = {"name": sub.name, "kind": sub.kind, "leader": sub.leader, "members": list(sub.members)}
        proposals.append(Proposal(f"sub_body:{fold_name(sub.name)}", "sub_body", label, data))
    return proposals


def _meetings(planned, body: Body | None) -> list[Proposal]:
    taken = set()
    if body is not None and body.pk is not None:
        zone = ZoneInfo(settings.TIME_ZONE)
        taken = {m.astimezone(zone).date() for m in body.meetings.values_list("start", flat=True)}
    proposals = []
    for item in planned:
        if item.date in taken:
            continue
        title = item.written.split(":")[0].strip() if ":" in item.written else _("Møte")
        label = _("Møte %(date)s: %(written)s") % {
            "date": item.date.strftime("%d.%m.%Y"),
            "written": item.written,
        }
        data = {"date": item.date.isoformat(), "title": title[:200], "overnight": item.overnight}
        proposals.append(Proposal(f"meeting:{item.date.isoformat()}", "meeting", label, data))
    return proposals


def _cases(themes: list[str], data: dict, body: Body | None) -> list[Proposal]:
    """Candidate themes as case proposals, unless the document or the body has a case of that title."""
    taken = {fold_name(case.get("title") or "") for case in data.get("cases") or []}
    if body is not None and body.pk is not None:
        taken |= {
            fold_name(title) for title in Case.objects.filter(body=body).values_list("title", flat=True)
        }
    proposals = []
    for theme in themes:
        if fold_name(theme) in taken:
            continue
        taken.add(fold_name(theme))
        label = _("Saksforslag: %(title)s") % {"title": theme}
        proposals.append(Proposal(f"case:{fold_name(theme)}", "case", label, {"title": theme[:300]}))
    return proposals


@transaction.atomic
def accept_proposals(record: ImportRecord, body: Body, proposals: list[Proposal], resolver: Resolver) -> None:
    """Write the accepted proposals for the body through the services that own each kind of record."""
    day = _date(record.effective_record())
    for proposal in proposals:
        ACCEPT[proposal.kind](body, proposal.data, day, resolver)


def _accept_member(body: Body, data: dict, day: dt.date | None, resolver: Resolver) -> None:
    organisation = resolver.organisation(data["organisation"], day, email=data["email"] or None)
    person = resolver.person(data["name"], body, email=data["email"] or None, organisation=organisation)
    # A member from the day the document records, for the municipality as it was then (Fjell in 2017).
    registry.add_membership(body, person, role=data["role"], organisation=organisation, start=day)


def _accept_mandate(body: Body, data: dict, day: dt.date | None, resolver: Resolver) -> None:
    current = body.current_mandate
    text = data["text"] or (current.text if current else "")
    registry.adopt_mandate(body, text=text, adopted=day or timezone.localdate(), **data["rules"])


def _accept_sub_body(body: Body, data: dict, day: dt.date | None, resolver: Resolver) -> None:
    sub = registry.create_body(
        name=data["name"],
        kind=data["kind"],
        parent=body,
        secretaries=[],
        written_standard=body.written_standard,
        secretariat=body.secretariat,
        is_public=body.is_public,
    )
    if data["leader"]:
        registry.add_membership(sub, resolver.person(data["leader"], body), role=Membership.Role.CHAIR)
    for name in data["members"]:
        registry.add_membership(sub, resolver.person(name, body), role=Membership.Role.MEMBER)


def _accept_meeting(body: Body, data: dict, day: dt.date | None, resolver: Resolver) -> None:
    date = dt.date.fromisoformat(data["date"])
    start = dt.datetime.combine(date, _PLANNED_START, tzinfo=ZoneInfo(settings.TIME_ZONE))
    meeting_services.create_meeting(
        body,
        title=data["title"],
        start=start,
        kind=Meeting.Kind.GATHERING if data["overnight"] else Meeting.Kind.ORDINARY,
        status=Meeting.Status.PLANNED,
    )


def _accept_case(body: Body, data: dict, day: dt.date | None, resolver: Resolver) -> None:
    propose_case(body, None, data["title"])


ACCEPT = {
    "member": _accept_member,
    "mandate": _accept_mandate,
    "sub_body": _accept_sub_body,
    "meeting": _accept_meeting,
    "case": _accept_case,
}


def _date(data: dict) -> dt.date | None:
    value = (data.get("meeting") or {}).get("date")
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
