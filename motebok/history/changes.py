"""A body's change history: each recorded change to a tracked field, with who, when, where from, before and after."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import models
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _

from motebok.history.sources import Source
from motebok.meetings.models import AgendaItem, Case
from motebok.registry.models import Body, Membership

MOST = 300  # changes shown on one page, newest first


@dataclass(frozen=True)
class Change:
    when: dt.datetime
    who: str
    source: str
    what: str
    url: str
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class Tracked:
    """A model whose changes the history page shows: which of its fields, and how to find a body's rows."""

    model: type[models.Model]
    body_lookup: str
    fields: tuple[str, ...]
    related: tuple[str, ...] = ()


TRACKED = (
    Tracked(Case, "body", ("access", "exemption_basis", "public_title")),
    Tracked(AgendaItem, "meeting__body", ("notes", "conclusion")),
    Tracked(Membership, "body", ("role", "organisation", "start", "end"), related=("person", "organisation")),
)


def changes_for(body: Body) -> list[Change]:
    """The latest changes to the body's cases' access, its approved minutes texts and its memberships."""
    found: list[Change] = []
    cases: dict[int, Case | None] = {}  # each case looked up once, however many of its rows changed
    for tracked in TRACKED:
        rows = (
            tracked.model.history.filter(**{tracked.body_lookup: body})
            .select_related("history_user__person", *tracked.related)
            .order_by("id", "history_date", "history_id")
        )
        previous = None
        for row in rows.iterator():
            if previous is not None and previous.id != row.id:
                previous = None
            found += _changes(tracked, row, previous, cases)
            previous = row
    found.sort(key=lambda change: change.when, reverse=True)
    return found[:MOST]


def _changes(tracked: Tracked, row, previous, cases: dict[int, Case | None]) -> list[Change]:
    what, url = _described(row, cases)
    common = {"when": row.history_date, "who": _who(row), "source": Source(row.history_source).label}
    if row.history_type == "-":
        return [Change(**common, what=what, url="", field=_("slettet"), old=str(row.instance), new="")]
    changes = []
    for name in tracked.fields:
        field = tracked.model._meta.get_field(name)
        new = _shown(field, row)
        # A new row shows only what differs from the field's default; a changed row what differs from before.
        old = _shown(field, previous) if previous is not None else _default_shown(field)
        if old != new:
            changes.append(
                Change(**common, what=what, url=url, field=str(field.verbose_name), old=old, new=new)
            )
    return changes


def _who(row) -> str:
    user = row.history_user
    if user is None:
        return ""
    person = getattr(user, "person", None)
    return person.name if person is not None else user.get_username()


def _shown(field: models.Field, row) -> str:
    value = getattr(row, field.name)
    if value is None or value == "":
        return ""
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, dt.date):
        return formats.date_format(value, "j.n.Y")
    return str(value)


def _default_shown(field: models.Field) -> str:
    value = field.get_default()
    if value is None or value == "":
        return ""
    return str(dict(field.flatchoices).get(value, value)) if field.choices else str(value)


def _described(row, cases: dict[int, Case | None]) -> tuple[str, str]:
    """What the row is about, as the body's editors know it, and where it is shown."""
    if isinstance(row, Membership.history.model):
        return str(row.person), ""
    case_id = row.id if isinstance(row, Case.history.model) else row.case_id
    if case_id not in cases:
        cases[case_id] = Case.objects.select_related("body").filter(pk=case_id).first()
    case = cases[case_id]
    if case is None:  # deleted since
        return (row.title if isinstance(row, Case.history.model) else ""), ""
    named = f"{case.label} {case.title}".strip()
    if isinstance(row, Case.history.model):
        return named, reverse("case", args=[case_id])
    return _("%(case)s i protokollen") % {"case": named}, reverse("minutes:page", args=[row.meeting_id])
