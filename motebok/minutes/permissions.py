"""Who may write, read, approve and publish minutes, built on motebok.access.rules."""

from __future__ import annotations

from motebok.access import rules
from motebok.minutes.models import Approval, Minutes
from motebok.registry.models import Membership


def person_of(user):
    return getattr(user, "person", None) if user.is_authenticated else None


def may_write(user, meeting) -> bool:
    return rules.can_edit(user, meeting.body)


def may_read_draft(user, meeting) -> bool:
    return rules.is_member(user, meeting.body)


def may_read_published(user, minutes: Minutes) -> bool:
    return minutes.is_approved and rules.can_see_meeting(user, minutes.meeting)


def is_chair(user, meeting) -> bool:
    person = person_of(user)
    if person is None:
        return False
    if meeting.chair_id is not None:
        return meeting.chair_id == person.pk
    chairs = meeting.body.memberships.filter(role=Membership.Role.CHAIR)
    return chairs.filter(person=person).exists() and rules.is_member(user, meeting.body)


def may_approve(user, minutes: Minutes, approval: str) -> bool:
    """The chair signs off; approval at a later meeting is recorded by whoever edits the body."""
    if user.is_authenticated and user.is_staff:
        return True
    if approval == Approval.CHAIR:
        return is_chair(user, minutes.meeting)
    return rules.can_edit(user, minutes.meeting.body)
