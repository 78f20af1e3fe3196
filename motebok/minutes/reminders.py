"""Daily reminder digests: action items due within a week or overdue, and consultation deadlines coming up.

Other apps add sections to the same digest through a module `<app>.reminder_sections` with
`people(today)` (a queryset of the people it has something for) and `sections(person, today)` (a list of
`Section`), as `<app>.page_links` adds links to pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext as _

from motebok.access import rules
from motebok.invitations.members import secretary_of
from motebok.meetings.models import ActionItem, Deadline
from motebok.minutes.models import ReminderDigest, ReminderStop
from motebok.outbox import automatic, named
from motebok.registry.models import Person

HORIZON = dt.timedelta(days=7)


@dataclass
class Section:
    """Another app's part of a digest: a heading, its lines, and the bodies it speaks of."""

    heading: str
    lines: list[str]
    bodies: list = field(default_factory=list)


@cache
def _section_providers() -> list:
    found = []
    for config in apps.get_app_configs():
        module_name = f"{config.name}.reminder_sections"
        if config.name.startswith("motebok.") and find_spec(module_name):
            found.append(import_module(module_name))
    return found


@dataclass
class Digest:
    person: Person
    overdue: list[ActionItem]
    due_soon: list[ActionItem]
    deadlines: list[Deadline]
    sections: list[Section] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.overdue or self.due_soon or self.deadlines or self.sections)

    def bodies(self) -> list:
        """The bodies the digest speaks of, by name."""
        found = {thing.body for thing in [*self.overdue, *self.due_soon, *self.deadlines]}
        found |= {body for section in self.sections for body in section.bodies}
        return sorted(found, key=lambda body: body.name)


STOP_SALT = "motebok.minutes.stop-reminders"


def stop_token(person: Person) -> str:
    """The secret in a reminder's unsubscribe link: the person, signed, so that no one can stop another's."""
    return signing.dumps(person.pk, salt=STOP_SALT)


def person_for_stop_token(token: str) -> Person | None:
    try:
        return Person.objects.filter(pk=signing.loads(token, salt=STOP_SALT)).first()
    except signing.BadSignature:
        return None


@transaction.atomic
def stop_reminders(person: Person) -> None:
    """Send this person no more reminder e-mails."""
    ReminderStop.objects.get_or_create(person=person)


def _active_body_ids(person: Person, today: dt.date) -> list[int]:
    return [m.body_id for m in person.memberships.all() if m.is_active(today)]


def digest_for(person: Person, today: dt.date) -> Digest:
    """What to remind this person of today."""
    items = (
        ActionItem.objects.filter(
            owner_person=person, status=ActionItem.Status.OPEN, due__isnull=False, due__lte=today + HORIZON
        )
        .select_related("body", "case__body")
        .order_by("due", "id")
    )
    deadlines = (
        Deadline.objects.filter(
            body_id__in=_active_body_ids(person, today),
            kind=Deadline.Kind.CONSULTATION,
            date__gte=today,
            date__lte=today + HORIZON,
        )
        .select_related("body", "case__body")
        .order_by("date", "id")
    )
    return Digest(
        person=person,
        overdue=[i for i in items if i.due < today],
        due_soon=[i for i in items if i.due >= today],
        deadlines=list(deadlines),
        sections=[
            section for provider in _section_providers() for section in provider.sections(person, today)
        ],
    )


def people_to_remind(today: dt.date):
    """Everyone who may have something to be reminded of today."""
    with_items = Q(action_items__status=ActionItem.Status.OPEN, action_items__due__lte=today + HORIZON)
    with_deadlines = Q(
        memberships__body__deadlines__kind=Deadline.Kind.CONSULTATION,
        memberships__body__deadlines__date__gte=today,
        memberships__body__deadlines__date__lte=today + HORIZON,
    )
    others = Q(pk__in=[])
    for provider in _section_providers():
        others |= Q(pk__in=provider.people(today).values("pk"))
    return (
        Person.objects.exclude(email="")
        .filter(reminder_stop__isnull=True)
        .filter(with_items | with_deadlines | others)
        .distinct()
        .order_by("pk")
    )


def _case_title(person: Person, case) -> str:
    if case is None:
        return ""
    may_see = person.user is not None and rules.may_see_exempt(person.user, case.body)
    return f" – {case.number} {case.title_for(may_see)}".rstrip()


def _text(digest: Digest) -> str:
    def item_line(item: ActionItem) -> str:
        return f"- {item.what} ({item.body.name}{_case_title(digest.person, item.case)}), {_('frist')} {format_date(item.due, 'j.n.Y')}"

    lines = [_("Hei %(name)s,") % {"name": digest.person.name}, ""]
    if digest.overdue:
        lines += [_("Oppfølgingspunkter som har passert fristen:"), *map(item_line, digest.overdue), ""]
    if digest.due_soon:
        lines += [_("Oppfølgingspunkter med frist innen en uke:"), *map(item_line, digest.due_soon), ""]
    if digest.deadlines:
        lines.append(_("Høringsfrister som nærmer seg:"))
        lines += [
            f"- {format_date(d.date, 'j.n.Y')}: {d.what} ({d.body.name}{', ' + d.source if d.source else ''})"
            for d in digest.deadlines
        ]
        lines.append("")
    for section in digest.sections:
        lines += [section.heading, *section.lines, ""]
    lines.append(
        _("Se alle dine oppfølgingspunkter: %(url)s") % {"url": f"{settings.SITE_URL}/protokoll/mine/"}
    )
    return "\n".join(lines)


def send_digest(person: Person, today: dt.date) -> bool:
    """Send today's digest unless there is nothing to say or it was already sent; True if this call sent it."""
    digest = digest_for(person, today)
    if not digest or not person.email or ReminderStop.objects.filter(person=person).exists():
        return False
    try:
        with transaction.atomic():
            claim = ReminderDigest.objects.create(person=person, day=today)
    except IntegrityError:
        return False
    bodies = digest.bodies()
    stop = settings.SITE_URL + reverse("minutes:stop_reminders", args=[stop_token(person)])
    message = EmailMessage(
        subject=_("Påminnelse fra Møtebok %(day)s: %(bodies)s")
        % {"day": format_date(today, "j.n.Y"), "bodies": ", ".join(body.name for body in bodies)},
        body=_text(digest) + "\n\n" + _("Slå av disse påminnelsene: %(url)s") % {"url": stop},
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[named(person)],
        # One-click unsubscribe (RFC 8058): mail clients POST to the address, with no page in between.
        headers={"List-Unsubscribe": f"<{stop}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )
    # Replies go to the secretary when the digest is about one body; otherwise to no one person in particular.
    automatic(message, reply_to=secretary_of(bodies[0]) if len(bodies) == 1 else None)
    try:
        message.send()
    except Exception:
        # Give the day back so that the next run can try again.
        claim.delete()
        raise
    return True
