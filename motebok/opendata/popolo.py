"""Popolo JSON (popoloproject.com): the people, organisations and memberships a reader may see.

Organisations are Møtebok's bodies and the organisations their members represent; a membership's
`on_behalf_of_id` names the municipality the member sits for. Everything comes from motebok.access.policies, as the
body pages list it; e-mail only for those who share a body with the person.
"""

from __future__ import annotations

from django.conf import settings

from motebok.access import policies
from motebok.registry.models import Body


def _body_id(body: Body) -> str:
    return f"organ/{body.slug}"


def _organisation_id(pk: int) -> str:
    return f"organisasjon/{pk}"


def document(user, body: Body | None = None) -> dict:
    """Everything the reader may see, or only what belongs to one body."""
    memberships = policies.memberships.visible(user).select_related("body", "person", "organisation")
    bodies = policies.bodies.visible(user).select_related("parent")
    if body is not None:
        memberships, bodies = memberships.filter(body=body), bodies.filter(pk=body.pk)
    memberships = list(memberships.order_by("body__name", "role", "person__name", "pk"))
    visible = {b.pk for b in policies.bodies.visible(user)}
    people = {m.person for m in memberships}
    represented = {m.organisation for m in memberships if m.organisation}
    return {
        "persons": [_person(user, person) for person in sorted(people, key=lambda p: (p.name, p.pk))],
        "organizations": [
            _compact(
                {
                    "id": _body_id(b),
                    "name": b.name,
                    "classification": b.get_kind_display(),
                    "parent_id": _body_id(b.parent) if b.parent and b.parent_id in visible else None,
                    "links": [{"url": settings.SITE_URL + b.get_absolute_url(), "note": "Møtebok"}],
                }
            )
            for b in bodies.order_by("name", "pk")
        ]
        + [
            _compact(
                {
                    "id": _organisation_id(o.pk),
                    "name": o.name,
                    "classification": o.get_kind_display(),
                    "identifiers": [{"scheme": "kommunenummer", "identifier": o.number}]
                    if o.number and o.kind == o.Kind.MUNICIPALITY
                    else None,
                }
            )
            for o in sorted(represented, key=lambda o: (o.name, o.pk))
        ],
        "memberships": [
            _compact(
                {
                    "id": f"medlemskap/{m.pk}",
                    "person_id": f"person/{m.person_id}",
                    "organization_id": _body_id(m.body),
                    "role": m.get_role_display(),
                    "on_behalf_of_id": _organisation_id(m.organisation_id) if m.organisation_id else None,
                    "start_date": m.start.isoformat() if m.start else None,
                    "end_date": m.end.isoformat() if m.end else None,
                }
            )
            for m in memberships
        ],
    }


def _person(user, person) -> dict:
    contact = policies.people.shows_contact(user, person)
    return _compact(
        {"id": f"person/{person.pk}", "name": person.name, "email": person.email if contact else None}
    )


def _compact(found: dict) -> dict:
    return {key: value for key, value in found.items() if value not in (None, "", [])}
