"""The minutes' background tasks: the daily reminder digest (scheduled), and the approved minutes to a body with
more than `motebok.invitations.tasks.MANY` members, which the page leaves to `motebok worker`."""

from __future__ import annotations

from django.utils import timezone

from motebok.minutes import content, mail
from motebok.minutes.models import Minutes
from motebok.minutes.reminders import people_to_remind, send_digest
from motebok.tasks import task


@task()
def send_reminders() -> int:
    """Send today's reminder digests; each person gets at most one a day, however often this runs."""
    today = timezone.localdate()
    return sum(send_digest(person, today) for person in people_to_remind(today))


@task()
def send_minutes(minutes_id: int, approval_id: int) -> int:
    """E-mail the approved minutes, PDF and Word attached, to the body's members; return how many got them."""
    minutes = Minutes.objects.select_related("meeting__body").get(pk=minutes_id)
    approval = minutes.approvals.get(pk=approval_id)
    with minutes.meeting.body.in_written_standard():
        return mail.send_to_members(minutes, content.approval_line(approval))
