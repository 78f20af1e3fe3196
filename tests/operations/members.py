"""A body with more members than the pages send e-mail to themselves."""

from __future__ import annotations

from motebok.invitations.tasks import MANY
from motebok.registry.models import Membership
from tests.conftest import make_person


def fill_to_many(body) -> list[str]:
    """Give the body members until it has more than `MANY`; return the new members' addresses."""
    added = []
    for n in range(MANY + 1 - body.memberships.count()):
        person = make_person(f"Medlem {n}", email=f"medlem{n}@example.no")
        Membership.objects.create(body=body, person=person, role=Membership.Role.MEMBER)
        added.append(person.email)
    return added
